package vn.lhh.partner.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lhh.bulletin.service.BulletinFeedService;
import vn.lhh.partner.DeliveryStatus;
import vn.lhh.partner.Partner;
import vn.lhh.partner.WebhookAttempt;
import vn.lhh.partner.WebhookDelivery;
import vn.lhh.partner.PartnerRepository;
import java.util.Optional;

/**
 * Sends the due webhook deliveries. Each one is taken with FOR UPDATE SKIP LOCKED and kept locked
 * while it is sent (timeouts are short), in its own transaction: however many API instances run
 * this, a delivery is sent by one of them at a time, and a crash mid-send just leaves it due.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    PartnerRepository repo;
    @Inject
    BulletinFeedService feed;
    @Inject
    Outbound outbound;
    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "lhh.webhooks.timeout")
    Duration timeout;
    @ConfigProperty(name = "lhh.webhooks.batch-size")
    int batchSize;
    @ConfigProperty(name = "lhh.webhooks.retry.base")
    Duration retryBase;
    @ConfigProperty(name = "lhh.webhooks.retry.cap")
    Duration retryCap;
    @ConfigProperty(name = "lhh.webhooks.retry.max-attempts")
    int maxAttempts;

    public Backoff backoff() {
        return new Backoff(retryBase, retryCap, maxAttempts);
    }

    @Scheduled(identity = "webhook-dispatch", every = "${lhh.webhooks.dispatch-every}", delayed = "${lhh.webhooks.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        for (int i = 0; i < batchSize; i++) {
            try {
                if (!QuarkusTransaction.requiringNew().call(this::sendNext)) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.error("webhook dispatch failed", e);
                return;
            }
        }
    }

    /** Sends the next due delivery, if any; false when none is due. A span of its own: one delivery attempt. */
    @WithSpan("webhook.dispatch")
    boolean sendNext() {
        Optional<UUID> due = repo.nextDueDelivery(Instant.now());
        if (due.isEmpty()) {
            return false;
        }
        WebhookDelivery d = repo.findRow(WebhookDelivery.class, due.get());
        Partner p = repo.findById(d.partnerId);
        Instant now = Instant.now();
        d.updatedAt = now;
        if (!p.active || p.webhookUrl == null) {
            d.status = DeliveryStatus.cancelled;
            d.nextAttemptAt = null;
            return true;
        }
        if (d.body == null) {
            // the entry as it stands now: if the issue changed again meanwhile (withdrawn, say), its latest change
            d.body = toJson(feed.entry(d.issueId));
        }
        WebhookAttempt a = attempt(p, d);
        repo.persistRow(a);
        d.attemptCount++;
        d.roundAttempts++;
        d.lastAttemptAt = a.attemptedAt;
        d.lastHttpStatus = a.httpStatus;
        d.lastError = a.error;
        if (a.httpStatus != null && a.httpStatus / 100 == 2) {
            d.status = DeliveryStatus.succeeded;
            d.nextAttemptAt = null;
        } else if (backoff().exhausted(d.roundAttempts)) {
            d.status = DeliveryStatus.failed;
            d.nextAttemptAt = null;
            LOG.infof("webhook delivery %s to partner %s failed after %d attempts", d.id, p.id, d.roundAttempts);
        } else {
            d.nextAttemptAt = Instant.now().plus(backoff().delayAfter(d.roundAttempts));
        }
        return true;
    }

    private WebhookAttempt attempt(Partner p, WebhookDelivery d) {
        WebhookAttempt a = new WebhookAttempt();
        a.id = UUID.randomUUID();
        a.deliveryId = d.id;
        a.number = d.attemptCount + 1;
        a.attemptedAt = Instant.now();
        long started = System.nanoTime();
        try {
            URI uri = URI.create(p.webhookUrl);
            String refusal = outbound.refusal(uri);
            if (refusal != null) {
                a.error = "refused: " + refusal;
                return a;
            }
            long timestamp = a.attemptedAt.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "lhh-api-webhooks/1")
                    .header("webhook-id", d.id.toString())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(p.webhookSecret, d.id.toString(), timestamp, d.body))
                    .POST(HttpRequest.BodyPublishers.ofString(d.body)).build();
            a.httpStatus = outbound.client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpConnectTimeoutException e) {
            a.error = "connect timeout";
        } catch (HttpTimeoutException e) {
            a.error = "timeout after " + timeout.toMillis() + " ms";
        } catch (ConnectException e) {
            a.error = "connection failed" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            a.error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            a.error = "interrupted";
        } finally {
            a.durationMs = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        }
        if (a.error != null && a.error.length() > 500) {
            a.error = a.error.substring(0, 500);
        }
        return a;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the feed entry", e);
        }
    }
}
