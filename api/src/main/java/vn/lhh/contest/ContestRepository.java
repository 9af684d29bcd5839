package vn.lhh.contest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lhh.common.paging.Keyset;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.persistence.RowSteps;
import vn.lhh.common.text.SearchText;

/**
 * Reads and locks of the contest's records (editions, categories, rubrics, coordinators, entries).
 * Lists are one SQL statement for the ids of a page and one for the rows, like the bulletin archive.
 */
@ApplicationScoped
public class ContestRepository implements RowSteps {
    @Inject
    EntityManager em;

    public record EditionFilter(Integer year, Set<EditionStatus> statuses) {
    }

    /** registeredBy: only entries this account registered (a coordinator), null for the office. */
    public record EntryFilter(UUID editionId, UUID categoryId, EntryStatus status, String district, String school, Integer grade,
                              String q, String registeredBy) {
    }

    public record CoordinatorFilter(String q, CoordinatorKind kind, Boolean active) {
    }

    public static final Map<String, String> EDITION_SORTABLE = Map.of("year", "d.year", "updatedAt", "d.updated_at");
    public static final Map<String, String> CATEGORY_SORTABLE = Map.of("position", "c.position", "code", "c.code", "name", "lower(c.name)");
    public static final Map<String, String> COORDINATOR_SORTABLE = Map.of("fullName", "lower(c.full_name)", "username", "c.username",
            "district", "c.district_key", "updatedAt", "c.updated_at");
    public static final Map<String, String> ENTRY_SORTABLE = Map.of("number", "e.number not null", "title", "lower(e.title) not null",
            "school", "e.school_key not null", "district", "e.district_key not null", "status", "e.status not null",
            "createdAt", "e.created_at not null", "updatedAt", "e.updated_at not null");

    @Override
    public EntityManager entityManager() {
        return em;
    }

    // editions

    public ContestEdition edition(UUID id) {
        return em.find(ContestEdition.class, id);
    }

    /**
     * Locks the edition's row until the transaction ends: entry creation takes it to count a school's
     * entries and to take the next number, so concurrent creations queue here and never exceed a limit.
     */
    public ContestEdition lockEdition(UUID id) {
        List<?> locked = em.createNativeQuery("SELECT id FROM contest_edition WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        if (locked.isEmpty()) {
            return null;
        }
        ContestEdition e = em.find(ContestEdition.class, id);
        em.refresh(e);
        return e;
    }

    public Page<ContestEdition> editions(EditionFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder("d.status IN (:statuses)");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", f.statuses().stream().map(Enum::name).toList());
        if (f.year() != null) {
            where.append(" AND d.year = :year");
            params.put("year", f.year());
        }
        String from = " FROM contest_edition d WHERE " + where;
        return page(ContestEdition.class, "SELECT d.id" + from + " ORDER BY " + page.orderBy(), "SELECT count(*)" + from, params, page, e -> e.id);
    }

    /** The published edition with the greatest year. */
    public ContestEdition currentEdition() {
        return em.createQuery("select d from ContestEdition d where d.status = ?1 order by d.year desc", ContestEdition.class)
                .setParameter(1, EditionStatus.published).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    public long entryCount(UUID editionId) {
        return em.createQuery("select count(e) from ContestEntry e where e.editionId = ?1", Long.class).setParameter(1, editionId).getSingleResult();
    }

    // categories and rubrics

    public ContestCategory category(UUID id) {
        return em.find(ContestCategory.class, id);
    }

    public Page<ContestCategory> categories(UUID editionId, PageRequest page) {
        String from = " FROM contest_category c WHERE c.edition_id = :edition";
        return page(ContestCategory.class, "SELECT c.id" + from + " ORDER BY " + page.orderBy(), "SELECT count(*)" + from,
                Map.of("edition", editionId), page, c -> c.id);
    }

    public List<ContestCategory> categoriesOf(UUID editionId) {
        return em.createQuery("select c from ContestCategory c where c.editionId = ?1 order by c.position, c.code", ContestCategory.class)
                .setParameter(1, editionId).getResultList();
    }

    public List<ContestCriterion> rubric(UUID categoryId) {
        return em.createQuery("select k from ContestCriterion k where k.categoryId = ?1 order by k.position", ContestCriterion.class)
                .setParameter(1, categoryId).getResultList();
    }

    public Map<UUID, List<ContestCriterion>> rubrics(Collection<UUID> categoryIds) {
        if (categoryIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select k from ContestCriterion k where k.categoryId in ?1 order by k.position", ContestCriterion.class)
                .setParameter(1, categoryIds).getResultList().stream().collect(Collectors.groupingBy(k -> k.categoryId));
    }

    /** Categories (of those given) in which some judge has a score sheet: their rubric is frozen. */
    @SuppressWarnings("unchecked")
    public Set<UUID> scoredCategories(Collection<UUID> categoryIds) {
        if (categoryIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> rows = em.createNativeQuery("SELECT DISTINCT e.category_id FROM contest_score s JOIN contest_entry e ON e.id = s.entry_id"
                + " WHERE e.category_id IN (:ids)").setParameter("ids", categoryIds).getResultList();
        return Set.copyOf(rows);
    }

    public long entriesInCategory(UUID categoryId) {
        return em.createQuery("select count(e) from ContestEntry e where e.categoryId = ?1", Long.class).setParameter(1, categoryId).getSingleResult();
    }

    // coordinators

    public ContestCoordinator coordinator(UUID id) {
        return em.find(ContestCoordinator.class, id);
    }

    public ContestCoordinator coordinatorOf(String username) {
        return em.createQuery("select c from ContestCoordinator c where c.username = ?1", ContestCoordinator.class)
                .setParameter(1, username).getResultStream().findFirst().orElse(null);
    }

    public Page<ContestCoordinator> coordinators(CoordinatorFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (String token : SearchText.tokens(f.q())) {
            // name, account, school and district, accents optional
            where.append(" AND (f_search_key(c.full_name) || ' ' || lower(c.username) || ' ' || coalesce(c.school_key, '') || ' ' || c.district_key)"
                    + " LIKE :t").append(i).append(" ESCAPE '\\'");
            params.put("t" + i++, SearchText.containsPattern(token));
        }
        if (f.kind() != null) {
            where.append(" AND c.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.active() != null) {
            where.append(" AND c.active = :active");
            params.put("active", f.active());
        }
        String from = " FROM contest_coordinator c WHERE " + where;
        return page(ContestCoordinator.class, "SELECT c.id" + from + " ORDER BY " + page.orderBy(), "SELECT count(*)" + from, params, page, c -> c.id);
    }

    // entries

    public ContestEntry entry(UUID id) {
        return em.find(ContestEntry.class, id);
    }

    public Page<ContestEntry> entries(EntryFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.registeredBy() != null) {
            where.append(" AND e.registered_by = :registeredBy");
            params.put("registeredBy", f.registeredBy());
        }
        if (f.editionId() != null) {
            where.append(" AND e.edition_id = :edition");
            params.put("edition", f.editionId());
        }
        if (f.categoryId() != null) {
            where.append(" AND e.category_id = :category");
            params.put("category", f.categoryId());
        }
        if (f.status() != null) {
            where.append(" AND e.status = :status");
            params.put("status", f.status().name());
        }
        if (f.district() != null && !SearchText.normalize(f.district()).isEmpty()) {
            where.append(" AND e.district_key = :district");
            params.put("district", SearchText.normalize(f.district()));
        }
        if (f.school() != null && !SearchText.normalize(f.school()).isEmpty()) {
            where.append(" AND e.school_key LIKE :school ESCAPE '\\'");
            params.put("school", SearchText.containsPattern(SearchText.normalize(f.school())));
        }
        if (f.grade() != null) {
            where.append(" AND e.authors @> CAST(:grade AS jsonb)");
            params.put("grade", "[{\"grade\": " + f.grade() + "}]");
        }
        String tsq = SearchText.prefixQuery(f.q());
        if (tsq != null) {
            where.append(" AND e.search_vector @@ to_tsquery('simple', :tsq)");
            params.put("tsq", tsq);
        }
        String from = " FROM contest_entry e WHERE " + where;
        Keyset keyset = Keyset.of(page, "contest-entries|" + f);
        Query count = em.createNativeQuery("SELECT 1" + from);
        params.forEach(count::setParameter);
        String after = keyset.condition(params);
        Query q = em.createNativeQuery("SELECT e.id" + keyset.columns() + from + after + " ORDER BY " + page.orderBy());
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setFirstResult(keyset.firstResult()).setMaxResults(keyset.maxResults()).getResultList();
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, ContestEntry> byId = ids.isEmpty() ? Map.of()
                : em.createQuery("select x from ContestEntry x where x.id in ?1", ContestEntry.class).setParameter(1, ids).getResultList()
                .stream().collect(Collectors.toMap(x -> x.id, x -> x));
        return keyset.page(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), rows, 1, keyset.count(count));
    }

    /** A category's entries in the given statuses, by number (e.g. {@link EntryStatus#IN_JUDGING} for the judging). */
    public List<ContestEntry> entriesOf(UUID categoryId, Set<EntryStatus> statuses) {
        return em.createQuery("select e from ContestEntry e where e.categoryId = ?1 and e.status in ?2 order by e.number", ContestEntry.class)
                .setParameter(1, categoryId).setParameter(2, statuses).getResultList();
    }

    /** Entries of a school (by key) in the edition that count against its limit (every status but rejected). */
    public long countedEntriesOfSchool(UUID editionId, String schoolKey, UUID except) {
        return em.createQuery("select count(e) from ContestEntry e where e.editionId = ?1 and e.schoolKey = ?2 and e.status in ?3 and e.id <> ?4",
                        Long.class).setParameter(1, editionId).setParameter(2, schoolKey).setParameter(3, EntryStatus.COUNTED)
                .setParameter(4, except == null ? new UUID(0, 0) : except).getSingleResult();
    }

    /** The next entry number of the edition; call it holding the edition's lock. */
    public int nextNumber(UUID editionId) {
        return em.createQuery("select coalesce(max(e.number), 0) + 1 from ContestEntry e where e.editionId = ?1", Integer.class)
                .setParameter(1, editionId).getSingleResult();
    }

    public List<ContestCategory> categories(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ContestCategory c where c.id in ?1", ContestCategory.class).setParameter(1, ids).getResultList();
    }

    public List<ContestEdition> editions(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from ContestEdition d where d.id in ?1", ContestEdition.class).setParameter(1, ids).getResultList();
    }

    /** Rows of [key, label, count] from a grouping query. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Map<String, Object> params) {
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    @SuppressWarnings("unchecked")
    private <T> Page<T> page(Class<T> type, String idSql, String countSql, Map<String, Object> params, PageRequest page, Function<T, UUID> id) {
        Query q = em.createNativeQuery(idSql);
        params.forEach(q::setParameter);
        List<UUID> ids = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Query c = em.createNativeQuery(countSql);
        params.forEach(c::setParameter);
        long total = ((Number) c.getSingleResult()).longValue();
        List<T> found = ids.isEmpty() ? List.of() : em.createQuery("select x from " + type.getSimpleName() + " x where x.id in ?1", type)
                .setParameter(1, ids).getResultList();
        Map<UUID, T> byId = found.stream().collect(Collectors.toMap(id, x -> x));
        List<T> ordered = new ArrayList<>();
        ids.forEach(i -> {
            if (byId.containsKey(i)) {
                ordered.add(byId.get(i));
            }
        });
        return new Page<>(ordered, page.page(), page.size(), total);
    }

    // reminders

    /** Published editions whose registration closes between the two dates (inclusive). */
    public List<ContestEdition> editionsRegistrationClosing(LocalDate from, LocalDate to) {
        return em.createQuery("select d from ContestEdition d where d.status = ?1 and d.registrationCloses between ?2 and ?3 order by d.id", ContestEdition.class)
                .setParameter(1, EditionStatus.published).setParameter(2, from).setParameter(3, to).getResultList();
    }

    /** Published editions without published results whose scoring closes between the two dates (inclusive). */
    public List<ContestEdition> editionsJudgingClosing(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select d from ContestEdition d where d.status = ?1 and d.resultsPublishedAt is null
                        and d.judgingCloses between ?2 and ?3 order by d.id""", ContestEdition.class)
                .setParameter(1, EditionStatus.published).setParameter(2, from).setParameter(3, to).getResultList();
    }

    /** The accounts of the active coordinators (school contacts and district coordinators). */
    public List<String> activeCoordinatorUsernames() {
        return em.createQuery("select c.username from ContestCoordinator c where c.active = true order by c.username", String.class).getResultList();
    }

    /** How many other categories of the edition have this code. */
    public long countOtherCategoriesWithCode(UUID editionId, String code, UUID exceptId) {
        return em.createQuery("select count(c) from ContestCategory c where c.editionId = ?1 and c.code = ?2 and c.id <> ?3", Long.class)
                .setParameter(1, editionId).setParameter(2, code).setParameter(3, exceptId).getSingleResult();
    }

    /** Deletes a category's criteria (its rubric). */
    public void deleteCriteria(UUID categoryId) {
        em.createQuery("delete from ContestCriterion k where k.categoryId = ?1").setParameter(1, categoryId).executeUpdate();
    }

    /** Another edition of this year, or null. */
    public ContestEdition otherEditionOfYear(int year, UUID exceptId) {
        return em.createQuery("select d from ContestEdition d where d.year = ?1 and d.id <> ?2", ContestEdition.class)
                .setParameter(1, year).setParameter(2, exceptId).getResultStream().findFirst().orElse(null);
    }
}
