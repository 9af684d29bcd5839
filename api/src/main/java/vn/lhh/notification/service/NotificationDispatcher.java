package vn.lhh.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lhh.common.security.UserDirectory;
import vn.lhh.notification.Notification;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.NotificationRepository;
import vn.lhh.partner.service.Backoff;

/**
 * Sends the due e-mails of the outbox. Each run claims one due row at a time with FOR UPDATE SKIP LOCKED in its own
 * transaction and keeps it locked while the SMTP server is talked to: every instance may run this at once, a row
 * is sent by one of them, and a crash mid-send leaves it due (SMTP has no idempotency: a crash between the server's
 * acceptance and the commit could send twice, the one window left). Every attempt is recorded; a failure waits
 * base x 2^(n-1) (at most cap) and the row is marked failed after max-attempts. Rows queued for the digest wait
 * until the digest time, then all of a recipient's due digest rows go in one mail.
 */
@ApplicationScoped
public class NotificationDispatcher {
    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
    public static final String ALL_KINDS = "*";
    private static final Pattern SAFE_ADDRESS = Pattern.compile("[^\\s@\\p{Cntrl}<>,;\"]{1,64}@[^\\s@\\p{Cntrl}<>,;\"]+\\.[^\\s@\\p{Cntrl}<>,;\"]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    NotificationRepository repository;
    @Inject
    NotificationTemplates templates;
    @Inject
    UserDirectory directory;
    @Inject
    ReactiveMailer mailer;

    @Inject
    LinkSecrets secrets;
    @ConfigProperty(name = "lhh.mail.enabled", defaultValue = "true")
    boolean mailEnabled;
    @ConfigProperty(name = "lhh.notifications.batch-size", defaultValue = "50")
    int batchSize;
    @ConfigProperty(name = "lhh.notifications.retry.base", defaultValue = "1m")
    Duration retryBase;
    @ConfigProperty(name = "lhh.notifications.retry.cap", defaultValue = "6h")
    Duration retryCap;
    @ConfigProperty(name = "lhh.notifications.retry.max-attempts", defaultValue = "10")
    int maxAttempts;
    @ConfigProperty(name = "lhh.notifications.smtp-timeout", defaultValue = "30s")
    Duration smtpTimeout;
    @ConfigProperty(name = "lhh.notifications.app-url")
    Optional<String> appUrl;
    @ConfigProperty(name = "lhh.notifications.api-url")
    Optional<String> apiUrl;

    public Backoff backoff() {
        return new Backoff(retryBase, retryCap, maxAttempts);
    }

    @Scheduled(identity = "notification-dispatch", every = "${lhh.notifications.dispatch-every}",
            delayed = "${lhh.notifications.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        dispatch(batchSize);
    }

    /** Sends up to {@code max} due mails (a digest counts as one); returns how many rows were handled. */
    public int dispatch(int max) {
        int handled = 0;
        for (int i = 0; i < max; i++) {
            try {
                int n = QuarkusTransaction.requiringNew().call(this::sendNext);
                if (n == 0) {
                    break;
                }
                handled += n;
            } catch (RuntimeException e) {
                LOG.error("notification dispatch failed", e);
                break;
            }
        }
        return handled;
    }

    /** Sends the next due mail; returns the number of notification rows it settled (0: none due). A span: one mail. */
    @WithSpan("notification.mail-dispatch")
    int sendNext() {
        List<UUID> due = repository.claimDue(1);
        if (due.isEmpty()) {
            return 0;
        }
        Notification first = repository.findById(due.get(0));
        List<Notification> rows = "digest".equals(first.emailMode)
                ? repository.byIds(repository.claimDigestOf(first.recipientType, first.recipient))
                : List.of(first);
        if (rows.isEmpty()) {
            rows = List.of(first);
        }
        if (!mailEnabled) {
            rows.forEach(n -> settle(n, "skipped", "mail is switched off (lhh.mail.enabled=false)"));
            return rows.size();
        }
        boolean digest = "digest".equals(first.emailMode);
        String address;
        String name = null;
        try {
            if (Notification.USER.equals(first.recipientType)) {
                var person = directory.person(first.recipient);
                if (person.isEmpty() || person.get().email() == null || !person.get().enabled()) {
                    rows.forEach(n -> attemptFailed(n, digest, "no e-mail address for user " + first.recipient, true));
                    return rows.size();
                }
                address = person.get().email();
                name = person.get().displayName();
            } else {
                if (repository.addressOptedOut(first.recipient, first.kind)) {
                    settle(first, "skipped", "the address unsubscribed from this kind");
                    return 1;
                }
                address = first.recipient;
            }
        } catch (UserDirectory.DirectoryUnavailable e) {
            rows.forEach(n -> attemptFailed(n, digest, e.getMessage(), false));
            return rows.size();
        }
        if (!SAFE_ADDRESS.matcher(address).matches()) {
            String bad = address;
            rows.forEach(n -> attemptFailed(n, digest, "unusable e-mail address " + NotificationTemplates.oneLine(bad), true));
            return rows.size();
        }
        String token = repository.unsubscribeToken(first.recipientType, first.recipient, digest ? ALL_KINDS : first.kind, newToken());
        String unsubscribeUrl = base(apiUrl) + "/api/v1/notification-unsubscriptions/" + token;
        NotificationTemplates.Rendered mail;
        try {
            mail = digest ? templates.digest(digestItems(rows), name, unsubscribeUrl) : render(first, name, unsubscribeUrl);
        } catch (RuntimeException e) {
            rows.forEach(n -> attemptFailed(n, digest, "template: " + e.getMessage(), true));
            return rows.size();
        }
        Mail m = Mail.withText(address, mail.subject(), mail.text()).setHtml(mail.html())
                // RFC 2369 + RFC 8058: one-click unsubscribe, POSTed by the mail client without a login
                .addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .addHeader("Auto-Submitted", "auto-generated");
        try {
            mailer.send(m).await().atMost(smtpTimeout);
        } catch (RuntimeException e) {
            rows.forEach(n -> attemptFailed(n, digest, describe(e), false));
            return rows.size();
        }
        for (Notification n : rows) {
            n.attempts++;
            repository.recordAttempt(n.id, n.attempts, true, digest, null);
            n.deliveryStatus = "sent";
            n.sentAt = Instant.now();
            n.emailAddress = address;
            n.nextAttemptAt = null;
            n.lastError = null;
        }
        return rows.size();
    }

    private NotificationTemplates.Rendered render(Notification n, String name, String unsubscribeUrl) {
        NotificationKind kind = NotificationKind.ofCode(n.kind)
                .orElseThrow(() -> new IllegalStateException("unknown kind " + n.kind));
        // the secrets of the links are put in only now: the outbox holds stand-ins (LinkSecrets)
        return templates.render(kind, secrets.reveal(n.data), secrets.reveal(absolute(n.link)), name, unsubscribeUrl);
    }

    private List<Map<String, Object>> digestItems(List<Notification> rows) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Notification n : rows) {
            Map<String, Object> item = new HashMap<>();
            item.put("title", n.title);
            item.put("link", secrets.reveal(absolute(n.link)));
            items.add(item);
        }
        return items;
    }

    private String absolute(String link) {
        return link == null ? null : base(appUrl) + link;
    }

    private static String base(Optional<String> url) {
        String u = url.orElse("http://localhost:8080");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private void attemptFailed(Notification n, boolean digest, String error, boolean permanent) {
        n.attempts++;
        String e = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        repository.recordAttempt(n.id, n.attempts, false, digest, e);
        n.lastError = e;
        if (permanent || backoff().exhausted(n.attempts)) {
            n.deliveryStatus = "failed";
            n.nextAttemptAt = null;
            LOG.infof("notification %s (%s) failed after %d attempt(s): %s", n.id, n.kind, n.attempts, e);
        } else {
            n.nextAttemptAt = Instant.now().plus(backoff().delayAfter(n.attempts));
        }
    }

    private void settle(Notification n, String status, String note) {
        n.deliveryStatus = status;
        n.nextAttemptAt = null;
        n.lastError = note;
    }

    private static String describe(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 800; t = t.getCause()) {
            if (!b.isEmpty()) {
                b.append(" <- ");
            }
            b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return NotificationTemplates.oneLine(b.toString());
    }

    private static String newToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
