package vn.lhh.association;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.text.SearchText;

@ApplicationScoped
public class AssociationRepository implements PanacheRepositoryBase<Association, UUID> {

    /** Filters of the association list; null means "any". */
    public record Filter(String q, AssociationStatus status, String field, CongressStatus congressStatus,
                         LocalDate today, int dueWindowMonths) {
    }

    public static final Map<String, String> SORTABLE = Map.of(
            "name", "lower(a.name)",
            "field", "lower(a.field)",
            "memberCount", "a.memberCount",
            "currentTermEnd", "a.currentTermEnd",
            "updatedAt", "a.updatedAt");

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
        var query = getEntityManager().createQuery(
                "select a from Association a where " + where + " order by " + page.orderBy(), Association.class);
        var count = getEntityManager().createQuery("select count(a) from Association a where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Association> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    public boolean nameTaken(String name, UUID exceptId) {
        return count("lower(name) = ?1 and id <> ?2", name.toLowerCase(), exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }
}
