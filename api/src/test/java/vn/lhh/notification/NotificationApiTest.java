package vn.lhh.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.notification.NotificationTestSupport.inTransaction;
import static vn.lhh.notification.NotificationTestSupport.message;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.notification.service.NotificationService;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Mailboxes;

/** The inbox (only your own), preferences (ETag/If-Match), the office's deliveries and messages: who may, bad inputs. */
@QuarkusTest
class NotificationApiTest {
    static final String INBOX = "/api/v1/me/notifications";
    static final String PREFS = "/api/v1/me/notification-preferences";
    static final String DELIVERIES = "/api/v1/notification-deliveries";

    @Inject
    NotificationService notifications;

    private static String marker() {
        return "Mã " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A notification in officer's inbox (id) and one mail delivery that failed (a user Keycloak does not know). */
    record Scene(String officersNotification, String failedDelivery) {
    }

    Scene scene() {
        String m = marker();
        inTransaction(() -> notifications.notifyUser("officer", NotificationKind.SYSTEM_MESSAGE, "api:" + m, message("Cảnh " + m, "x"), "/associations"));
        inTransaction(() -> notifications.notifyUser("nobody-" + m.substring(3), NotificationKind.SYSTEM_MESSAGE, "api:" + m, message("x", "y"), null));
        String id = Api.as("officer").get(INBOX).then().statusCode(200).extract()
                .path("items.find { it.title.contains('" + m + "') }.id");
        String failed = awaitDelivery("nobody-" + m.substring(3), "failed");
        return new Scene(id, failed);
    }

    private static String awaitDelivery(String recipient, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String id = Api.as("admin").queryParam("status", status).queryParam("size", "100").get(DELIVERIES).then().statusCode(200)
                    .extract().path("items.find { it.recipient == '" + recipient + "' }.id");
            if (id != null) {
                return id;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no " + status + " delivery for " + recipient);
    }

    @TestFactory
    Stream<DynamicTest> everyRouteChecksWhoCalls() {
        //                                                                                   anon admin staff off off2 exp exp2 partner
        return new AccessMatrix<>(this::scene)
                .row("list my notifications", (as, s) -> as.get(INBOX), 401, 200, 200, 200, 200, 200, 200, 403)
                .row("unread count", (as, s) -> as.get(INBOX + "/unread-count"), 401, 200, 200, 200, 200, 200, 200, 403)
                .row("mark officer's notification read (others: not found)", (as, s) -> as.post(INBOX + "/" + s.officersNotification() + "/read"),
                        401, 404, 404, 200, 404, 404, 404, 403)
                .row("mark all read", (as, s) -> as.post(INBOX + "/read-all"), 401, 200, 200, 200, 200, 200, 200, 403)
                .row("get my preferences", (as, s) -> as.get(PREFS), 401, 200, 200, 200, 200, 200, 200, 403)
                .row("replace my preferences (stale)", (as, s) -> as.header("If-Match", "\"999999\"").body(Map.of("items", List.of())).put(PREFS),
                        401, 412, 412, 412, 412, 412, 412, 403)
                .row("list deliveries", (as, s) -> as.get(DELIVERIES), 401, 200, 200, 403, 403, 403, 403, 403)
                .row("get a delivery", (as, s) -> as.get(DELIVERIES + "/" + s.failedDelivery()), 401, 200, 200, 403, 403, 403, 403, 403)
                .row("resend a delivery", (as, s) -> as.post(DELIVERIES + "/" + s.failedDelivery() + "/resend"), 401, 200, 200, 403, 403, 403, 403, 403)
                .row("send an office message (invalid)", (as, s) -> as.body(Map.of()).post("/api/v1/notification-messages"),
                        401, 400, 400, 403, 403, 403, 403, 403)
                .tests();
    }

    @Test
    void theInboxListsOnlyMyOwnNewestFirstWithCursorsAndTheUnreadCount() {
        String m = marker();
        for (int i = 1; i <= 3; i++) {
            int k = i;
            inTransaction(() -> notifications.notifyUser("expert", NotificationKind.SYSTEM_MESSAGE, "inbox:" + m + ":" + k,
                    message("Thông báo " + k + " " + m, "x"), "/consultations/" + k));
        }
        inTransaction(() -> notifications.notifyUser("expert2", NotificationKind.SYSTEM_MESSAGE, "inbox:" + m + ":other",
                message("Của người khác " + m, "x"), null));
        Api.as("expert").post(INBOX + "/read-all").then().statusCode(200);
        inTransaction(() -> notifications.notifyUser("expert", NotificationKind.SYSTEM_MESSAGE, "inbox:" + m + ":4",
                message("Thông báo 4 " + m, "x"), "/consultations/4"));

        var first = Api.as("expert").queryParam("size", "2").get(INBOX).then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].title", containsString("Thông báo 4 " + m))
                .body("items[0].link", equalTo("/consultations/4"))
                .body("items[0].readAt", equalTo(null))
                .body("items[1].title", containsString("Thông báo 3 " + m))
                .body("items[1].readAt", notNullValue())
                .body("unreadCount", equalTo(1))
                .body("nextCursor", notNullValue())
                .extract();
        Api.as("expert").queryParam("size", "2").queryParam("cursor", (String) first.path("nextCursor")).get(INBOX).then().statusCode(200)
                .body("items[0].title", containsString("Thông báo 2 " + m))
                .body("items[1].title", containsString("Thông báo 1 " + m));
        Api.as("expert").queryParam("size", "100").get(INBOX).then().statusCode(200)
                .body("items.title", not(hasItem(containsString("Của người khác " + m))));
        Api.as("expert").queryParam("unread", "true").get(INBOX).then().statusCode(200)
                .body("items.readAt", everyItem(equalTo(null)));
        Api.as("expert").get(INBOX + "/unread-count").then().statusCode(200).body("unreadCount", equalTo(1));

        String id = Api.as("expert").get(INBOX).then().extract().path("items[0].id");
        Api.as("expert").post(INBOX + "/" + id + "/read").then().statusCode(200).body("readAt", notNullValue());
        Api.as("expert").post(INBOX + "/" + id + "/read").then().statusCode(200);
        Api.as("expert").get(INBOX + "/unread-count").then().statusCode(200).body("unreadCount", equalTo(0));
        // another's id is not found, whether it exists or not
        Api.as("expert2").post(INBOX + "/" + id + "/read").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputsAreProblems() {
        Api.as("officer").post(INBOX + "/not-a-uuid/read").then().statusCode(400).contentType("application/problem+json");
        Api.as("officer").post(INBOX + "/" + UUID.randomUUID() + "/read").then().statusCode(404).contentType("application/problem+json");
        Api.as("officer").queryParam("size", "1000").get(INBOX).then().statusCode(400);
        Api.as("officer").queryParam("unread", "maybe").get(INBOX).then().statusCode(400);
        Api.as("officer").queryParam("cursor", "forged.cursor").get(INBOX).then().statusCode(400);

        Api.as("officer2").body(Map.of("items", List.of())).put(PREFS).then().statusCode(428);
        String etag = Api.as("officer2").get(PREFS).then().statusCode(200)
                .body("items.kind", hasItem("system-message")).extract().header("ETag");
        Api.as("officer2").header("If-None-Match", etag).get(PREFS).then().statusCode(304);
        Api.as("officer2").header("If-Match", etag).body(Map.of("items", List.of(Map.of("kind", "no-such-kind", "channel", "both", "digest", false))))
                .put(PREFS).then().statusCode(400).body("errors[0].field", equalTo("items[0].kind"));
        Api.as("officer2").header("If-Match", etag).body(Map.of("items", List.of(Map.of("kind", "system-message", "channel", "pigeon", "digest", false))))
                .put(PREFS).then().statusCode(400).body("errors[0].field", equalTo("items[0].channel"));
        Api.as("officer2").header("If-Match", etag).body(Map.of("items", List.of(
                        Map.of("kind", "system-message", "channel", "both", "digest", false),
                        Map.of("kind", "system-message", "channel", "none", "digest", false))))
                .put(PREFS).then().statusCode(400);
        Api.as("officer2").header("If-Match", etag).body("{\"items\": [}").put(PREFS).then().statusCode(400);
        Api.as("officer2").header("If-Match", etag).body(Map.of("items", List.of(Map.of("kind", "system-message", "channel", "in_app", "digest", false))))
                .put(PREFS).then().statusCode(200).body("items.find { it.kind == 'system-message' }.channel", equalTo("in_app"));
        // the old version is stale now
        Api.as("officer2").header("If-Match", etag).body(Map.of("items", List.of())).put(PREFS).then().statusCode(412);
        String now = Api.as("officer2").get(PREFS).then().extract().header("ETag");
        Api.as("officer2").header("If-Match", now).body(Map.of("items", List.of())).put(PREFS).then().statusCode(200)
                .body("items.find { it.kind == 'system-message' }.channel", equalTo("both"));

        Api.as("staff").queryParam("status", "lost").get(DELIVERIES).then().statusCode(400);
        Api.as("staff").queryParam("kind", "no-such-kind").get(DELIVERIES).then().statusCode(400);
        Api.as("staff").get(DELIVERIES + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        Api.as("staff").get(DELIVERIES + "/x").then().statusCode(400);
        Api.as("staff").body(Map.of("usernames", List.of("bad name\r\n"), "title", "t", "body", "b"))
                .post("/api/v1/notification-messages").then().statusCode(400);
        Api.as("staff").body(Map.of("usernames", List.of("officer"), "title", "t", "body", "b", "link", "https://evil.example/"))
                .post("/api/v1/notification-messages").then().statusCode(400);
    }

    @Test
    void theOfficeSeesAFailedDeliveryWithItsAttemptsAndResendsIt() {
        String m = marker();
        String ghost = "ghost-" + m.substring(3);
        inTransaction(() -> notifications.notifyUser(ghost, NotificationKind.SYSTEM_MESSAGE, "api:" + m, message("x", "y"), null));
        String id = awaitDelivery(ghost, "failed");
        Api.as("staff").get(DELIVERIES + "/" + id).then().statusCode(200)
                .body("delivery.status", equalTo("failed"))
                .body("delivery.attempts", equalTo(1))
                .body("attempts[0].outcome", equalTo("failed"))
                .body("attempts[0].error", containsString("no e-mail address"));
        Api.as("staff").post(DELIVERIES + "/" + id + "/resend").then().statusCode(200).body("delivery.status", equalTo("pending"));
        awaitDelivery(ghost, "failed");
        Api.as("staff").get(DELIVERIES + "/" + id).then().statusCode(200).body("attempts.size()", greaterThanOrEqualTo(2));

        // an address without an account is masked for staff, shown to admins
        String address = "dangky-" + m.substring(3) + "@example.vn";
        inTransaction(() -> notifications.notifyAddress(address, NotificationKind.SYSTEM_MESSAGE, "api:" + m, message("Đăng ký " + m, "y"), null));
        Mailboxes.await(address, Mailboxes.subjectContains(m), 1, Mailboxes.DELIVERY);
        Api.as("admin").queryParam("size", "100").get(DELIVERIES).then().statusCode(200).body("items.recipient", hasItem(address));
        Api.as("staff").queryParam("size", "100").get(DELIVERIES).then().statusCode(200)
                .body("items.recipient", not(hasItem(address)))
                .body("items.recipient", hasItem("d***@example.vn"));
    }

    @Test
    void theOfficeWritesToNamedUsersOnceEvenWhenTheRequestIsRetried() {
        String m = marker();
        Map<String, Object> body = Map.of("usernames", List.of("officer", "officer2"), "title", "Họp giao ban " + m,
                "body", "Kính mời dự họp.", "link", "/calendar");
        String key = UUID.randomUUID().toString();
        String id = Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/notification-messages").then().statusCode(202)
                .body("queued", equalTo(2)).extract().path("id");
        String again = Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/notification-messages").then().statusCode(202)
                .extract().path("id");
        assertEquals(id, again);
        assertEquals(2, NotificationTestSupport.rows("message:" + id));
        Api.as("officer2").get(INBOX).then().statusCode(200).body("items.title", hasItem(containsString("Họp giao ban " + m)));
        assertTrue(Mailboxes.await("officer2@lhh.demo", Mailboxes.subjectContains(m), 1, Mailboxes.DELIVERY).size() == 1);
    }
}
