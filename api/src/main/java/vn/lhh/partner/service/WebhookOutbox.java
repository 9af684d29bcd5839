package vn.lhh.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import vn.lhh.bulletin.BulletinChanged;
import vn.lhh.partner.WebhookEvent;

/**
 * Queues a webhook delivery for every active partner subscribed to a feed change, in the
 * transaction that makes the change (a synchronous observer): a change that commits is always
 * announced, one that rolls back never is. The dispatcher sends them after the commit.
 */
@ApplicationScoped
public class WebhookOutbox {
    @Inject
    EntityManager em;

    void onBulletinChanged(@Observes BulletinChanged change) {
        Instant now = Instant.now();
        em.createNativeQuery("""
                        INSERT INTO webhook_delivery (id, partner_id, event, issue_id, feed_seq, status, next_attempt_at, created_at, updated_at)
                        SELECT gen_random_uuid(), p.id, :event, :issue, :seq, 'pending', :now, :now, :now
                        FROM partner p
                        WHERE p.active AND p.webhook_url IS NOT NULL AND p.webhook_events @> ARRAY[CAST(:event AS text)]""")
                // the changed issue is not flushed yet: this insert must not flush it halfway through its change
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("event", WebhookEvent.of(change.change()).name())
                .setParameter("issue", change.issueId())
                .setParameter("seq", change.feedSeq())
                .setParameter("now", now)
                .executeUpdate();
    }
}
