package vn.lhh.bulletin.subscription.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.bulletin.subscription.BulletinSubscription;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.service.LinkSecrets;
import vn.lhh.notification.service.NotificationService;

/** The subscription's mails, queued through the notification outbox in the caller's transaction. */
@ApplicationScoped
public class SubscriptionMails {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Inject
    NotificationService notifications;
    @Inject
    LinkSecrets secrets;
    @ConfigProperty(name = "lhh.notifications.app-url", defaultValue = "http://localhost:5173")
    String appUrl;

    /**
     * The confirmation link; a new sign-up is a new occurrence (its nonce names it), so each link is mailed once. The
     * outbox holds stand-ins of the secrets (LinkSecrets): the dispatcher puts them in the mail.
     */
    void confirmation(BulletinSubscription s) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("expiresAt", WHEN.format(s.confirmExpiresAt.atZone(ProvinceClock.ZONE)));
        data.put("subscriptionUnsubscribeUrl", unsubscribeUrl(s));
        notifications.notifyAddress(s.email, NotificationKind.BULLETIN_SUBSCRIPTION_CONFIRM, "bulletin-subscription:" + s.id + ":" + s.linkNonce,
                data, "/bulletin-subscription/confirm?token=" + LinkSecrets.placeholder(SubscriptionTokens.confirmReference(s)));
    }

    /** One published issue to one subscriber: once per subscriber and issue (the outbox's unique key). */
    void issue(BulletinSubscription s, UUID issueId, Map<String, Object> issueData) {
        Map<String, Object> data = new LinkedHashMap<>(issueData);
        if (s.linkNonce == null) {
            // confirmed before the secrets were derived (V21 kept only their hashes): a new unsubscribe secret from now on
            SubscriptionTokens.renew(s, secrets);
            s.confirmTokenHash = null;
        }
        data.put("subscriptionUnsubscribeUrl", unsubscribeUrl(s));
        notifications.notifyAddress(s.email, NotificationKind.BULLETIN_ISSUE_PUBLISHED, "bulletin-issue:" + issueId, data, "/bulletins/" + issueId);
    }

    private String unsubscribeUrl(BulletinSubscription s) {
        return appUrl.replaceAll("/+$", "") + "/bulletin-subscription/unsubscribe?token="
                + LinkSecrets.placeholder(SubscriptionTokens.unsubscribeReference(s));
    }
}
