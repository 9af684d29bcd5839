package vn.lhh.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.SecondInstance;

/**
 * The API is stateless: what one instance knows, every instance knows, because it lives in
 * PostgreSQL. A: this test run's own app; B: the packaged app in the prod profile on A's database.
 * C and D: two more packaged instances sharing a fresh database with low rate limits and a
 * one-second publishing job.
 */
@QuarkusTest
class TwoInstancesTest {
    private static final int PARTNER_LIMIT = 8;
    private static final int ANONYMOUS_LIMIT = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SecondInstance b;
    private static SecondInstance c;
    private static SecondInstance d;
    private static String cdDatabase;

    /** B on the same database as A, started once for the tests that need it. */
    private static synchronized SecondInstance b() {
        if (b == null) {
            b = SecondInstance.startOn("shared-b", SecondInstance.testDatabase(), Map.of());
        }
        return b;
    }

    /** C and D on one fresh database, with the same low limits and the publishing job every second. */
    private static synchronized void startCAndD() {
        if (c != null) {
            return;
        }
        cdDatabase = SecondInstance.createDatabase("pair");
        Map<String, String> config = Map.of(
                "lhh.rate-limit.partner.per-minute", Integer.toString(PARTNER_LIMIT),
                "lhh.rate-limit.anonymous.per-minute", Integer.toString(ANONYMOUS_LIMIT),
                "lhh.bulletin.publish-every", "1s",
                // a webhook subscriber on localhost (its deliveries fail; only the outbox rows matter here)
                "lhh.webhooks.allow-private-targets", "true",
                "lhh.webhooks.dispatch-every", "1h",
                "lhh.partner.pull.every", "1h");
        // started together: the same Flyway lock the deployment's replicas meet, and one start-up's wait instead of two
        var startingD = java.util.concurrent.CompletableFuture.supplyAsync(() -> SecondInstance.startOn("pair-d", cdDatabase, config));
        try {
            c = SecondInstance.startOn("pair-c", cdDatabase, config);
        } catch (RuntimeException e) {
            startingD.thenAccept(SecondInstance::close);
            throw e;
        }
        d = startingD.join();
    }

    @AfterAll
    static void stop() {
        for (SecondInstance i : new SecondInstance[] {b, c, d}) {
            if (i != null) {
                i.close();
            }
        }
        if (cdDatabase != null) {
            SecondInstance.dropDatabase(cdDatabase);
        }
    }

    private static <T> T logOnFailure(java.util.function.Supplier<T> test, SecondInstance... instances) {
        try {
            return test.get();
        } catch (AssertionError | RuntimeException e) {
            for (SecondInstance i : instances) {
                if (i != null) {
                    System.err.println(i.log());
                }
            }
            throw e;
        }
    }

    // --- (a) idempotency: the first result is in PostgreSQL, so a retry on another instance replays it

    @Test
    void aCreateRetriedOnAnotherInstanceCreatesNothingNewAndAnswersTheSame() {
        logOnFailure(() -> {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = Fixtures.associationBody(Api.unique("Hội hai máy chủ"));
            Response first = Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/associations");
            Response retry = b().as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/associations");
            assertEquals(201, first.statusCode(), first.asString());
            assertEquals(201, retry.statusCode(), retry.asString());
            assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
            assertEquals(first.header("ETag"), retry.header("ETag"));
            assertEquals("true", retry.header("Idempotent-Replayed"));
            assertEquals(first.jsonPath().getMap(""), retry.jsonPath().getMap(""));
            // one record, seen from both instances
            Api.as("staff").queryParam("q", (String) body.get("name")).get("/api/v1/associations").then().body("total", equalTo(1));
            b().as("staff").queryParam("q", (String) body.get("name")).get("/api/v1/associations").then().body("total", equalTo(1));
            // and the key stays bound to its request on B too
            Map<String, Object> other = Fixtures.associationBody(Api.unique("Hội khác"));
            b().as("staff").header("Idempotency-Key", key).body(other).post("/api/v1/associations").then().statusCode(422)
                    .body("type", equalTo("urn:problem-type:lhh:idempotency-key-reused"));
            return null;
        }, b);
    }

    // --- (b) optimistic concurrency: versions are in the rows, so an ETag from A is good on B, once

    @Test
    void anETagFromOneInstanceIsHonouredByTheOtherAndAStaleOneIsRefused() {
        logOnFailure(() -> {
            String id = Fixtures.association(Api.unique("Hội phiên bản"));
            String path = "/api/v1/associations/" + id;
            String etag = Fixtures.etag(path);
            b().as("staff").get(path).then().statusCode(200).header("ETag", equalTo(etag));
            b().as("staff").header("If-None-Match", etag).get(path).then().statusCode(304);
            Map<String, Object> change = Fixtures.associationBody(Api.unique("Hội đổi trên B"));
            String newEtag = b().as("staff").header("If-Match", etag).body(change).put(path).then().statusCode(200)
                    .extract().header("ETag");
            // the version A handed out is now stale everywhere
            b().as("admin").header("If-Match", etag).body(Fixtures.associationBody(Api.unique("Hội muộn"))).put(path).then()
                    .statusCode(412).contentType("application/problem+json").body("type", equalTo("urn:problem-type:lhh:precondition-failed"));
            Api.as("admin").header("If-Match", etag).body(Fixtures.associationBody(Api.unique("Hội muộn"))).put(path).then().statusCode(412);
            Api.as("staff").get(path).then().statusCode(200).header("ETag", equalTo(newEtag)).body("name", equalTo(change.get("name")));
            return null;
        }, b);
    }

    // --- (c) cached counts: each instance keeps the directory's facet counts, valid while the database says so

    @Test
    void theDirectoryCountsKeptByOneInstanceFollowAWriteMadeOnTheOther() {
        logOnFailure(() -> {
            String field = vn.lhh.expert.ExpertFixtures.field("Khoa học hai máy chủ");
            vn.lhh.expert.ExpertFixtures.create("Đặng Văn Một", field);
            // both instances count the browse once and keep the counts
            for (int i = 0; i < 2; i++) {
                Api.as("staff").queryParam("field", field).get("/api/v1/experts").then().statusCode(200).body("total", equalTo(1));
                b().as("staff").queryParam("field", field).get("/api/v1/experts").then().statusCode(200).body("total", equalTo(1));
            }
            Map<String, Object> body = vn.lhh.expert.ExpertFixtures.body("Đặng Thị Hai", field);
            body.put("titleCode", "PGS");
            b().as("staff").body(body).post("/api/v1/experts").then().statusCode(201);
            JsonNode onA = JSON.valueToTree(Api.as("staff").queryParam("field", field).get("/api/v1/experts").then().statusCode(200)
                    .extract().jsonPath().getMap(""));
            assertEquals(2, onA.get("total").asInt(), onA.toString());
            assertEquals(2, onA.get("items").size());
            boolean countsPgs = false;
            for (JsonNode v : onA.get("facets").get("qualifications")) {
                countsPgs |= v.get("value").asText().equals("PGS") && v.get("count").asInt() == 1;
            }
            assertTrue(countsPgs, onA.toString());
            return null;
        }, b);
    }

    // --- JSON logs in production (B runs in the prod profile)

    @Test
    void aProductionInstanceWritesJsonLogLines() {
        logOnFailure(() -> {
            String requestId = "json-log-" + UUID.randomUUID();
            b().as("staff").header("X-Request-Id", requestId).get("/api/v1/associations").then().statusCode(200)
                    .header("X-Request-Id", requestId);
            Pattern plain = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} .*");
            List<JsonNode> records = new ArrayList<>();
            for (String line : b().logLines()) {
                assertFalse(plain.matcher(line).matches(), "a plain log line in production: " + line);
                if (line.startsWith("{")) {
                    try {
                        records.add(JSON.readTree(line));
                    } catch (java.io.IOException e) {
                        throw new AssertionError("not JSON: " + line, e);
                    }
                }
            }
            JsonNode started = records.stream().filter(r -> r.path("message").asText().contains("started in")).findFirst()
                    .orElseThrow(() -> new AssertionError("no JSON start-up line"));
            assertEquals("INFO", started.path("level").asText());
            assertNotNull(started.get("timestamp"));
            assertNotNull(started.get("loggerName"));
            return null;
        }, b);
    }

    // --- (c) rate limits: the counters are in PostgreSQL, so the limit holds for the sum over instances

    @Test
    void aPartnersLimitIsSharedByAllInstances() {
        startCAndD();
        logOnFailure(() -> {
            firstInFreshWindow(() -> c.as("partner").get("/api/v1/bulletins"), PARTNER_LIMIT);
            // the call above counted once; the rest alternate between the instances
            List<Integer> remaining = new ArrayList<>();
            for (int i = 1; i < PARTNER_LIMIT; i++) {
                Response r = (i % 2 == 0 ? c : d).as("partner").get("/api/v1/bulletins");
                assertEquals(200, r.statusCode(), r.asString());
                assertEquals(Integer.toString(PARTNER_LIMIT), r.header("RateLimit-Limit"));
                remaining.add(Integer.parseInt(r.header("RateLimit-Remaining")));
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = PARTNER_LIMIT - 2; i >= 0; i--) {
                expected.add(i);
            }
            assertEquals(expected, remaining);
            // each instance saw only half of them: its own count would still allow more
            Response limited = d.as("partner").header("Accept-Language", "en").get("/api/v1/bulletins");
            assertEquals(429, limited.statusCode(), limited.asString());
            assertEquals("application/problem+json", limited.contentType());
            assertEquals("urn:problem-type:lhh:too-many-requests", limited.jsonPath().getString("type"));
            assertEquals(429, limited.jsonPath().getInt("status"));
            assertEquals("Too many requests", limited.jsonPath().getString("title"));
            assertTrue(limited.jsonPath().getString("detail").startsWith("Too many requests: at most " + PARTNER_LIMIT + " a minute"),
                    limited.jsonPath().getString("detail"));
            int retryAfter = Integer.parseInt(limited.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            assertEquals("0", limited.header("RateLimit-Remaining"));
            assertEquals(limited.header("Retry-After"), limited.header("RateLimit-Reset"));
            // Vietnamese by default, on the other instance too
            c.as("partner").get("/api/v1/bulletins").then().statusCode(429)
                    .body("title", equalTo("Quá nhiều yêu cầu"))
                    .body("detail", startsWith("Quá nhiều yêu cầu: tối đa " + PARTNER_LIMIT + " yêu cầu mỗi phút"))
                    .body("requestId", org.hamcrest.Matchers.notNullValue());
            // signed-in people and health checks are not limited
            for (int i = 0; i < PARTNER_LIMIT + 2; i++) {
                (i % 2 == 0 ? c : d).as("staff").get("/api/v1/bulletins").then().statusCode(200)
                        .header("RateLimit-Limit", org.hamcrest.Matchers.nullValue());
            }
            io.restassured.RestAssured.given().baseUri("http://localhost").port(c.managementPort).get("/q/health/ready").then().statusCode(200);
            return null;
        }, c, d);
    }

    @Test
    void anonymousCallersAreLimitedPerAddressOverAllInstances() {
        startCAndD();
        logOnFailure(() -> {
            firstInFreshWindow(() -> c.as("anonymous").get("/api/v1/associations"), ANONYMOUS_LIMIT);
            for (int i = 1; i < ANONYMOUS_LIMIT; i++) {
                (i % 2 == 0 ? c : d).as("anonymous").get("/api/v1/associations").then().statusCode(200)
                        .header("RateLimit-Remaining", equalTo(Integer.toString(ANONYMOUS_LIMIT - 1 - i)));
            }
            d.as("anonymous").get("/api/v1/associations").then().statusCode(429)
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                    .body("type", equalTo("urn:problem-type:lhh:too-many-requests"));
            // health checks are outside the API's limits
            for (int i = 0; i < 3; i++) {
                io.restassured.RestAssured.given().baseUri("http://localhost").port(d.managementPort).get("/q/health/live").then().statusCode(200);
            }
            return null;
        }, c, d);
    }

    /**
     * The windows are whole minutes of the database clock: the first request of a test must open the
     * window it then fills. When too little of the window is left, waits for the next one and asks again.
     */
    private static void firstInFreshWindow(java.util.function.Supplier<Response> call, int limit) {
        Response r = call.get();
        assertEquals(200, r.statusCode(), r.asString());
        if (Integer.parseInt(r.header("RateLimit-Reset")) < 20) {
            sleep((Integer.parseInt(r.header("RateLimit-Reset")) + 1) * 1000L);
            r = call.get();
            assertEquals(200, r.statusCode(), r.asString());
        }
        assertEquals(Integer.toString(limit - 1), r.header("RateLimit-Remaining"), "not the first request of its window");
    }

    // --- (d) scheduled jobs run on every instance, and each scheduled issue is published once

    @Test
    void scheduledIssuesArePublishedExactlyOnceWhileBothInstancesRunTheJob() throws SQLException {
        startCAndD();
        logOnFailure(() -> {
            // a subscriber, so that each publication also leaves a webhook outbox row
            Map<String, Object> partner = new HashMap<>();
            partner.put("name", "Liên hiệp hội tỉnh bạn (nhận webhook)");
            partner.put("province", "Hà Tĩnh");
            partner.put("contact", Map.of("person", "Nguyễn Thị Hà", "email", "lienhiephoi@hatinh.example.vn", "phone", "0239 3855 123"));
            partner.put("webhook", Map.of("url", "http://localhost:9/hook", "events", List.of("issue_published")));
            c.as("admin").body(partner).post("/api/v1/partners").then().statusCode(201);

            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ids.add(issueInReview(i % 2 == 0 ? c : d, Api.unique("Tập san hẹn giờ hai máy chủ")));
            }
            // all due at the same moment, so that both instances' jobs find them together
            Instant at = Instant.now().plusSeconds(5);
            for (int i = 0; i < ids.size(); i++) {
                String path = "/api/v1/bulletins/" + ids.get(i);
                SecondInstance on = i % 2 == 0 ? d : c;
                on.as("staff").header("If-Match", etag(on, path)).body(Map.of("to", "scheduled", "scheduledAt", at.toString()))
                        .post(path + "/transitions").then().statusCode(200).body("status", equalTo("scheduled"));
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            for (String id : ids) {
                String status = "scheduled";
                while (!status.equals("published") && Instant.now().isBefore(deadline)) {
                    sleep(300);
                    status = c.as("staff").get("/api/v1/bulletins/" + id).then().extract().path("status");
                }
                assertEquals("published", status, id);
            }
            // both jobs kept running a few more rounds: still once
            sleep(3000);
            try (Connection db = SecondInstance.connect(cdDatabase)) {
                for (String id : ids) {
                    assertEquals(1, count(db, "SELECT count(*) FROM audit_event WHERE entity_type = 'bulletin-issue' AND entity_id = ?"
                            + " AND actor = 'system:scheduler'", id), "audit entries of the publication of " + id);
                    assertEquals(1, count(db, "SELECT count(*) FROM webhook_delivery WHERE issue_id = ?::uuid AND event = 'issue_published'", id),
                            "webhook outbox rows of " + id);
                }
                // each publication moved the issue along the feed once: distinct feed positions, one per issue
                assertEquals(ids.size(), count(db, "SELECT count(DISTINCT feed_seq) FROM bulletin_issue WHERE id = ANY (?::uuid[])",
                        "{" + String.join(",", ids) + "}"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        }, c, d);
    }

    private static String issueInReview(SecondInstance on, String title) {
        RequestSpecification staff = on.as("staff");
        String id = staff.body(BulletinFixtures.issueBody(title)).post("/api/v1/bulletins").then().statusCode(201).extract().path("id");
        String path = "/api/v1/bulletins/" + id;
        io.restassured.RestAssured.given().baseUri("http://localhost").port(on.port)
                .header("Authorization", vn.lhh.testsupport.Tokens.bearer("staff"))
                .header("If-Match", etag(on, path)).contentType("application/pdf").body(BulletinFixtures.pdf(title))
                .queryParam("fileName", "tap-san.pdf").put(path + "/pdf").then().statusCode(200);
        on.as("staff").header("If-Match", etag(on, path)).body(Map.of("to", "in_review")).post(path + "/transitions")
                .then().statusCode(200);
        return id;
    }

    private static String etag(SecondInstance on, String path) {
        return on.as("staff").get(path).then().statusCode(200).extract().header("ETag");
    }

    private static int count(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
