package vn.lhh.fund;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.persistence.FeatureRepository;
import vn.lhh.common.text.SearchText;

/** Calls: the list with its filters and sort whitelist. */
@ApplicationScoped
public class FundCallRepository implements FeatureRepository<FundCall, UUID> {

    /** statuses: what the caller may see, already narrowed to what they asked. */
    public record Filter(String q, FundCallKind kind, Set<FundCallStatus> statuses, String field) {
    }

    public static final Map<String, String> SORTABLE = Map.of(
            "closesAt", "c.closesAt",
            "opensAt", "c.opensAt",
            "title", "lower(c.title)",
            "budgetVnd", "c.budgetVnd",
            "updatedAt", "c.updatedAt");

    public Page<FundCall> find(Filter f, PageRequest page) {
        if (f.statuses().isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        StringBuilder where = new StringBuilder("c.status in :statuses");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", f.statuses());
        List<String> tokens = SearchText.tokens(f.q());
        for (int i = 0; i < tokens.size(); i++) {
            where.append(" and c.searchKey like :q").append(i).append(" escape '\\'");
            params.put("q" + i, SearchText.containsPattern(tokens.get(i)));
        }
        if (f.kind() != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.field() != null) {
            where.append(" and array_contains(c.fields, :field)");
            params.put("field", f.field());
        }
        var em = getEntityManager();
        var query = em.createQuery("select c from FundCall c where " + where + " order by " + page.orderBy(), FundCall.class);
        var count = em.createQuery("select count(c) from FundCall c where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<FundCall> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }
}
