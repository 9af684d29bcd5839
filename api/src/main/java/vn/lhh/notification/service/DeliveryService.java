package vn.lhh.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;
import vn.lhh.notification.AddressUnsubscribed;
import vn.lhh.notification.Notification;
import vn.lhh.notification.NotificationChannel;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.NotificationRepository;
import vn.lhh.notification.dto.NotificationDtos;
import vn.lhh.notification.dto.NotificationDtos.Attempt;
import vn.lhh.notification.dto.NotificationDtos.Delivery;
import vn.lhh.notification.dto.NotificationDtos.DeliveryDetail;

/**
 * The office's view of e-mail deliveries (sent, pending, failed, with every attempt) and its resend; and the
 * one-click unsubscribe every mail carries (a random token, no login: the token is the authorisation).
 */
@ApplicationScoped
public class DeliveryService {
    public static final String ENTITY = "notification-delivery";

    @Inject
    Event<AddressUnsubscribed> unsubscribed;
    @Inject
    NotificationRepository repository;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    NotificationService notifications;

    /** The office only (the route says so; checked again here, where the data is). */
    public Page<Delivery> list(String status, String kind, PageRequest page) {
        requireOffice();
        return repository.deliveries(status, kind, page).map(this::toDelivery);
    }

    public DeliveryDetail get(UUID id) {
        requireOffice();
        Notification n = find(id);
        return detail(n);
    }

    /** Sends the e-mail again now (a failed one, or a sent one someone did not get), as a single mail. */
    @Transactional
    public DeliveryDetail resend(UUID id) {
        requireOffice();
        Notification n = find(id);
        if ("none".equals(n.emailMode)) {
            throw ProblemException.conflict("problem.conflict.notification-no-email");
        }
        String before = n.deliveryStatus;
        n.emailMode = "single";
        n.deliveryStatus = "pending";
        n.attempts = 0;
        n.nextAttemptAt = Instant.now();
        n.lastError = null;
        audit.record(AuditLog.Action.update, ENTITY, id, Map.of("status", before), Map.of("status", "pending", "resend", true));
        return detail(n);
    }

    private DeliveryDetail detail(Notification n) {
        return new DeliveryDetail(toDelivery(n), repository.attempts(n.id).stream()
                .map(a -> new Attempt(a.attempt(), a.attemptedAt(), a.outcome(), a.digest(), a.error())).toList(), n.version);
    }

    private Notification find(UUID id) {
        Notification n = repository.findById(id);
        if (n == null || "none".equals(n.emailMode)) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return n;
    }

    private void requireOffice() {
        if (!user.isStaffOrAdmin()) {
            throw ProblemException.forbidden("problem.forbidden.role");
        }
    }

    private Delivery toDelivery(Notification n) {
        // people without an account (registrants, bulletin subscribers): the office sees that a mail went, not to whom
        String recipient = Notification.ADDRESS.equals(n.recipientType) && !user.hasRole(Roles.ADMIN) ? mask(n.recipient) : n.recipient;
        String address = Notification.USER.equals(n.recipientType) ? n.emailAddress : null;
        return new Delivery(n.id, n.kind, n.recipientType, recipient, address, n.title, n.deliveryStatus, n.emailMode, n.attempts,
                n.lastError, n.createdAt, n.sentAt, n.nextAttemptAt);
    }

    static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    /** A message from the office to named users: one notification each, in this transaction. */
    @Transactional
    public NotificationDtos.MessageQueued sendMessage(NotificationDtos.MessageInput in) {
        requireOffice();
        List<String> names = in.usernames();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null || !names.get(i).matches("[A-Za-z0-9._@-]{1,100}")) {
                throw ProblemException.invalidField("usernames[" + i + "]", "validation.username");
            }
        }
        UUID id = UUID.randomUUID();
        int queued = notifications.notifyUsers(names, NotificationKind.SYSTEM_MESSAGE, "message:" + id,
                Map.of("title", in.title().strip(), "body", in.body().strip()), in.link());
        audit.record(AuditLog.Action.create, "notification-message", id, null,
                Map.of("usernames", names, "title", in.title(), "from", user.username()));
        return new NotificationDtos.MessageQueued(id, queued);
    }

    // ---- one-click unsubscribe (RFC 8058) -------------------------------------------------------------------

    /** What a token stands for, to show before the click: the kind's code ("*" = every e-mail). */
    @Transactional
    public String describeToken(String token) {
        return owner(token)[2].toString();
    }

    /**
     * Turns e-mail off for the token's recipient and kind (a digest's token: every kind): a user keeps the inbox
     * (both → in-app, e-mail → none); an address is opted out. Pending mails of that kind stop. Idempotent.
     */
    @Transactional
    public void unsubscribe(String token) {
        Object[] o = owner(token);
        String type = (String) o[0];
        String recipient = (String) o[1];
        String kind = (String) o[2];
        boolean all = NotificationDispatcher.ALL_KINDS.equals(kind);
        if (Notification.USER.equals(type)) {
            Map<String, Object[]> stored = repository.preferences(recipient);
            for (NotificationKind k : NotificationKind.values()) {
                if (!all && !k.code().equals(kind)) {
                    continue;
                }
                Object[] p = stored.get(k.code());
                NotificationChannel c = p == null ? NotificationChannel.BOTH : NotificationChannel.ofCode((String) p[0]);
                NotificationChannel off = c.inApp() ? NotificationChannel.IN_APP : NotificationChannel.NONE;
                repository.savePreference(recipient, k.code(), off.code(), p != null && (Boolean) p[1]);
            }
            repository.touchPreferencesVersion(recipient);
        } else {
            Set<String> kinds = new LinkedHashSet<>();
            for (NotificationKind k : NotificationKind.values()) {
                if (all || k.code().equals(kind)) {
                    repository.optOutAddress(recipient, k.code());
                    kinds.add(k.code());
                }
            }
            // the feature that mails this address (a bulletin subscription) ends what it keeps, in this transaction
            unsubscribed.fire(new AddressUnsubscribed(recipient, kinds));
        }
        repository.skipPending(type, recipient, all ? null : kind);
        repository.tokenUsed(token);
    }

    private Object[] owner(String token) {
        if (token == null || !token.matches("[0-9a-f]{48}")) {
            throw new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.notification-unsubscribe");
        }
        return repository.tokenOwner(token)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.notification-unsubscribe"));
    }
}
