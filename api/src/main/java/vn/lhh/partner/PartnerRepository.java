package vn.lhh.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.text.SearchText;

/** Partners, their webhook deliveries and the bulletins pulled from them. */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    public record Filter(String q, Boolean active, String clientId) {
    }

    public static final Map<String, String> SORTABLE = Map.of(
            "name", "lower(p.name)",
            "province", "lower(p.province)",
            "createdAt", "p.createdAt");

    public static final Map<String, String> DELIVERY_SORTABLE = Map.of(
            "createdAt", "d.createdAt",
            "nextAttemptAt", "d.nextAttemptAt");

    public static final Map<String, String> BULLETIN_SORTABLE = Map.of(
            "publishedAt", "b.published_at",
            "month", "b.issue_month",
            "changedAt", "b.remote_changed_at");

    public Page<Partner> list(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        List<String> tokens = SearchText.tokens(f.q());
        for (int i = 0; i < tokens.size(); i++) {
            where.append(" and p.searchKey like :q").append(i).append(" escape '\\'");
            params.put("q" + i, SearchText.containsPattern(tokens.get(i)));
        }
        if (f.active() != null) {
            where.append(" and p.active = :active");
            params.put("active", f.active());
        }
        if (f.clientId() != null) {
            where.append(" and p.clientId = :clientId");
            params.put("clientId", f.clientId());
        }
        var query = getEntityManager().createQuery("select p from Partner p where " + where + " order by " + page.orderBy(), Partner.class);
        var count = getEntityManager().createQuery("select count(p) from Partner p where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(), page.size(),
                count.getSingleResult());
    }

    public Optional<Partner> byClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    public Map<UUID, Partner> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    /** Partners whose feed the schedule pulls. */
    public List<UUID> scheduledPulls() {
        return getEntityManager().createQuery("select p.id from Partner p where p.active and p.pullBaseUrl is not null and p.pullScheduled"
                + " order by p.id", UUID.class).getResultList();
    }

    // --- webhook deliveries

    public Page<WebhookDelivery> deliveries(UUID partnerId, DeliveryStatus status, PageRequest page) {
        String where = "d.partnerId = :partner" + (status == null ? "" : " and d.status = :status");
        var query = getEntityManager().createQuery("select d from WebhookDelivery d where " + where + " order by " + page.orderBy(),
                WebhookDelivery.class).setParameter("partner", partnerId);
        var count = getEntityManager().createQuery("select count(d) from WebhookDelivery d where " + where, Long.class)
                .setParameter("partner", partnerId);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(), page.size(),
                count.getSingleResult());
    }

    public WebhookDelivery delivery(UUID id) {
        return getEntityManager().find(WebhookDelivery.class, id);
    }

    public Map<UUID, List<WebhookAttempt>> attemptsOf(Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select a from WebhookAttempt a where a.deliveryId in ?1 order by a.number", WebhookAttempt.class)
                .setParameter(1, deliveryIds).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId));
    }

    // --- bulletins pulled from partners

    public record BulletinFilter(UUID partnerId, String q, PartnerBulletin.Status status) {
    }

    public Page<PartnerBulletin> bulletins(BulletinFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.partnerId() != null) {
            where.append(" AND b.partner_id = :partner");
            params.put("partner", f.partnerId());
        }
        if (f.status() != null) {
            where.append(" AND b.status = :status");
            params.put("status", f.status().name());
        }
        String tsq = SearchText.prefixQuery(f.q());
        if (tsq != null) {
            where.append(" AND b.search_vector @@ to_tsquery('simple', :tsq)");
            params.put("tsq", tsq);
        }
        Query ids = getEntityManager().createNativeQuery("SELECT b.id FROM partner_bulletin b WHERE " + where + " ORDER BY " + page.orderBy());
        Query count = getEntityManager().createNativeQuery("SELECT count(*) FROM partner_bulletin b WHERE " + where);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<UUID> found = ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<UUID, PartnerBulletin> byId = found.isEmpty() ? Map.of()
                : getEntityManager().createQuery("select b from PartnerBulletin b where b.id in ?1", PartnerBulletin.class)
                        .setParameter(1, found).getResultList().stream().collect(Collectors.toMap(b -> b.id, Function.identity()));
        return new Page<>(found.stream().map(byId::get).toList(), page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    public Optional<PartnerBulletin> bulletin(UUID partnerId, UUID remoteId) {
        return getEntityManager().createQuery("select b from PartnerBulletin b where b.partnerId = ?1 and b.remoteId = ?2", PartnerBulletin.class)
                .setParameter(1, partnerId).setParameter(2, remoteId).getResultStream().findFirst();
    }
}
