package vn.lhh.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.partner.PartnerFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;

/** Registering, reading, editing and removing partners; secrets shown once; bad input as problems. */
@QuarkusTest
class PartnerRegistryTest {

    private static Map<String, Object> full(String name) {
        Map<String, Object> b = PartnerFixtures.body(name);
        b.put("webhook", PartnerFixtures.webhook("https://lhh.hatinh.example.vn/hooks/lhh", "issue_published", "issue_withdrawn"));
        b.put("pull", PartnerFixtures.pull("https://api.lhh.hatinh.example.vn/", "pull-secret-" + UUID.randomUUID(), false));
        return b;
    }

    @Test
    void createShowsTheWebhookSecretOnceAndNeverAnySecretAfterwards() {
        Map<String, Object> body = full(Api.unique("Liên hiệp hội Hà Tĩnh"));
        String pullSecret = (String) ((Map<?, ?>) body.get("pull")).get("clientSecret");
        Response created = Api.as("admin").body(body).post("/api/v1/partners");
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("webhookSecret", startsWith("whsec_"))
                .body("webhook.url", equalTo("https://lhh.hatinh.example.vn/hooks/lhh"))
                .body("webhook.events", equalTo(List.of("issue_published", "issue_withdrawn")))
                .body("pull.baseUrl", equalTo("https://api.lhh.hatinh.example.vn"))
                .body("pull.clientSecret", nullValue())
                .body("contact.person", equalTo("Nguyễn Thị Hà"))
                .body("active", equalTo(true));
        String id = created.path("id");
        String secret = created.path("webhookSecret");
        assertFalse(created.asString().contains(pullSecret), "the pull client secret is write-only");

        String read = Api.as("staff").get(path(id)).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("webhookSecret", nullValue()).body("pull.clientId", equalTo("partner-demo")).extract().asString();
        assertFalse(read.contains(secret));
        assertFalse(read.contains(pullSecret));
        String listed = Api.as("staff").queryParam("q", "lien hiep hoi ha tinh").queryParam("size", 100).get("/api/v1/partners")
                .then().statusCode(200).body("items.id", hasItem(id)).extract().asString();
        assertFalse(listed.contains(secret));
        // If-None-Match
        Api.as("staff").header("If-None-Match", "\"0\"").get(path(id)).then().statusCode(304);

        String rotated = Api.as("admin").post(path(id) + "/webhook-secret").then().statusCode(200)
                .body("secretRotatedAt", notNullValue()).extract().path("webhookSecret");
        assertTrue(rotated.startsWith("whsec_"));
        assertNotEquals(secret, rotated);
        assertFalse(Api.as("admin").get(path(id)).then().statusCode(200).extract().asString().contains(rotated));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOnce() {
        Map<String, Object> body = PartnerFixtures.body(Api.unique("Liên hiệp hội Quảng Bình"));
        String key = UUID.randomUUID().toString();
        Response first = Api.as("admin").header("Idempotency-Key", key).body(body).post("/api/v1/partners");
        first.then().statusCode(201);
        Response again = Api.as("admin").header("Idempotency-Key", key).body(body).post("/api/v1/partners");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals((String) first.path("id"), again.path("id"));
        assertEquals(1, Api.as("staff").queryParam("q", body.get("name")).get("/api/v1/partners").then().statusCode(200)
                .extract().<Integer>path("total"));
    }

    @Test
    void editsNeedTheCurrentVersionAndKeepTheStoredPullSecret() {
        String id = PartnerFixtures.create(full(Api.unique("Liên hiệp hội Thanh Hóa")));
        Map<String, Object> changed = full("Liên hiệp các hội KH&KT tỉnh Thanh Hóa");
        Api.as("admin").body(changed).put(path(id)).then().statusCode(428).contentType("application/problem+json");
        Api.as("admin").header("If-Match", "\"7\"").body(changed).put(path(id)).then().statusCode(412);

        // leave the client secret out: the stored one stays
        @SuppressWarnings("unchecked")
        Map<String, Object> pull = new HashMap<>((Map<String, Object>) changed.get("pull"));
        pull.remove("clientSecret");
        changed.put("pull", pull);
        changed.put("active", false);
        Api.as("admin").header("If-Match", "\"0\"").body(changed).put(path(id)).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo("Liên hiệp các hội KH&KT tỉnh Thanh Hóa"))
                .body("active", equalTo(false)).body("pull.clientId", equalTo("partner-demo"));

        // a partner without pull settings must be given a secret with them
        String bare = PartnerFixtures.create(PartnerFixtures.body(Api.unique("Liên hiệp hội Nghệ An")));
        Map<String, Object> noSecret = PartnerFixtures.body("Liên hiệp hội Nghệ An");
        noSecret.put("pull", pull);
        Api.as("admin").header("If-Match", "\"0\"").body(noSecret).put(path(bare)).then().statusCode(400)
                .body("errors.field", hasItem("pull.clientSecret"));

        Api.as("admin").header("If-Match", "\"0\"").delete(path(id)).then().statusCode(412);
        Api.as("admin").delete(path(id)).then().statusCode(428);
        Api.as("admin").header("If-Match", "\"1\"").delete(path(id)).then().statusCode(204);
        Api.as("admin").get(path(id)).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        for (String url : List.of("ftp://lhh.example.vn/hook", "not a url", "http://user:pw@lhh.example.vn/hook", "/hook")) {
            Map<String, Object> b = PartnerFixtures.body(Api.unique("Sai địa chỉ"));
            b.put("webhook", PartnerFixtures.webhook(url));
            Api.as("admin").body(b).post("/api/v1/partners").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("webhook.url"));
        }
        Map<String, Object> badPull = PartnerFixtures.body(Api.unique("Sai địa chỉ kéo"));
        badPull.put("pull", PartnerFixtures.pull("gopher://x", "s", true));
        Api.as("admin").body(badPull).post("/api/v1/partners").then().statusCode(400).body("errors.field", hasItem("pull.baseUrl"));

        Map<String, Object> unknownEvent = PartnerFixtures.body(Api.unique("Sự kiện lạ"));
        unknownEvent.put("webhook", Map.of("url", "https://lhh.example.vn/hook", "events", List.of("issue_deleted")));
        Api.as("admin").body(unknownEvent).post("/api/v1/partners").then().statusCode(400)
                .body("errors[0].field", startsWith("webhook.events")).body("errors[0].message", org.hamcrest.Matchers.containsString("issue_published"));
        Map<String, Object> noEvents = PartnerFixtures.body(Api.unique("Không sự kiện"));
        noEvents.put("webhook", Map.of("url", "https://lhh.example.vn/hook", "events", List.of()));
        Api.as("admin").body(noEvents).post("/api/v1/partners").then().statusCode(400).body("errors.field", hasItem("webhook.events"));

        Api.as("admin").body("{\"name\": \"Hỏng\", ").post("/api/v1/partners").then().statusCode(400)
                .body("type", equalTo("urn:problem-type:lhh:malformed-request"));
        Api.as("admin").body(Map.of("province", "Hà Tĩnh")).post("/api/v1/partners").then().statusCode(400).body("errors.field", hasItem("name"));
        Map<String, Object> unknownField = PartnerFixtures.body(Api.unique("Trường lạ"));
        unknownField.put("webhookSecret", "whsec_mine");
        Api.as("admin").body(unknownField).post("/api/v1/partners").then().statusCode(400).body("errors.field", hasItem("webhookSecret"));
        Map<String, Object> badClient = PartnerFixtures.body(Api.unique("Client sai"));
        badClient.put("clientId", "có dấu cách");
        Api.as("admin").body(badClient).post("/api/v1/partners").then().statusCode(400).body("errors.field", hasItem("clientId"));
        Api.as("admin").contentType("text/plain").body("x").post("/api/v1/partners").then().statusCode(415);

        Api.as("staff").get("/api/v1/partners/not-a-uuid").then().statusCode(400).body("errors.field", hasItem("id"));
        Api.as("staff").get(path(UUID.randomUUID().toString())).then().statusCode(404);
        Api.as("staff").queryParam("active", "maybe").get("/api/v1/partners").then().statusCode(400).body("errors.field", hasItem("active"));
        Api.as("staff").queryParam("sort", "secret").get("/api/v1/partners").then().statusCode(400).body("errors.field", hasItem("sort"));
        Api.as("staff").queryParam("size", 1000).get("/api/v1/partners").then().statusCode(400);
    }

    @Test
    void aClientIdBelongsToOnePartnerAndMapsItsTokenToIt() {
        String demo = PartnerFixtures.demoPartner();
        Map<String, Object> clash = PartnerFixtures.body(Api.unique("Trùng client"));
        clash.put("clientId", PartnerFixtures.DEMO_CLIENT);
        Api.as("admin").body(clash).post("/api/v1/partners").then().statusCode(409).contentType("application/problem+json");

        Api.as("partner").get("/api/v1/partners/me").then().statusCode(200)
                .body("id", equalTo(demo)).body("clientId", equalTo(PartnerFixtures.DEMO_CLIENT))
                .body("pull", nullValue()).body("$", not(org.hamcrest.Matchers.hasKey("webhookSecret")));
        Api.as("admin").queryParam("clientId", PartnerFixtures.DEMO_CLIENT).get("/api/v1/partners").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(demo));
        // and the problem texts come in both languages
        Api.as("admin").header("Accept-Language", "en").body(clash).post("/api/v1/partners").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("already linked"));
        Api.as("admin").body(clash).post("/api/v1/partners").then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("đã được gắn"));
    }
}
