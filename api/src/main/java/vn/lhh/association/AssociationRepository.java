package vn.lhh.association;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.paging.Keyset;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.persistence.FeatureRepository;
import vn.lhh.common.text.SearchText;

@ApplicationScoped
public class AssociationRepository implements FeatureRepository<Association, UUID> {

    /** Filters of the association list; null means "any". */
    public record Filter(String q, AssociationStatus status, String field, CongressStatus congressStatus,
                         LocalDate today, int dueWindowMonths) {
    }

    public static final Map<String, String> SORTABLE = Map.of(
            "name", "lower(a.name) not null",
            "field", "lower(a.field) not null",
            "memberCount", "a.memberCount not null",
            "currentTermEnd", "a.currentTermEnd",
            "updatedAt", "a.updatedAt not null");

    public Page<Association> search(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        List<String> tokens = SearchText.tokens(f.q());
        for (int i = 0; i < tokens.size(); i++) {
            // search_key is a generated column (f_search_key), backed by a trigram index
            where.append(" and a.searchKey like :q").append(i).append(" escape '\\'");
            params.put("q" + i, SearchText.containsPattern(tokens.get(i)));
        }
        if (f.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", f.status());
        }
        if (f.field() != null && !f.field().isBlank()) {
            where.append(" and lower(a.field) = :field");
            params.put("field", f.field().trim().toLowerCase());
        }
        if (f.congressStatus() != null) {
            LocalDate windowEnd = f.today().plusMonths(f.dueWindowMonths());
            switch (f.congressStatus()) {
                case no_term -> where.append(" and a.currentTermEnd is null");
                case held -> where.append(" and a.currentTermEnd is not null and a.currentTermCongressHeld = true");
                case overdue -> {
                    where.append(" and a.currentTermCongressHeld = false and a.currentTermEnd < :today");
                    params.put("today", f.today());
                }
                case due -> {
                    where.append(" and a.currentTermCongressHeld = false and a.currentTermEnd >= :today and a.currentTermEnd <= :windowEnd");
                    params.put("today", f.today());
                    params.put("windowEnd", windowEnd);
                }
                case not_due -> {
                    where.append(" and a.currentTermCongressHeld = false and a.currentTermEnd > :windowEnd");
                    params.put("windowEnd", windowEnd);
                }
            }
        }
        return Keyset.of(page, "associations|" + f.q() + "|" + f.status() + "|" + f.field() + "|" + f.congressStatus())
                .entities(getEntityManager(), Association.class, "a", " from Association a where " + where, params);
    }

    public record StatusCount(AssociationStatus status, CongressStatus congressStatus, long count) {
    }

    /**
     * Associations per (status, congress status), counted exactly in one pass: the dashboards' figures,
     * which a list's bounded total cannot give. The congress status as {@link CongressStatus#of}.
     */
    public List<StatusCount> countByStatus(boolean onlyActive, LocalDate today, int dueWindowMonths) {
        List<?> rows = getEntityManager().createNativeQuery("""
                        SELECT a.status,
                               CASE WHEN a.current_term_end IS NULL THEN 'no_term'
                                    WHEN a.current_term_congress_held THEN 'held'
                                    WHEN a.current_term_end < :today THEN 'overdue'
                                    WHEN a.current_term_end <= :windowEnd THEN 'due'
                                    ELSE 'not_due' END,
                               count(*)
                        FROM association a
                        WHERE NOT :onlyActive OR a.status = 'active'
                        GROUP BY 1, 2""")
                .setParameter("today", today).setParameter("windowEnd", today.plusMonths(dueWindowMonths))
                .setParameter("onlyActive", onlyActive).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new StatusCount(AssociationStatus.valueOf((String) r[0]),
                CongressStatus.valueOf((String) r[1]), ((Number) r[2]).longValue())).toList();
    }

    public boolean nameTaken(String name, UUID exceptId) {
        return count("lower(name) = ?1 and id <> ?2", name.toLowerCase(), exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    /**
     * Active associations whose current term ends on or before {@code until} and whose congress is not yet held:
     * due within the window or overdue (the congress reminders). Served by association_term_end_idx.
     */
    public List<Association> congressDueBy(LocalDate until) {
        return list("status = ?1 and currentTermEnd is not null and currentTermCongressHeld = false and currentTermEnd <= ?2 order by currentTermEnd, id",
                AssociationStatus.active, until);
    }

    /** Names of the given associations (any status). */
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        getEntityManager().createQuery("select a.id, a.name from Association a where a.id in ?1", Object[].class)
                .setParameter(1, ids).getResultList().forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }
}
