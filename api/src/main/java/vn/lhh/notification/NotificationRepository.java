package vn.lhh.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.lhh.common.paging.Keyset;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;

/** Every SQL statement of notifications: the once-only insert, the inbox, the dispatcher's claim, preferences and tokens. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** What to queue; the preference already decided inApp and emailMode. */
    public record NewNotification(UUID id, NotificationKind kind, String occurrenceKey, String recipientType, String recipient,
                                  String dataJson, String link, String title, boolean inApp, String emailMode,
                                  Instant nextAttemptAt) {
    }

    /**
     * Inserts unless (kind, occurrence, recipient) is already there. ON CONFLICT DO NOTHING, not a caught unique
     * violation: a failed statement would abort the caller's transaction, and this runs inside it.
     *
     * @return true when the row was inserted (the first time for this key)
     */
    public boolean insertOnce(NewNotification n) {
        String status = "none".equals(n.emailMode()) ? "skipped" : "pending";
        int rows = getEntityManager().createNativeQuery("""
                        INSERT INTO notification (id, kind, occurrence_key, recipient_type, recipient, data, link, title, created_at,
                                                  in_app, email_mode, delivery_status, next_attempt_at)
                        VALUES (:id, :kind, :key, :rtype, :recipient, CAST(:data AS jsonb), :link, :title, now(),
                                :inApp, :mode, :status, :next)
                        ON CONFLICT (kind, occurrence_key, recipient_type, recipient) DO NOTHING""")
                .setParameter("id", n.id()).setParameter("kind", n.kind().code()).setParameter("key", n.occurrenceKey())
                .setParameter("rtype", n.recipientType()).setParameter("recipient", n.recipient())
                .setParameter("data", n.dataJson()).setParameter("link", n.link()).setParameter("title", n.title())
                .setParameter("inApp", n.inApp()).setParameter("mode", n.emailMode()).setParameter("status", status)
                .setParameter("next", n.nextAttemptAt())
                .executeUpdate();
        return rows == 1;
    }

    /** The stored preference of a user for a kind: channel code and digest flag, if any. */
    public Optional<Object[]> preference(String username, String kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT channel, digest FROM notification_preference WHERE username = :u AND kind = :k")
                .setParameter("u", username).setParameter("k", kind).getResultList();
        return rows.stream().findFirst();
    }

    /** All stored preferences of a user: kind → {channel, digest}. */
    public Map<String, Object[]> preferences(String username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT kind, channel, digest FROM notification_preference WHERE username = :u")
                .setParameter("u", username).getResultList();
        Map<String, Object[]> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], new Object[] {r[1], r[2]}));
        return out;
    }

    public void savePreference(String username, String kind, String channel, boolean digest) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO notification_preference (username, kind, channel, digest, updated_at) VALUES (:u, :k, :c, :d, now())
                        ON CONFLICT (username, kind) DO UPDATE SET channel = EXCLUDED.channel, digest = EXCLUDED.digest, updated_at = now()""")
                .setParameter("u", username).setParameter("k", kind).setParameter("c", channel).setParameter("d", digest)
                .executeUpdate();
    }

    public void deletePreferences(String username) {
        getEntityManager().createNativeQuery("DELETE FROM notification_preference WHERE username = :u")
                .setParameter("u", username).executeUpdate();
    }

    public long preferencesVersion(String username) {
        @SuppressWarnings("unchecked")
        List<Number> v = getEntityManager().createNativeQuery("SELECT version FROM notification_preference_version WHERE username = :u")
                .setParameter("u", username).getResultList();
        return v.isEmpty() ? 0 : v.get(0).longValue();
    }

    /** Moves the version of a user's preferences (a write through the API or an unsubscribe link). */
    public void touchPreferencesVersion(String username) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO notification_preference_version (username, version) VALUES (:u, 1)
                        ON CONFLICT (username) DO UPDATE SET version = notification_preference_version.version + 1""")
                .setParameter("u", username).executeUpdate();
    }

    /** The recipient's pending e-mails of a kind (all kinds: null) stop: they unsubscribed. */
    public int skipPending(String recipientType, String recipient, String kind) {
        var q = getEntityManager().createNativeQuery("""
                        UPDATE notification SET delivery_status = 'skipped', next_attempt_at = NULL, last_error = 'unsubscribed',
                               version = version + 1
                        WHERE delivery_status = 'pending' AND recipient_type = :t AND recipient = :r""" + (kind == null ? "" : " AND kind = :k"))
                .setParameter("t", recipientType).setParameter("r", recipient);
        if (kind != null) {
            q.setParameter("k", kind);
        }
        return q.executeUpdate();
    }

    public boolean addressOptedOut(String email, String kind) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM notification_address_optout WHERE email = :e AND kind = :k")
                .setParameter("e", email).setParameter("k", kind).getResultList().isEmpty();
    }

    public void optOutAddress(String email, String kind) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO notification_address_optout (email, kind) VALUES (:e, :k) ON CONFLICT DO NOTHING""")
                .setParameter("e", email).setParameter("k", kind).executeUpdate();
    }

    public void allowAddress(String email, String kind) {
        getEntityManager().createNativeQuery("DELETE FROM notification_address_optout WHERE email = :e AND kind = :k")
                .setParameter("e", email).setParameter("k", kind).executeUpdate();
    }

    // ---- inbox -------------------------------------------------------------------------------------------

    public static final Map<String, String> INBOX_SORTABLE = Map.of("createdAt", "n.createdAt not null");

    public Page<Notification> inbox(String username, boolean unreadOnly, PageRequest page) {
        String where = " where n.recipientType = 'user' and n.recipient = :u and n.inApp = true" + (unreadOnly ? " and n.readAt is null" : "");
        Map<String, Object> params = new HashMap<>();
        params.put("u", username);
        return Keyset.of(page, "notifications|" + username + "|" + unreadOnly)
                .entities(getEntityManager(), Notification.class, "n", " from Notification n" + where, params);
    }

    public long unreadCount(String username) {
        return ((Number) getEntityManager().createNativeQuery("""
                        SELECT count(*) FROM notification WHERE recipient_type = 'user' AND recipient = :u AND in_app AND read_at IS NULL""")
                .setParameter("u", username).getSingleResult()).longValue();
    }

    public int markAllRead(String username) {
        return getEntityManager().createNativeQuery("""
                        UPDATE notification SET read_at = now(), version = version + 1
                        WHERE recipient_type = 'user' AND recipient = :u AND in_app AND read_at IS NULL""")
                .setParameter("u", username).executeUpdate();
    }

    // ---- dispatcher --------------------------------------------------------------------------------------

    /**
     * Ids of up to {@code limit} due e-mails, locked until the caller's transaction ends; SKIP LOCKED lets every
     * instance run the dispatcher at once, each taking other rows.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT id FROM notification WHERE delivery_status = 'pending' AND next_attempt_at <= now()
                        ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .setParameter("limit", limit).getResultList();
    }

    /** The recipient's other due digest rows, locked as well, so one digest mail gathers them all. */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDigestOf(String recipientType, String recipient) {
        return getEntityManager().createNativeQuery("""
                        SELECT id FROM notification WHERE delivery_status = 'pending' AND email_mode = 'digest'
                          AND recipient_type = :t AND recipient = :r AND next_attempt_at <= now()
                        ORDER BY created_at, id FOR UPDATE SKIP LOCKED""")
                .setParameter("t", recipientType).setParameter("r", recipient).getResultList();
    }

    public List<Notification> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select n from Notification n where n.id in :ids order by n.createdAt, n.id", Notification.class)
                .setParameter("ids", ids).getResultList();
    }

    public void recordAttempt(UUID notificationId, int attempt, boolean sent, boolean digest, String error) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO notification_attempt (notification_id, attempt, attempted_at, outcome, digest, error)
                        VALUES (:n, :a, now(), :o, :d, :e)""")
                .setParameter("n", notificationId).setParameter("a", attempt).setParameter("o", sent ? "sent" : "failed")
                .setParameter("d", digest).setParameter("e", error).executeUpdate();
    }

    public record Attempt(int attempt, Instant attemptedAt, String outcome, boolean digest, String error) {
    }

    @SuppressWarnings("unchecked")
    public List<Attempt> attempts(UUID notificationId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT attempt, attempted_at, outcome, digest, error FROM notification_attempt
                        WHERE notification_id = :n ORDER BY id""")
                .setParameter("n", notificationId).getResultList();
        return rows.stream().map(r -> new Attempt(((Number) r[0]).intValue(), toInstant(r[1]), (String) r[2], (Boolean) r[3], (String) r[4]))
                .toList();
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }

    // ---- the office's list of deliveries -----------------------------------------------------------------

    public static final Map<String, String> DELIVERY_SORTABLE = Map.of("createdAt", "n.createdAt not null");

    public Page<Notification> deliveries(String status, String kind, PageRequest page) {
        StringBuilder where = new StringBuilder(" where n.emailMode <> 'none'");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and n.deliveryStatus = :status");
            params.put("status", status);
        }
        if (kind != null) {
            where.append(" and n.kind = :kind");
            params.put("kind", kind);
        }
        return Keyset.of(page, "notification-deliveries|" + status + "|" + kind)
                .entities(getEntityManager(), Notification.class, "n", " from Notification n" + where, params);
    }

    // ---- unsubscribe tokens ------------------------------------------------------------------------------

    /** The token of (recipient, kind), made once; concurrent senders agree on the same one. */
    public String unsubscribeToken(String recipientType, String recipient, String kind, String fresh) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO notification_unsubscribe_token (token, recipient_type, recipient, kind) VALUES (:t, :rt, :r, :k)
                        ON CONFLICT (recipient_type, recipient, kind) DO NOTHING""")
                .setParameter("t", fresh).setParameter("rt", recipientType).setParameter("r", recipient).setParameter("k", kind)
                .executeUpdate();
        return (String) getEntityManager().createNativeQuery("""
                        SELECT token FROM notification_unsubscribe_token WHERE recipient_type = :rt AND recipient = :r AND kind = :k""")
                .setParameter("rt", recipientType).setParameter("r", recipient).setParameter("k", kind).getSingleResult();
    }

    /** {recipient_type, recipient, kind} of a token. */
    @SuppressWarnings("unchecked")
    public Optional<Object[]> tokenOwner(String token) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT recipient_type, recipient, kind FROM notification_unsubscribe_token WHERE token = :t""")
                .setParameter("t", token).getResultList();
        return rows.stream().findFirst();
    }

    public void tokenUsed(String token) {
        getEntityManager().createNativeQuery("UPDATE notification_unsubscribe_token SET used_at = now() WHERE token = :t")
                .setParameter("t", token).executeUpdate();
    }
}
