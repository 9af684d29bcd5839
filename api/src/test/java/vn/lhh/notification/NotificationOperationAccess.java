package vn.lhh.notification;

import static vn.lhh.testsupport.access.AccessCatalogue.STALE;
import static vn.lhh.testsupport.access.Outcome.ALLOW;
import static vn.lhh.testsupport.access.Outcome.HIDDEN;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * Notifications: every signed-in person has an inbox and preferences (not partner clients, which are machines);
 * the office reads and resends the e-mail deliveries and writes to named users; an unsubscribe link needs no login
 * (its token authorises). Ids and tokens that name nothing (or another person's notification) are 404 for everyone
 * let through: NotificationApiTest has the finer cases with real records.
 */
public class NotificationOperationAccess implements OperationAccess {
    private static final String[] PEOPLE = {"admin", "staff", "association-officer", "expert", "contest-coordinator", "judge"};

    @Override
    public void declare(AccessCatalogue c) {
        String token = "0".repeat(48);
        c.feature("notifications", () -> UUID.randomUUID().toString())
                .op("listMyNotifications", (as, s) -> as.get("/api/v1/me/notifications"), Expect.roles(PEOPLE))
                .op("countMyUnreadNotifications", (as, s) -> as.get("/api/v1/me/notifications/unread-count"), Expect.roles(PEOPLE))
                .op("markAllMyNotificationsRead", (as, s) -> as.post("/api/v1/me/notifications/read-all"), Expect.roles(PEOPLE))
                .op("markMyNotificationRead", (as, s) -> as.post("/api/v1/me/notifications/" + s + "/read"),
                        Expect.roles(PEOPLE).replace(ALLOW, HIDDEN))
                .op("getMyNotificationPreferences", (as, s) -> as.get("/api/v1/me/notification-preferences"), Expect.roles(PEOPLE))
                .op("replaceMyNotificationPreferences", (as, s) -> as.header("If-Match", STALE).body(Map.of("items", List.of()))
                        .put("/api/v1/me/notification-preferences"), Expect.roles(PEOPLE))
                .op("listNotificationDeliveries", (as, s) -> as.get("/api/v1/notification-deliveries"), Expect.office())
                .op("getNotificationDelivery", (as, s) -> as.get("/api/v1/notification-deliveries/" + s), Expect.office().replace(ALLOW, HIDDEN))
                .op("resendNotificationDelivery", (as, s) -> as.post("/api/v1/notification-deliveries/" + s + "/resend"),
                        Expect.office().replace(ALLOW, HIDDEN))
                // an empty message is refused (400) for the office: nothing is sent by the matrix
                .op("sendOfficeMessage", (as, s) -> as.body(Map.of()).post("/api/v1/notification-messages"), Expect.office())
                .op("showNotificationUnsubscribe", (as, s) -> as.accept("text/html, application/problem+json")
                        .get("/api/v1/notification-unsubscriptions/" + token), Expect.everyone().replace(ALLOW, HIDDEN))
                .op("unsubscribeNotifications", (as, s) -> as.contentType("application/x-www-form-urlencoded").accept("*/*")
                        .body("List-Unsubscribe=One-Click").post("/api/v1/notification-unsubscriptions/" + token),
                        Expect.everyone().replace(ALLOW, HIDDEN));
    }
}
