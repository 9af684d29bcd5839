package vn.lhh.expert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.persistence.FeatureRepository;
import vn.lhh.common.persistence.SqlValues;
import vn.lhh.common.text.SearchText;
import vn.lhh.expert.dto.ExpertCandidate;

/**
 * Profiles and the directory search. A search with words is one SQL statement: the hits (matched
 * with the text indexes), their count, one page in a stable order, and the facet counts, as JSON.
 */
@ApplicationScoped
public class ExpertRepository implements FeatureRepository<Expert, UUID> {
    /** Values per facet: the most frequent ones (a province has hundreds of associations; a panel shows a few). */
    public static final int FACET_VALUES = 20;

    @Inject
    ObjectMapper json;
    @Inject
    DirectorySummaries summaries;

    /**
     * What the caller may see: {@code everything} for the union office; otherwise active profiles
     * whose profile group is in {@code visible}, plus their own ({@code self}) and those of their
     * associations ({@code ownAssociations}), which they see whole.
     */
    public record Audience(boolean everything, List<String> visible, String self, List<UUID> ownAssociations) {
    }

    public record Filter(String q, String fieldCode, String qualificationCode, UUID associationId, Availability availability,
                         Membership membership, boolean byName) {
        /** The same filters without the words and the order: what a browse's total and facets depend on. */
        public Filter withoutWords() {
            return new Filter(null, fieldCode, qualificationCode, associationId, availability, membership, false);
        }
    }

    public record RawResult(long total, List<JsonNode> items, Map<String, Map<String, Long>> facets) {
    }

    /** The facet names, as the JSON of {@link #FACETS_SQL} has them. */
    private static final List<String> FACET_NAMES = List.of("fields", "qualifications", "associations", "availability");

    /** The total and the facet counts over the matches in {@code m} (id, codes, arrays and the visible availability). */
    private static final String FACETS_SQL = """
            'total', (SELECT count(*) FROM m),
            'fields', (SELECT json_object_agg(k, c) FROM (SELECT k, count(*) AS c FROM m, unnest(m.field_codes) AS k GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT :facetLimit) x),
            -- a title and a degree are never the same code: counting both columns counts each expert once per code
            'qualifications', (SELECT json_object_agg(k, c) FROM (SELECT k, count(*) AS c FROM m,
                    unnest(ARRAY[m.title_code, m.degree_code]) AS k WHERE k IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT :facetLimit) x),
            'associations', (SELECT json_object_agg(k, c) FROM (SELECT k, count(*) AS c FROM m, unnest(m.association_ids) AS k GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT :facetLimit) x),
            'availability', (SELECT json_object_agg(k, c) FROM (SELECT availability AS k, count(*) AS c FROM m WHERE availability IS NOT NULL GROUP BY 1) x)""";

    /** The page's rows in {@code p}, as a JSON array in the page's order. */
    private static final String ITEMS_SQL = """
            COALESCE((SELECT json_agg(json_build_object(
                    'id', p.id, 'fullName', p.full_name, 'titleCode', p.title_code, 'degreeCode', p.degree_code,
                    'position', p.position, 'organisation', p.organisation, 'availability', p.availability,
                    'busyUntil', p.busy_until, 'membership', p.membership,
                    'fieldCodes', p.field_codes, 'k', json_build_array(p.rank, p.name_key))
                ORDER BY %s) FROM p), '[]')""";

    /** The directory's generation, read in the same statement (so the same snapshot) as what it dates. */
    private static final String GENERATION_SQL = "'generation', (SELECT value FROM expert_directory_generation WHERE id = 1)";

    /** One search, as SQL pieces: the matching rows' condition and its parameters, the rank and the page's order. */
    private record Query(String where, Map<String, Object> params, String availabilityVisible, String rank, boolean byRank,
                         boolean words) {
        /** The columns the ordering and the facets need; the page's other columns are read for its rows alone. */
        String matchColumns() {
            return """
                    e.id, e.name_key, e.title_code, e.degree_code, e.field_codes, e.association_ids,
                    CASE WHEN %1$s THEN e.availability END AS availability,
                    CASE WHEN %1$s THEN e.busy_until END AS busy_until,
                    %2$s AS rank""".formatted(availabilityVisible, rank);
        }

        /** The name, then the id, break ties: the same query always lists in the same order. */
        String order(String alias) {
            return (byRank ? alias + "rank DESC, " : "") + alias + "name_key, " + alias + "id";
        }

        /** The rows after the cursor's (rank, name key, id), in the page's order; binds the cursor's values. */
        String after(String alias, List<Object> after, Map<String, Object> pageParams) {
            if (after == null) {
                return "true";
            }
            pageParams.put("kName", after.get(1));
            pageParams.put("kId", after.get(2));
            String byName = "(" + alias + "name_key > :kName OR (" + alias + "name_key = :kName AND " + alias + "id > :kId))";
            if (!byRank) {
                return byName;
            }
            pageParams.put("kRank", after.get(0));
            return "(" + alias + "rank < :kRank OR (" + alias + "rank = :kRank AND " + byName + "))";
        }
    }

    /**
     * With words, one statement reads the matches (through the text indexes), counts them, orders a
     * page and counts the facets. Without words, the matches can be the whole directory: the page is
     * read on its own along the name index, and the total and facets come from {@link DirectorySummaries}
     * while no profile has changed since they were counted.
     *
     * @param after the (rank, name key, id) of the row before the page (keyset pagination), or null;
     *              the page then starts right after it, whatever the offset
     */
    public RawResult search(Filter f, Audience who, int limit, int offset, boolean approximate, List<Object> after) {
        Query q = query(f, who, approximate);
        Map<String, Object> pageParams = new HashMap<>(q.params());
        pageParams.put("limit", limit);
        pageParams.put("offset", offset);
        if (!q.words()) {
            JsonNode page = run("""
                    WITH p AS (
                        SELECT %s, e.full_name, e.position, e.organisation, e.membership
                        FROM expert e WHERE %s AND %s ORDER BY %s LIMIT :limit OFFSET :offset
                    )
                    SELECT CAST(json_build_object(%s, 'items', %s) AS text)
                    """.formatted(q.matchColumns(), q.where(), q.after("e.", after, pageParams), q.order("e."), GENERATION_SQL,
                    ITEMS_SQL.formatted(q.order("p."))), pageParams);
            DirectorySummaries.Summary summary = summaries.current(new DirectorySummaries.Key(f.withoutWords(), who),
                    page.get("generation").asLong(), () -> summary(q));
            return new RawResult(summary.total(), items(page), summary.facets());
        }
        pageParams.put("facetLimit", FACET_VALUES);
        JsonNode root = run("""
                WITH m AS MATERIALIZED (
                    SELECT %s FROM expert e WHERE %s
                ), p AS (
                    SELECT m.*, x.full_name, x.position, x.organisation, x.membership
                    FROM (SELECT * FROM m WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset) m JOIN expert x ON x.id = m.id
                )
                SELECT CAST(json_build_object(%s, 'items', %s) AS text)
                """.formatted(q.matchColumns(), q.where(), q.after("m.", after, pageParams), q.order(""), FACETS_SQL,
                ITEMS_SQL.formatted(q.order("p."))), pageParams);
        return new RawResult(root.get("total").asLong(), items(root), facets(root));
    }

    /** The total and facets of a search without words, with the generation they were counted at. */
    private DirectorySummaries.Summary summary(Query q) {
        Map<String, Object> params = new HashMap<>(q.params());
        params.put("facetLimit", FACET_VALUES);
        JsonNode root = run("""
                WITH m AS MATERIALIZED (
                    SELECT %s FROM expert e WHERE %s
                )
                SELECT CAST(json_build_object(%s, %s) AS text)
                """.formatted(q.matchColumns(), q.where(), GENERATION_SQL, FACETS_SQL), params);
        return new DirectorySummaries.Summary(root.get("generation").asLong(), root.get("total").asLong(), facets(root));
    }

    private Query query(Filter f, Audience who, boolean approximate) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        String own = "false";
        if (!who.everything()) {
            List<String> ownParts = new ArrayList<>();
            if (who.self() != null) {
                ownParts.add("e.username = :self");
                params.put("self", who.self());
            }
            if (!who.ownAssociations().isEmpty()) {
                ownParts.add("EXISTS (SELECT 1 FROM expert_association oa WHERE oa.expert_id = e.id AND oa.association_id IN (:ownAssociations))");
                params.put("ownAssociations", who.ownAssociations());
            }
            own = ownParts.isEmpty() ? "false" : "(" + String.join(" OR ", ownParts) + ")";
            where.add("((e.membership = 'active' AND e.profile_visibility IN (:visible)) OR " + own + ")");
            params.put("visible", who.visible());
        }
        String availabilityVisible = who.everything() ? "true" : "(e.availability_visibility IN (:visible) OR " + own + ")";

        String qn = String.join(" ", SearchText.words(f.q()));
        String rank = "0";
        if (!qn.isEmpty()) {
            if (approximate) {
                // a typo in a name: close enough in trigram word similarity to the name
                where.add(":qn <% e.name_key");
                rank = "similarity(e.name_key, :qn)";
            } else {
                where.add("e.search_vector @@ to_tsquery('simple', :tsq)");
                params.put("tsq", SearchText.prefixQuery(f.q()));
                // cheap tiers, so that ranking thousands of hits costs nothing: the name itself, the name
                // starting with the words, the words somewhere in the name, then anything else
                rank = "(CASE WHEN e.name_key = :qn THEN 3 WHEN e.name_key LIKE :qstart ESCAPE '\\' THEN 2"
                        + " WHEN e.name_key LIKE :qlike ESCAPE '\\' THEN 1 ELSE 0 END)";
                params.put("qstart", SearchText.containsPattern(qn).substring(1));
                params.put("qlike", SearchText.containsPattern(qn));
            }
            params.put("qn", qn);
        }
        if (f.fieldCode() != null) {
            where.add("EXISTS (SELECT 1 FROM expert_field ff WHERE ff.expert_id = e.id AND ff.field_code = :field)");
            params.put("field", f.fieldCode());
        }
        if (f.qualificationCode() != null) {
            where.add("(e.title_code = :qualification OR e.degree_code = :qualification)");
            params.put("qualification", f.qualificationCode());
        }
        if (f.associationId() != null) {
            where.add("EXISTS (SELECT 1 FROM expert_association fa WHERE fa.expert_id = e.id AND fa.association_id = :association)");
            params.put("association", f.associationId());
        }
        if (f.availability() != null) {
            where.add("e.availability = :availability AND " + availabilityVisible);
            params.put("availability", f.availability().name());
        }
        if (f.membership() != null) {
            where.add("e.membership = :membership");
            params.put("membership", f.membership().name());
        }
        return new Query(where.isEmpty() ? "true" : String.join(" AND ", where), params, availabilityVisible, rank,
                !f.byName() && !qn.isEmpty(), !qn.isEmpty());
    }

    private JsonNode run(String sql, Map<String, Object> params) {
        var query = getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        try {
            return json.readTree((String) query.getSingleResult());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> items(JsonNode root) {
        List<JsonNode> items = new ArrayList<>();
        root.get("items").forEach(items::add);
        return items;
    }

    private static Map<String, Map<String, Long>> facets(JsonNode root) {
        Map<String, Map<String, Long>> facets = new HashMap<>();
        for (String facet : FACET_NAMES) {
            Map<String, Long> counts = new HashMap<>();
            JsonNode n = root.get(facet);
            if (n != null && n.isObject()) {
                n.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
            }
            facets.put(facet, Map.copyOf(counts));
        }
        return Map.copyOf(facets);
    }

    /**
     * Active, not retired, at least {@code minLevel}, not in {@code exclude}; sharing a field when
     * {@code requireField}; not busy past {@code freeBy} when given. Best field match and level first.
     */
    @SuppressWarnings("unchecked")
    public List<ExpertCandidate> candidates(List<String> fields, boolean requireField, int minLevel, LocalDate freeBy,
                                      List<UUID> exclude, int limit) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of("e.membership = 'active'", "e.availability <> 'retired'",
                "GREATEST(COALESCE(t.level, 0), COALESCE(d.level, 0)) >= :minLevel"));
        params.put("minLevel", minLevel);
        String shared = "0";
        if (!fields.isEmpty()) {
            shared = "(SELECT count(*) FROM expert_field sf WHERE sf.expert_id = e.id AND sf.field_code IN (:fields))";
            params.put("fields", fields);
            if (requireField) {
                where.add("EXISTS (SELECT 1 FROM expert_field rf WHERE rf.expert_id = e.id AND rf.field_code IN (:fields))");
            }
        }
        if (freeBy != null) {
            where.add("(e.availability <> 'busy' OR e.busy_until <= :freeBy)");
            params.put("freeBy", freeBy);
        }
        if (!exclude.isEmpty()) {
            where.add("e.id NOT IN (:exclude)");
            params.put("exclude", exclude);
        }
        var q = getEntityManager().createNativeQuery("""
                SELECT e.id, e.full_name, e.title_code, e.degree_code, e.organisation, e.availability, e.busy_until,
                       GREATEST(COALESCE(t.level, 0), COALESCE(d.level, 0)) AS level, %s AS shared,
                       (SELECT string_agg(f.field_code, ',' ORDER BY f.field_code) FROM expert_field f WHERE f.expert_id = e.id)
                FROM expert e
                LEFT JOIN qualification t ON t.code = e.title_code
                LEFT JOIN qualification d ON d.code = e.degree_code
                WHERE %s
                ORDER BY shared DESC, level DESC, e.name_key, e.id
                LIMIT :limit""".formatted(shared, String.join(" AND ", where)));
        params.forEach(q::setParameter);
        q.setParameter("limit", limit);
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new ExpertCandidate((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                SearchText.normalize((String) r[4]), Availability.valueOf((String) r[5]),
                SqlValues.localDate(r[6]), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                r[9] == null ? List.of() : List.of(((String) r[9]).split(",")))).toList();
    }

    public Expert findByUsername(String username) {
        return find("username", username).firstResult();
    }

    public boolean orcidTaken(String orcid, UUID exceptId) {
        return count("orcid = ?1 and id <> ?2", orcid, exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    public boolean usernameTaken(String username, UUID exceptId) {
        return count("username = ?1 and id <> ?2", username, exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    /** Experts per field code, for the vocabulary list. */
    public Map<String, Long> countsPerField() {
        Map<String, Long> counts = new HashMap<>();
        List<?> rows = getEntityManager().createNativeQuery("SELECT field_code, count(*) FROM expert_field GROUP BY 1").getResultList();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Re-keys the profiles that use a field whose name changed (the names are part of the search text). */
    public List<Expert> withField(String code) {
        return list("select e from Expert e join e.fieldCodes c where c = ?1", code);
    }

    /** The expertise fields, by Vietnamese name. */
    public List<ExpertiseField> fields() {
        return getEntityManager().createQuery("select f from ExpertiseField f order by f.nameVi", ExpertiseField.class).getResultList();
    }

    /** The qualifications, the highest level first. */
    public List<Qualification> qualifications() {
        return getEntityManager().createQuery("select q from Qualification q order by q.level desc, q.code", Qualification.class)
                .getResultList();
    }
}
