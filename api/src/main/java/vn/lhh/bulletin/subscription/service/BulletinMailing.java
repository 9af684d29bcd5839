package vn.lhh.bulletin.subscription.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lhh.bulletin.subscription.BulletinSubscription;
import vn.lhh.bulletin.service.BulletinService;
import vn.lhh.bulletin.subscription.SubscriptionRepository;

/**
 * A published issue goes to the confirmed subscribers in batches: publishing writes a mailing row (same
 * transaction); this job takes one open mailing at a time (FOR UPDATE SKIP LOCKED, so instances share the work),
 * queues one batch of mails in the outbox and moves the mailing's cursor, one transaction per batch.
 */
@ApplicationScoped
public class BulletinMailing {
    private static final Logger LOG = Logger.getLogger(BulletinMailing.class);

    @Inject
    SubscriptionRepository repo;
    @Inject
    SubscriptionMails mails;
    @Inject
    BulletinService bulletins;
    @ConfigProperty(name = "lhh.notifications.bulletin-mailing.batch-size")
    int batchSize;

    /** Called in the transaction that publishes the issue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(UUID issueId) {
        repo.createMailing(issueId, Instant.now());
    }

    @Scheduled(identity = "bulletin-mailing", every = "${lhh.notifications.bulletin-mailing.every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            runUntilDone();
        } catch (RuntimeException e) {
            LOG.warnf(e, "bulletin mailing stopped; the next run goes on");
        }
    }

    /** Sends batches until no open mailing is left (or another instance holds the rest); returns the mails queued. */
    public int runUntilDone() {
        int total = 0;
        while (true) {
            Integer queued = QuarkusTransaction.requiringNew().call(this::oneBatch);
            if (queued == null) {
                return total;
            }
            total += queued;
        }
    }

    /** One batch of one open mailing; null when there is none to take. */
    Integer oneBatch() {
        SubscriptionRepository.Mailing m = repo.claimOpenMailing();
        if (m == null) {
            return null;
        }
        Map<String, Object> data = bulletins.mailData(m.issueId());
        if (data == null) {
            repo.finishMailing(m.issueId());
            return 0;
        }
        List<BulletinSubscription> batch = repo.confirmedAfter(m.lastSubscriptionId(), batchSize);
        for (BulletinSubscription s : batch) {
            mails.issue(s, m.issueId(), new LinkedHashMap<>(data));
        }
        if (!batch.isEmpty()) {
            repo.advanceMailing(m.issueId(), batch.get(batch.size() - 1).id, m.queued() + batch.size());
        }
        if (batch.size() < batchSize) {
            repo.finishMailing(m.issueId());
        }
        return batch.size();
    }
}
