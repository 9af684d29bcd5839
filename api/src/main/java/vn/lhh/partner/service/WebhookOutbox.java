package vn.lhh.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.lhh.bulletin.BulletinChanged;
import vn.lhh.partner.WebhookEvent;
import vn.lhh.partner.PartnerRepository;

/**
 * Queues a webhook delivery for every active partner subscribed to a feed change, in the
 * transaction that makes the change (a synchronous observer): a change that commits is always
 * announced, one that rolls back never is. The dispatcher sends them after the commit.
 */
@ApplicationScoped
public class WebhookOutbox {
    @Inject
    PartnerRepository repo;

    void onBulletinChanged(@Observes BulletinChanged change) {
        repo.queueDeliveries(WebhookEvent.of(change.change()).name(), change.issueId(), change.feedSeq(), Instant.now());
    }
}
