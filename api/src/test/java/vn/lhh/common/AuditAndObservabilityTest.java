package vn.lhh.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

@QuarkusTest
class AuditAndObservabilityTest {

    @Test
    void everyWriteIsAuditedWithBeforeAndAfter() {
        Instant start = Instant.now().minusSeconds(1);
        String name = Api.unique("Hội kiểm toán");
        String id = Fixtures.association(name);
        String path = "/api/v1/associations/" + id;
        Map<String, Object> changed = Fixtures.associationBody(name + " mới");
        Api.as("staff").header("If-Match", Fixtures.etag(path)).header("X-Request-Id", "audit-test-" + id.substring(0, 8))
                .body(changed).put(path).then().statusCode(200);
        Api.as("staff").header("If-Match", Fixtures.etag(path)).delete(path).then().statusCode(204);

        Api.as("admin").queryParam("entityType", "association").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", equalTo(List.of("delete", "update", "create")))
                .body("items.actor", everyItem(equalTo("staff")))
                .body("items[2].before", nullValue())
                .body("items[2].after.name", equalTo(name))
                .body("items[1].before.name", equalTo(name))
                .body("items[1].after.name", equalTo(name + " mới"))
                .body("items[1].requestId", equalTo("audit-test-" + id.substring(0, 8)))
                .body("items[0].after", nullValue());
        Api.as("admin").queryParam("entityId", id).queryParam("action", "update").queryParam("from", start.toString())
                .get("/api/v1/audit-events").then().statusCode(200).body("items", hasSize(1));
        Api.as("admin").queryParam("entityId", id).queryParam("to", start.toString())
                .get("/api/v1/audit-events").then().statusCode(200).body("total", equalTo(0));
        Api.as("admin").queryParam("from", "yesterday").get("/api/v1/audit-events").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.as("admin").queryParam("action", "drop").get("/api/v1/audit-events").then().statusCode(400);
    }

    @Test
    void requestIdIsEchoedOrMadeAndQuotedInProblems() {
        Api.anonymous().header("X-Request-Id", "abc-123").get("/api/v1/associations").then()
                .statusCode(200).header("X-Request-Id", equalTo("abc-123"));
        Api.anonymous().get("/api/v1/associations").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        Api.anonymous().header("X-Request-Id", "<script>").get("/api/v1/associations").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        Api.anonymous().header("X-Request-Id", "req-404").get("/api/v1/associations/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404).body("requestId", equalTo("req-404")).header("X-Request-Id", equalTo("req-404"));
    }

    @Test
    void healthAndMetrics() {
        Api.anonymous().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Api.anonymous().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        // /q/* requests are not counted: make sure one API request was, even when this test runs first in its JVM
        Api.anonymous().get("/api/v1/associations").then().statusCode(200);
        Api.anonymous().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void corsAllowsOnlyTheSpa() {
        Api.anonymous().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "if-match,content-type,authorization")
                .options("/api/v1/associations").then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        Api.anonymous().header("Origin", "http://evil.example").get("/api/v1/associations").then()
                .header("Access-Control-Allow-Origin", nullValue());
        Api.anonymous().header("Origin", "http://localhost:5173").get("/api/v1/associations").then()
                .statusCode(200).header("Access-Control-Allow-Origin", notNullValue());
    }
}
