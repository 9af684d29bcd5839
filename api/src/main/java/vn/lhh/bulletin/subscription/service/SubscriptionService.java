package vn.lhh.bulletin.subscription.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.bulletin.subscription.BulletinSubscription;
import vn.lhh.bulletin.subscription.BulletinSubscription.Status;
import vn.lhh.bulletin.subscription.SubscriptionRepository;
import vn.lhh.bulletin.subscription.dto.SubscriptionDtos.StateDto;
import vn.lhh.bulletin.subscription.dto.SubscriptionDtos.StatisticsDto;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.ratelimit.RateLimiter;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;
import vn.lhh.common.text.Csv;
import vn.lhh.notification.AddressUnsubscribed;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.service.LinkSecrets;
import vn.lhh.notification.service.NotificationService;

/**
 * Subscriptions to the bulletin by e-mail, double opt-in. Every sign-up gets the same answer whatever the
 * address's state (no enumeration); what differs (a mail sent or not) reaches only the address's owner.
 */
@ApplicationScoped
public class SubscriptionService {
    public static final String ENTITY = "bulletin-subscription";
    private static final Pattern USABLE = Pattern.compile("[^\\s@\\p{Cntrl}<>,;\"]{1,64}@[^\\s@\\p{Cntrl}<>,;\"]+\\.[^\\s@\\p{Cntrl}<>,;\"]+");

    @Inject
    SubscriptionRepository repo;
    @Inject
    SubscriptionMails mails;
    @Inject
    RateLimiter limiter;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    LinkSecrets secrets;
    @Inject
    NotificationService notifications;

    @ConfigProperty(name = "lhh.notifications.bulletin-subscription.confirm-ttl")
    Duration confirmTtl;
    @ConfigProperty(name = "lhh.notifications.bulletin-subscription.per-address-per-minute")
    int perAddressPerMinute;
    @ConfigProperty(name = "lhh.notifications.bulletin-subscription.per-client-per-minute")
    int perClientPerMinute;

    /**
     * A sign-up: a new or pending address gets a (new) confirmation link, a left one too; a confirmed one
     * nothing. Limited per client address and per e-mail address (so nobody floods an inbox with links).
     */
    public void subscribe(String rawEmail, String language, String clientAddress) {
        String email = Normalizer.normalize(rawEmail.trim(), Normalizer.Form.NFC);
        // what the outbox accepts (one @, a dot in the domain, no spaces, controls or list separators)
        if (!USABLE.matcher(email).matches()) {
            throw ProblemException.invalidField("email", "jakarta.validation.constraints.Email.message");
        }
        String key = email.toLowerCase(Locale.ROOT);
        limit("bulletin-subscribe:client:" + clientAddress, perClientPerMinute);
        limit("bulletin-subscribe:email:" + SubscriptionTokens.hash(key), perAddressPerMinute);
        // the counts above are outside the transaction: a refused sign-up must still count
        QuarkusTransaction.requiringNew().run(() -> register(email, key, language));
    }

    private void register(String email, String key, String language) {
        String lang = language == null ? "vi" : language;
        Instant now = Instant.now();
        BulletinSubscription s = new BulletinSubscription();
        s.id = UUID.randomUUID();
        s.email = email;
        s.emailKey = key;
        s.language = lang;
        SubscriptionTokens.renew(s, secrets);
        s.confirmExpiresAt = now.plus(confirmTtl);
        s.createdAt = now;
        if (repo.insertIfAbsent(s)) {
            mails.confirmation(s);
            audit.record(AuditLog.Action.create, ENTITY, s.id, null, Map.of("status", Status.pending.name()));
            return;
        }
        BulletinSubscription known = repo.byEmailKey(key);
        if (known == null || known.status == Status.confirmed) {
            return; // deleted meanwhile, or nothing to confirm: the caller is told the same either way
        }
        // a repeated sign-up replaces both links (the older ones stop working)
        String previous = known.status.name();
        known.status = Status.pending;
        known.language = lang;
        // the secrets name the row: derived anew for the known one
        SubscriptionTokens.renew(known, secrets);
        known.confirmExpiresAt = s.confirmExpiresAt;
        known.updatedAt = now;
        repo.flush();
        mails.confirmation(known);
        audit.record(AuditLog.Action.update, ENTITY, known.id, Map.of("status", previous), Map.of("status", Status.pending.name()));
    }

    private void limit(String bucket, int perMinute) {
        if (perMinute <= 0) {
            return;
        }
        RateLimiter.Decision d = limiter.hit(bucket, perMinute);
        if (d != null && !d.allowed()) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, List.of(), Map.of("Retry-After", Integer.toString(d.resetSeconds())),
                    "bulletin-subscription.too-many", d.resetSeconds());
        }
    }

    /** Follows a confirmation link: an unknown (or replaced, or used) link is 404, an expired one 409 (deadline). */
    @Transactional
    public StateDto confirm(String token) {
        BulletinSubscription s = repo.byConfirmToken(SubscriptionTokens.hash(token));
        if (s == null || s.status != Status.pending) {
            throw new ProblemException(ProblemType.NOT_FOUND, "bulletin-subscription.link-unknown");
        }
        if (!Instant.now().isBefore(s.confirmExpiresAt)) {
            throw new ProblemException(ProblemType.DEADLINE, "bulletin-subscription.link-expired");
        }
        s.status = Status.confirmed;
        s.confirmedAt = s.updatedAt = Instant.now();
        s.confirmTokenHash = null;
        s.confirmExpiresAt = null;
        repo.flush();
        // the owner proved the address is theirs and asked again: an earlier one-click "stop" of the issues' mails is lifted
        notifications.allowAddress(s.emailKey, NotificationKind.BULLETIN_ISSUE_PUBLISHED);
        audit.record(AuditLog.Action.update, ENTITY, s.id, Map.of("status", Status.pending.name()), Map.of("status", Status.confirmed.name()));
        return new StateDto(Status.confirmed.name());
    }

    /** Follows an unsubscribe link (also the one-click POST of mail programs); repeating it changes nothing. */
    @Transactional
    public StateDto unsubscribe(String token) {
        BulletinSubscription s = token == null ? null : repo.byUnsubscribeToken(SubscriptionTokens.hash(token));
        if (s == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "bulletin-subscription.link-unknown");
        }
        end(s);
        return new StateDto(Status.unsubscribed.name());
    }

    /**
     * The one-click unsubscribe of a bulletin mail (the List-Unsubscribe header every notification mail carries)
     * ends the subscription too, in the same transaction, so the office's counts follow.
     */
    void onAddressUnsubscribed(@Observes AddressUnsubscribed e) {
        if (!e.kinds().contains(NotificationKind.BULLETIN_ISSUE_PUBLISHED.code())
                && !e.kinds().contains(NotificationKind.BULLETIN_SUBSCRIPTION_CONFIRM.code())) {
            return;
        }
        BulletinSubscription s = repo.byEmailKey(e.address().toLowerCase(Locale.ROOT));
        if (s != null) {
            end(s);
        }
    }

    private void end(BulletinSubscription s) {
        if (s.status != Status.unsubscribed) {
            String before = s.status.name();
            s.status = Status.unsubscribed;
            s.unsubscribedAt = s.updatedAt = Instant.now();
            s.confirmTokenHash = null;
            s.confirmExpiresAt = null;
            repo.flush();
            audit.record(AuditLog.Action.update, ENTITY, s.id, Map.of("status", before), Map.of("status", Status.unsubscribed.name()));
        }
    }

    /** Counts only: the office sees how many, never who. */
    public StatisticsDto statistics() {
        if (!user.isStaffOrAdmin()) {
            throw ProblemException.forbidden("problem.forbidden.role");
        }
        Map<Status, Long> c = repo.countsByStatus();
        return new StatisticsDto(c.get(Status.pending), c.get(Status.confirmed), c.get(Status.unsubscribed));
    }

    /** The confirmed addresses as CSV: the admin's alone (the list could leak); every export is in the audit log. */
    @Transactional
    public String exportConfirmed() {
        if (!user.hasRole(Roles.ADMIN)) {
            throw ProblemException.forbidden("problem.forbidden.role");
        }
        StringBuilder sb = new StringBuilder(Csv.BOM);
        Csv.row(sb, "email", "language", "confirmedAt");
        List<Object[]> rows = repo.confirmedForExport();
        for (Object[] r : rows) {
            Csv.row(sb, (String) r[0], (String) r[1], r[2] == null ? "" : r[2].toString());
        }
        audit.record(AuditLog.Action.update, ENTITY + "-export", "confirmed", null, Map.of("rows", rows.size()));
        return sb.toString();
    }

    /** The message of every sign-up answer, in the caller's language. */
    public String acceptedMessage(Locale locale) {
        return Messages.get(locale, "bulletin-subscription.accepted", confirmTtl.toHours());
    }
}
