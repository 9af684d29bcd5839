package vn.lhh.bulletin.subscription;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Subscriptions and the mailings of published issues: every SQL string of the feature. */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<BulletinSubscription, UUID> {

    public BulletinSubscription byEmailKey(String emailKey) {
        return find("emailKey", emailKey).firstResult();
    }

    public BulletinSubscription byConfirmToken(String hash) {
        return find("confirmTokenHash", hash).firstResult();
    }

    public BulletinSubscription byUnsubscribeToken(String hash) {
        return find("unsubscribeTokenHash", hash).firstResult();
    }

    /**
     * Inserts a pending subscription unless the address is known; true when inserted. ON CONFLICT keeps two
     * concurrent sign-ups of one address from failing one of them (both get the same answer).
     */
    public boolean insertIfAbsent(BulletinSubscription s) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO bulletin_subscription (id, email, email_key, status, language, confirm_token_hash, confirm_expires_at,
                    unsubscribe_token_hash, link_nonce, created_at, updated_at)
                VALUES (:id, :email, :key, 'pending', :language, :confirm, :expires, :unsubscribe, :nonce, :now, :now)
                ON CONFLICT (email_key) DO NOTHING
                """)
                .setParameter("id", s.id).setParameter("email", s.email).setParameter("key", s.emailKey)
                .setParameter("language", s.language).setParameter("confirm", s.confirmTokenHash)
                .setParameter("expires", s.confirmExpiresAt).setParameter("unsubscribe", s.unsubscribeTokenHash)
                .setParameter("nonce", s.linkNonce)
                .setParameter("now", s.createdAt).executeUpdate() == 1;
    }

    public Map<BulletinSubscription.Status, Long> countsByStatus() {
        Map<BulletinSubscription.Status, Long> counts = new EnumMap<>(BulletinSubscription.Status.class);
        for (BulletinSubscription.Status s : BulletinSubscription.Status.values()) {
            counts.put(s, 0L);
        }
        getEntityManager().createQuery("select s.status, count(s) from BulletinSubscription s group by s.status", Object[].class)
                .getResultList().forEach(r -> counts.put((BulletinSubscription.Status) r[0], (Long) r[1]));
        return counts;
    }

    /** Pending subscriptions whose link expired are never confirmable: after a grace period they are forgotten. */
    public int deleteExpiredPending(Instant before) {
        return (int) delete("status = ?1 and confirmExpiresAt < ?2", BulletinSubscription.Status.pending, before);
    }

    /** The confirmed addresses, oldest first (for the admin's export). */
    public List<Object[]> confirmedForExport() {
        return getEntityManager().createQuery("select s.email, s.language, s.confirmedAt from BulletinSubscription s where s.status = ?1 order by s.confirmedAt, s.id",
                Object[].class).setParameter(1, BulletinSubscription.Status.confirmed).getResultList();
    }

    /** The next batch of confirmed subscribers after {@code after} (null: from the start), in id order. */
    public List<BulletinSubscription> confirmedAfter(UUID after, int limit) {
        return (after == null
                ? find("status = ?1 order by id", BulletinSubscription.Status.confirmed)
                : find("status = ?1 and id > ?2 order by id", BulletinSubscription.Status.confirmed, after)).page(0, limit).list();
    }

    // --- mailings of published issues

    public record Mailing(UUID issueId, UUID lastSubscriptionId, int queued) {
    }

    public void createMailing(UUID issueId, Instant now) {
        getEntityManager().createNativeQuery("INSERT INTO bulletin_mailing (issue_id, created_at) VALUES (:id, :now) ON CONFLICT (issue_id) DO NOTHING")
                .setParameter("id", issueId).setParameter("now", now).executeUpdate();
    }

    /** Locks one unfinished mailing that no other instance holds, or null. */
    public Mailing claimOpenMailing() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT issue_id, last_subscription_id, queued FROM bulletin_mailing WHERE finished_at IS NULL
                ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED
                """).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Mailing((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue());
    }

    public void advanceMailing(UUID issueId, UUID lastSubscriptionId, int queued) {
        getEntityManager().createNativeQuery("UPDATE bulletin_mailing SET last_subscription_id = :last, queued = :queued WHERE issue_id = :id")
                .setParameter("last", lastSubscriptionId).setParameter("queued", queued).setParameter("id", issueId).executeUpdate();
    }

    public void finishMailing(UUID issueId) {
        getEntityManager().createNativeQuery("UPDATE bulletin_mailing SET finished_at = clock_timestamp() WHERE issue_id = :id")
                .setParameter("id", issueId).executeUpdate();
    }
}
