package vn.lhh.fund;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.persistence.FeatureRepository;
import vn.lhh.common.text.SearchText;

/** Applications: the list (narrowed to what the caller may see) and the submission against the call's close. */
@ApplicationScoped
public class FundApplicationRepository implements FeatureRepository<FundApplication, UUID> {

    /** everything: the office; otherwise only the applications of these associations or this expert profile. */
    public record Filter(String q, UUID callId, ApplicationStatus status, boolean everything, List<UUID> associations, UUID expertId) {
    }

    public static final Map<String, String> SORTABLE = Map.of(
            "updatedAt", "a.updatedAt",
            "submittedAt", "a.submittedAt nulls last",
            "title", "lower(a.title)",
            "requestedVnd", "a.requestedVnd");

    public Page<FundApplication> find(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!f.everything()) {
            if (f.associations().isEmpty() && f.expertId() == null) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
            where.append(" and (a.associationId in :associations or a.expertId = :expert)");
            // an empty IN list is not valid SQL everywhere: a random id that matches nothing stands in
            params.put("associations", f.associations().isEmpty() ? List.of(new UUID(0, 0)) : f.associations());
            params.put("expert", f.expertId() == null ? new UUID(0, 0) : f.expertId());
        }
        List<String> tokens = SearchText.tokens(f.q());
        for (int i = 0; i < tokens.size(); i++) {
            where.append(" and a.searchKey like :q").append(i).append(" escape '\\'");
            params.put("q" + i, SearchText.containsPattern(tokens.get(i)));
        }
        if (f.callId() != null) {
            where.append(" and a.callId = :call");
            params.put("call", f.callId());
        }
        if (f.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", f.status());
        }
        var em = getEntityManager();
        var query = em.createQuery("select a from FundApplication a where " + where + " order by " + page.orderBy(), FundApplication.class);
        var count = em.createQuery("select count(a) from FundApplication a where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<FundApplication> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * Submits a draft at this version if its call accepts applications at the database's clock, in one statement: the
     * close is decided where the row is written, so a request that arrives one second late is refused however many
     * run at once. Answers whether it was submitted; the entity is reloaded either way.
     */
    public boolean submit(FundApplication a, long version) {
        int updated = getEntityManager().createNativeQuery("""
                        UPDATE fund_application SET status = 'submitted', submitted_at = clock_timestamp(), updated_at = clock_timestamp(),
                               version = version + 1
                        WHERE id = ?1 AND version = ?2 AND status = 'draft'
                          AND EXISTS (SELECT 1 FROM fund_call c WHERE c.id = fund_application.call_id AND c.status = 'open'
                                      AND clock_timestamp() >= c.opens_at AND clock_timestamp() < c.closes_at)""")
                .setParameter(1, a.id).setParameter(2, version).executeUpdate();
        getEntityManager().refresh(a);
        return updated == 1;
    }
}
