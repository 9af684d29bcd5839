package vn.lhh.expert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.text.SearchText;

/**
 * Profiles and the directory search. The search is one SQL statement: the hits (matched with the
 * trigram indexes), their count, one page in a stable order, and the facet counts, as JSON.
 */
@ApplicationScoped
public class ExpertRepository implements PanacheRepositoryBase<Expert, UUID> {
    /** Values per facet: the most frequent ones (a province has hundreds of associations; a panel shows a few). */
    public static final int FACET_VALUES = 20;

    @Inject
    ObjectMapper json;

    /**
     * What the caller may see: {@code everything} for the union office; otherwise active profiles
     * whose profile group is in {@code visible}, plus their own ({@code self}) and those of their
     * associations ({@code ownAssociations}), which they see whole.
     */
    public record Audience(boolean everything, List<String> visible, String self, List<UUID> ownAssociations) {
    }

    public record Filter(String q, String fieldCode, String qualificationCode, UUID associationId, Availability availability,
                         Membership membership, boolean byName) {
    }

    public record RawResult(long total, List<JsonNode> items, Map<String, Map<String, Long>> facets) {
    }

    public RawResult search(Filter f, Audience who, int limit, int offset, boolean approximate) {
        return search(f, who, limit, offset, approximate, null);
    }

    /**
     * @param after the (rank, name key, id) of the row before the page (keyset pagination), or null;
     *              the page then starts right after it, whatever the offset
     */
    public RawResult search(Filter f, Audience who, int limit, int offset, boolean approximate, List<Object> after) {
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
        boolean byRank = !f.byName() && !qn.isEmpty();
        String keyset = "true";
        if (after != null) {
            params.put("kName", after.get(1));
            params.put("kId", after.get(2));
            String byName = "(m.name_key > :kName OR (m.name_key = :kName AND m.id > :kId))";
            if (byRank) {
                params.put("kRank", after.get(0));
                keyset = "(m.rank < :kRank OR (m.rank = :kRank AND " + byName + "))";
            } else {
                keyset = byName;
            }
        }
        // the name, then the id, break ties: the same query always lists in the same order
        java.util.function.Function<String, String> order = t -> (byRank ? t + "rank DESC, " : "") + t + "name_key, " + t + "id";
        String sql = """
                WITH m AS MATERIALIZED (
                    -- only what ordering and the facets need; the page's other columns are read for its rows alone
                    SELECT e.id, e.name_key, e.title_code, e.degree_code, e.field_codes, e.association_ids,
                           CASE WHEN %2$s THEN e.availability END AS availability,
                           CASE WHEN %2$s THEN e.busy_until END AS busy_until,
                           %3$s AS rank
                    FROM expert e
                    WHERE %1$s
                ), p AS (
                    SELECT m.*, x.full_name, x.position, x.organisation, x.membership
                    FROM (SELECT * FROM m WHERE %6$s ORDER BY %4$s LIMIT :limit OFFSET :offset) m JOIN expert x ON x.id = m.id
                )
                SELECT CAST(json_build_object(
                    'total', (SELECT count(*) FROM m),
                    'items', COALESCE((SELECT json_agg(json_build_object(
                            'id', p.id, 'fullName', p.full_name, 'titleCode', p.title_code, 'degreeCode', p.degree_code,
                            'position', p.position, 'organisation', p.organisation, 'availability', p.availability,
                            'busyUntil', p.busy_until, 'membership', p.membership,
                            'fieldCodes', p.field_codes, 'k', json_build_array(p.rank, p.name_key))
                        ORDER BY %5$s) FROM p), '[]'),
                    'fields', (SELECT json_object_agg(k, c) FROM (SELECT k, count(*) AS c FROM m, unnest(m.field_codes) AS k GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT :facetLimit) x),
                    -- a title and a degree are never the same code: counting both columns counts each expert once per code
                    'qualifications', (SELECT json_object_agg(k, c) FROM (SELECT k, count(*) AS c FROM m,
                            unnest(ARRAY[m.title_code, m.degree_code]) AS k WHERE k IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT :facetLimit) x),
                    'associations', (SELECT json_object_agg(k, c) FROM (SELECT k, count(*) AS c FROM m, unnest(m.association_ids) AS k GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT :facetLimit) x),
                    'availability', (SELECT json_object_agg(k, c) FROM (SELECT availability AS k, count(*) AS c FROM m WHERE availability IS NOT NULL GROUP BY 1) x)
                ) AS text)
                """.formatted(where.isEmpty() ? "true" : String.join(" AND ", where), availabilityVisible, rank, order.apply(""),
                order.apply("p."), keyset);
        var query = getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("limit", limit).setParameter("offset", offset).setParameter("facetLimit", FACET_VALUES);
        String result = (String) query.getSingleResult();
        try {
            JsonNode root = json.readTree(result);
            List<JsonNode> items = new ArrayList<>();
            root.get("items").forEach(items::add);
            Map<String, Map<String, Long>> facets = new HashMap<>();
            for (String facet : List.of("fields", "qualifications", "associations", "availability")) {
                Map<String, Long> counts = new HashMap<>();
                JsonNode n = root.get(facet);
                if (n != null && n.isObject()) {
                    n.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
                }
                facets.put(facet, counts);
            }
            return new RawResult(root.get("total").asLong(), items, facets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An expert who could take a consultation, with how many of its fields they share and their highest level. */
    public record Candidate(UUID id, String fullName, String titleCode, String degreeCode, String organisation, String organisationKey,
                            Availability availability, java.time.LocalDate busyUntil, int level, int sharedFields, List<String> fieldCodes) {
    }

    /**
     * Active, not retired, at least {@code minLevel}, not in {@code exclude}; sharing a field when
     * {@code requireField}; not busy past {@code freeBy} when given. Best field match and level first.
     */
    @SuppressWarnings("unchecked")
    public List<Candidate> candidates(List<String> fields, boolean requireField, int minLevel, java.time.LocalDate freeBy,
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
        return rows.stream().map(r -> new Candidate((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                SearchText.normalize((String) r[4]), Availability.valueOf((String) r[5]),
                vn.lhh.common.persistence.SqlValues.localDate(r[6]), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
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
}
