package vn.lhh.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.partner.PartnerFixtures.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.partner.WebhookReceiver.Received;
import vn.lhh.testsupport.Api;

/**
 * Webhooks end to end: a bulletin change queues a delivery per subscribed active partner, the
 * dispatcher POSTs the signed feed entry to a receiver in this JVM, failures are retried with
 * growing delays up to the limit, every attempt is recorded, and a delivery can be sent again.
 * Each test has its own receiver and partners, removed at its end.
 */
@QuarkusTest
class WebhookDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The receiver's check, written independently of the server's code: HMAC-SHA256 over "id.timestamp.body". */
    static String expectedSignature(String secret, Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
    }

    private record Created(String id, String secret) {
    }

    private static Created partner(WebhookReceiver receiver, boolean active, String... events) {
        Map<String, Object> b = PartnerFixtures.body(Api.unique("Đối tác webhook"));
        b.put("webhook", PartnerFixtures.webhook(receiver.url(), events));
        b.put("active", active);
        Response r = Api.as("admin").body(b).post("/api/v1/partners");
        r.then().statusCode(201);
        return new Created(r.path("id"), r.path("webhookSecret"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> deliveries(String partnerId, String issueId) {
        List<Map<String, Object>> items = Api.as("staff").queryParam("size", 100).get(path(partnerId) + "/deliveries")
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(d -> issueId.equals(d.get("issueId"))).toList();
    }

    /** Waits for the partner's delivery about the issue to reach the status. */
    static Map<String, Object> awaitDelivery(String partnerId, String issueId, String status) {
        return PartnerFixtures.await("a " + status + " delivery about " + issueId, () -> deliveries(partnerId, issueId),
                found -> found.size() == 1 && status.equals(found.get(0).get("status"))).get(0);
    }

    /** A draft issue with its PDF, in review: the test sets the receiver up, then publishes it. */
    private static String readyIssue(String title) {
        String id = BulletinFixtures.draft(title);
        BulletinFixtures.uploadPdf(id, title);
        BulletinFixtures.transition(id, "in_review", null);
        return id;
    }

    @Test
    @SuppressWarnings("unchecked")
    void subscribedActivePartnersGetSignedEntriesForPublicationAndWithdrawal() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Created all = partner(receiver, true);
            Created withdrawalsOnly = partner(receiver, true, "issue_withdrawn");
            Created inactive = partner(receiver, false);
            try {
                String issue = BulletinFixtures.published(Api.unique("Tập san gửi webhook"));
                Map<String, Object> delivery = awaitDelivery(all.id(), issue, "succeeded");
                PartnerFixtures.sleep(1500);
                List<Received> got = receiver.forIssue(issue);
                assertEquals(1, got.size(), "only the partner subscribed to publications is told: " + got);
                Received r = got.get(0);
                assertEquals(delivery.get("id"), r.id());
                assertEquals(expectedSignature(all.secret(), r), r.signature());
                assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(r.timestamp())) < 60);
                JsonNode entry = JSON.readTree(r.body());
                assertEquals("published", entry.path("change").asText());
                assertEquals(issue, entry.path("issue").path("id").asText());
                assertEquals("/api/v1/bulletins/" + issue + "/pdf", entry.path("issue").path("pdf").path("url").asText());
                assertEquals(delivery.get("feedCursor"), entry.path("cursor").asText());
                assertEquals("issue_published", delivery.get("event"));
                assertEquals(1, delivery.get("attemptCount"));
                List<Map<String, Object>> attempts = (List<Map<String, Object>>) delivery.get("attempts");
                assertEquals(204, attempts.get(0).get("httpStatus"));
                assertNull(attempts.get(0).get("error"));
                assertTrue(deliveries(withdrawalsOnly.id(), issue).isEmpty());
                assertTrue(deliveries(inactive.id(), issue).isEmpty());
                // a body altered on the way no longer matches
                Received forged = new Received(r.at(), r.id(), r.timestamp(), r.signature(), r.body().replace("published", "withdrawn"), issue, "x");
                assertNotEquals(expectedSignature(all.secret(), forged), r.signature());

                BulletinFixtures.transition(issue, "withdrawn", "Nhầm số liệu ở bài 2");
                List<Received> withdrawals = receiver.await(issue, 3).stream().filter(x -> x.change().equals("withdrawn")).toList();
                assertEquals(2, withdrawals.size(), "both subscribed partners are told of the withdrawal");
                Map<String, String> secretOfDelivery = new HashMap<>();
                for (Created c : List.of(all, withdrawalsOnly)) {
                    awaitWithdrawal(c.id(), issue).forEach(d -> secretOfDelivery.put((String) d.get("id"), c.secret()));
                }
                for (Received w : withdrawals) {
                    assertNotNull(secretOfDelivery.get(w.id()), "a delivery of ours: " + w.id());
                    assertEquals(expectedSignature(secretOfDelivery.get(w.id()), w), w.signature());
                    JsonNode e = JSON.readTree(w.body());
                    assertEquals("Nhầm số liệu ở bài 2", e.path("issue").path("withdrawReason").asText());
                    assertTrue(e.path("issue").path("pdf").isMissingNode() || e.path("issue").path("pdf").isNull(), "a withdrawal carries no content");
                    assertEquals(0, e.path("articles").size());
                }
                assertEquals(2, deliveries(all.id(), issue).size(), "published and withdrawn");
                assertTrue(deliveries(inactive.id(), issue).isEmpty());
            } finally {
                for (Created c : List.of(all, withdrawalsOnly, inactive)) {
                    PartnerFixtures.delete(c.id());
                }
            }
        }
    }

    /** The partner's withdrawal deliveries for the issue, once sent. */
    private static List<Map<String, Object>> awaitWithdrawal(String partnerId, String issueId) {
        return PartnerFixtures.await("a withdrawal delivered to " + partnerId, () -> deliveries(partnerId, issueId).stream()
                .filter(d -> d.get("event").equals("issue_withdrawn") && d.get("status").equals("succeeded")).toList(), w -> !w.isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReceiverFailingTwiceGetsThreeAttemptsWithGrowingDelays() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Created p = partner(receiver, true, "issue_published");
            try {
                String issue = readyIssue(Api.unique("Tập san thử lại"));
                receiver.answer((id, n) -> id.equals(issue) && n <= 2 ? 500 : 204);
                BulletinFixtures.transition(issue, "published", null);
                Map<String, Object> d = awaitDelivery(p.id(), issue, "succeeded");
                List<Map<String, Object>> attempts = (List<Map<String, Object>>) d.get("attempts");
                assertEquals(3, d.get("attemptCount"));
                assertEquals(List.of(500, 500, 204), attempts.stream().map(a -> a.get("httpStatus")).toList());
                assertEquals(List.of(1, 2, 3), attempts.stream().map(a -> a.get("number")).toList());
                List<Instant> at = attempts.stream().map(a -> Instant.parse((String) a.get("attemptedAt"))).toList();
                Duration first = Duration.between(at.get(0), at.get(1));
                Duration second = Duration.between(at.get(1), at.get(2));
                // %test: base 1s, doubling
                assertTrue(first.compareTo(Duration.ofSeconds(1)) >= 0, "first retry after the base delay: " + first);
                assertTrue(second.compareTo(Duration.ofSeconds(2)) >= 0, "second retry after twice the base: " + second);
                assertTrue(second.compareTo(first) > 0, "delays grow: " + first + " then " + second);
                attempts.forEach(a -> assertTrue(((Number) a.get("durationMs")).intValue() >= 0));

                List<Received> got = receiver.forIssue(issue);
                assertEquals(3, got.size());
                assertEquals(1, got.stream().map(Received::id).distinct().count(), "one webhook-id for every retry");
                assertEquals(1, got.stream().map(Received::body).distinct().count(), "the same message every time");
                for (Received r : got) {
                    assertEquals(expectedSignature(p.secret(), r), r.signature());
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                PartnerFixtures.delete(p.id());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterTheLastAttemptTheDeliveryFailsAndCanBeSentAgain() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Created p = partner(receiver, true);
            try {
                String issue = readyIssue(Api.unique("Tập san thất bại"));
                // stall past the 1.5 s timeout, then refuse, until asked again
                receiver.answer((id, n) -> !id.equals(issue) ? 204 : n == 1 ? -2500 : n <= 3 ? 503 : 204);
                BulletinFixtures.transition(issue, "published", null);
                Map<String, Object> failed = awaitDelivery(p.id(), issue, "failed");
                List<Map<String, Object>> attempts = (List<Map<String, Object>>) failed.get("attempts");
                assertEquals(3, attempts.size(), "the %test limit is 3 attempts");
                assertNull(attempts.get(0).get("httpStatus"));
                assertTrue(((String) attempts.get(0).get("error")).contains("timeout"), attempts.get(0).toString());
                assertTrue(((Number) attempts.get(0).get("durationMs")).intValue() >= 1400);
                assertEquals(503, attempts.get(1).get("httpStatus"));
                assertEquals(503, attempts.get(2).get("httpStatus"));
                assertNull(failed.get("nextAttemptAt"));
                assertEquals(503, failed.get("lastHttpStatus"));
                PartnerFixtures.sleep(2500);
                assertEquals("failed", deliveries(p.id(), issue).get(0).get("status"), "no attempt after the last");

                String deliveryId = (String) failed.get("id");
                Api.as("staff").post("/api/v1/webhook-deliveries/" + deliveryId + "/redelivery").then().statusCode(202)
                        .body("status", equalTo("pending")).body("redeliveryRequestedBy", equalTo("staff"));
                Map<String, Object> sent = awaitDelivery(p.id(), issue, "succeeded");
                List<Map<String, Object>> all = (List<Map<String, Object>>) sent.get("attempts");
                assertEquals(4, all.size());
                assertEquals(204, all.get(3).get("httpStatus"));
                assertEquals(4, receiver.forIssue(issue).stream().filter(r -> r.id().equals(deliveryId)).count());
                Api.as("admin").get("/api/v1/webhook-deliveries/" + deliveryId).then().statusCode(200)
                        .body("status", equalTo("succeeded")).body("attempts.size()", equalTo(4));
                List<String> ids = new ArrayList<>(receiver.forIssue(issue).stream().map(Received::id).distinct().toList());
                assertEquals(List.of(deliveryId), ids);
            } finally {
                PartnerFixtures.delete(p.id());
            }
        }
    }
}
