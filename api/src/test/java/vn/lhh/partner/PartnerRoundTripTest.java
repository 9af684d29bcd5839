package vn.lhh.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.SecondInstance;

/**
 * Two instances of the API against each other: this test's app is union A; union B is the packaged
 * app started as a separate process (its own database, the same Keycloak). B registers A as a
 * partner with pull settings (A's URL, the realm's partner-demo client), A publishes an issue, B
 * pulls it and lists it as from A with a PDF link that works; A withdraws it, B pulls and shows it
 * withdrawn. Then the push: A sends B signed webhooks, and B pulls as soon as it is told.
 */
@QuarkusTest
class PartnerRoundTripTest {
    private static SecondInstance b;

    @AfterAll
    static void stopB() {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void unionBPullsUnionAsBulletinsAndSeesTheWithdrawal() {
        b = SecondInstance.start("b", Map.of(
                // A is on localhost
                "lhh.webhooks.allow-private-targets", "true",
                // only the pulls this test asks for
                "lhh.partner.pull.every", "1h"));
        try {
            roundTrip();
        } catch (AssertionError | RuntimeException e) {
            System.err.println(b.log());
            throw e;
        }
    }

    private void roundTrip() {
        String a = "http://localhost:" + RestAssured.port;
        Map<String, Object> partnerA = PartnerFixtures.body("Liên hiệp các hội KH&KT tỉnh A");
        partnerA.put("province", "Nghệ An");
        partnerA.put("pull", PartnerFixtures.pull(a, PartnerFixtures.DEMO_SECRET, false));
        String aAtB = PartnerFixtures.create(b.as("admin"), partnerA);

        String word = "Vungtrom" + Long.toString(System.nanoTime(), 36);
        String title = "Tập san liên tỉnh " + word;
        String issue = BulletinFixtures.published(title, List.of(BulletinFixtures.article("Mô hình nuôi tôm " + word, "thủy sản")));

        b.as("staff").post("/api/v1/partners/" + aAtB + "/pull").then().statusCode(200)
                .body("lastStatus", equalTo("ok")).body("lastCount", greaterThanOrEqualTo(1)).body("lastError", nullValue());
        String pdfUrl = b.as("anonymous").queryParam("partnerId", aAtB).queryParam("q", word).get("/api/v1/partner-bulletins")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].remoteId", equalTo(issue))
                .body("items[0].title", equalTo(title))
                .body("items[0].status", equalTo("published"))
                .body("items[0].partner.name", equalTo("Liên hiệp các hội KH&KT tỉnh A"))
                .body("items[0].partner.province", equalTo("Nghệ An"))
                .body("items[0].pdfUrl", startsWith(a + "/api/v1/bulletins/" + issue))
                .body("items[0].articles[0].title", equalTo("Mô hình nuôi tôm " + word))
                .extract().path("items[0].pdfUrl");
        byte[] pdf = given().get(pdfUrl).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(BulletinFixtures.pdf(title), pdf, "B's link serves A's PDF");

        BulletinFixtures.transition(issue, "withdrawn", "Tác giả rút bài");
        b.as("admin").post("/api/v1/partners/" + aAtB + "/pull").then().statusCode(200).body("lastStatus", equalTo("ok"));
        b.as("anonymous").queryParam("partnerId", aAtB).queryParam("q", word).get("/api/v1/partner-bulletins").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("withdrawn"))
                .body("items[0].withdrawReason", equalTo("Tác giả rút bài"))
                .body("items[0].pdfUrl", nullValue());
        given().get(pdfUrl).then().statusCode(404);
        b.as("staff").get("/api/v1/partners/" + aAtB + "/pull").then().statusCode(200).body("lastStatus", equalTo("ok"));

        pushedToo(a, aAtB, partnerA);
    }

    /**
     * Push: A registers B's notification endpoint as its webhook; B stores the secret A issued;
     * then A's next publication makes B pull without being asked.
     */
    @SuppressWarnings("unchecked")
    private void pushedToo(String a, String aAtB, Map<String, Object> partnerA) {
        String atB = "/api/v1/partners/" + aAtB;
        String notificationPath = b.as("admin").get(atB).then().statusCode(200).body("pull.notificationsEnabled", equalTo(false))
                .extract().path("pull.notificationPath");
        Map<String, Object> partnerB = PartnerFixtures.body("Liên hiệp các hội KH&KT tỉnh B");
        partnerB.put("webhook", PartnerFixtures.webhook(b.baseUrl + notificationPath, "issue_published", "issue_withdrawn"));
        Response registered = Api.as("admin").body(partnerB).post("/api/v1/partners");
        registered.then().statusCode(201);
        String bAtA = registered.path("id");
        try {
            ((Map<String, Object>) partnerA.get("pull")).put("notificationSecret", registered.path("webhookSecret"));
            String etag = b.as("admin").get(atB).then().statusCode(200).extract().header("ETag");
            b.as("admin").header("If-Match", etag).body(partnerA).put(atB).then().statusCode(200).body("pull.notificationsEnabled", equalTo(true));
            b.as("anonymous").header("webhook-id", "msg_forged").header("webhook-timestamp", String.valueOf(Instant.now().getEpochSecond()))
                    .header("webhook-signature", "v1,Zm9yZ2Vk").body("{}").post(notificationPath).then().statusCode(401);

            String word = "Daynoi" + Long.toString(System.nanoTime(), 36);
            String issue = BulletinFixtures.published("Tập san báo tin " + word);
            PartnerFixtures.await("B pulling after A's webhook", () -> b.as("anonymous").queryParam("partnerId", aAtB).queryParam("q", word)
                    .get("/api/v1/partner-bulletins").then().statusCode(200).extract().<Integer>path("total"), total -> total == 1);
            Map<String, Object> delivery = WebhookDeliveryTest.awaitDelivery(bAtA, issue, "succeeded");
            assertEquals(202, ((List<Map<String, Object>>) delivery.get("attempts")).get(0).get("httpStatus"));
        } finally {
            PartnerFixtures.delete(bAtA);
        }
    }
}
