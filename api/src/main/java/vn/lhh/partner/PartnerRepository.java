package vn.lhh.partner;

import vn.lhh.common.persistence.FeatureRepository;
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
import jakarta.persistence.FlushModeType;
import java.time.Instant;

/** Partners, their webhook deliveries and the bulletins pulled from them. */
@ApplicationScoped
public class PartnerRepository implements FeatureRepository<Partner, UUID> {

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

    /** Queues a pending delivery of the event for every active partner whose webhook is subscribed to it. */
    public void queueDeliveries(String event, UUID issueId, long feedSeq, Instant now) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO webhook_delivery (id, partner_id, event, issue_id, feed_seq, status, next_attempt_at, created_at, updated_at)
                        SELECT gen_random_uuid(), p.id, :event, :issue, :seq, 'pending', :now, :now, :now
                        FROM partner p
                        WHERE p.active AND p.webhook_url IS NOT NULL AND p.webhook_events @> ARRAY[CAST(:event AS text)]""")
                // the changed issue is not flushed yet: this insert must not flush it halfway through its change
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("event", event)
                .setParameter("issue", issueId)
                .setParameter("seq", feedSeq)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** The pull's advisory lock's key, with the partner's id: one pull of a partner at a time across instances. */
    private static final int PULL_LOCK_KEY = 0x4C4850;

    /** Waits for the partner's pull lock; held until the transaction ends. */
    public void lockPull(UUID partnerId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, hashtext(?2))) l")
                .setParameter(1, PULL_LOCK_KEY).setParameter(2, partnerId.toString()).getSingleResult();
    }

    /** Takes the partner's pull lock if no one holds it; false when another transaction does. */
    public boolean tryLockPull(UUID partnerId) {
        return (Boolean) getEntityManager().createNativeQuery("SELECT pg_try_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, PULL_LOCK_KEY).setParameter(2, partnerId.toString()).getSingleResult();
    }

    /** Whether the row is already in the persistence context (read or saved in this transaction). */
    public boolean isManaged(Object entity) {
        return getEntityManager().contains(entity);
    }

    /** The id of the next webhook delivery due, locked for this transaction and skipped by the others' (SKIP LOCKED). */
    @SuppressWarnings("unchecked")
    public Optional<UUID> nextDueDelivery(Instant now) {
        List<UUID> due = getEntityManager().createNativeQuery("SELECT id FROM webhook_delivery WHERE status = 'pending' AND next_attempt_at <= ?1"
                        + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).getResultList();
        return due.stream().findFirst();
    }
}
