package vn.lhh.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

@QuarkusTest
class ConcurrencyAndIdempotencyTest {

    private static List<Integer> race(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoWritersWithTheSameVersionOneWinsNothingIsLost() {
        String id = Fixtures.association(Api.unique("Hội tranh chấp"));
        String path = "/api/v1/associations/" + id;
        String etag = Fixtures.etag(path);
        Map<String, Object> first = Fixtures.associationBody(Api.unique("Hội bản của Lan"));
        Map<String, Object> second = Fixtures.associationBody(Api.unique("Hội bản của Hùng"));
        Api.as("staff").header("If-Match", etag).body(first).put(path).then().statusCode(200);
        Api.as("admin").header("If-Match", etag).body(second).put(path).then().statusCode(412)
                .body("type", equalTo("urn:problem-type:lhh:precondition-failed"));
        Api.as("staff").get(path).then().body("name", equalTo(first.get("name")));
    }

    @Test
    void simultaneousWritersWithTheSameVersionExactlyOneSucceeds() throws Exception {
        String id = Fixtures.association(Api.unique("Hội đồng thời"));
        String path = "/api/v1/associations/" + id;
        String etag = Fixtures.etag(path);
        Api.as("staff");
        List<Integer> statuses = race(6, () -> Api.as("staff").header("If-Match", etag)
                .body(Fixtures.associationBody(Api.unique("Hội ghi đồng thời"))).put(path).statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 412), statuses.toString());
    }

    @Test
    void simultaneousTermsOfOneAssociationCannotOverlap() throws Exception {
        String id = Fixtures.association(Api.unique("Hội nhiệm kỳ đồng thời"));
        List<Integer> statuses = race(5, () -> Api.as("staff")
                .body(Map.of("number", 1 + (int) (Math.random() * 1000), "startDate", "2020-01-01", "endDate", "2025-01-01"))
                .post("/api/v1/associations/" + id + "/terms").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409 || s == 412), statuses.toString());
        Api.anonymous().get("/api/v1/associations/" + id + "/terms").then().body("size()", equalTo(1));
    }

    @Test
    void retriedCreateWithTheSameKeyCreatesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.associationBody(Api.unique("Hội idempotent"));
        Response first = Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/associations");
        Response retry = Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/associations");
        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        Api.as("staff").queryParam("q", (String) body.get("name")).get("/api/v1/associations").then().body("total", equalTo(1));
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        Api.as("staff").header("Idempotency-Key", key).body(Fixtures.associationBody(Api.unique("Hội một"))).post("/api/v1/associations")
                .then().statusCode(201);
        String other = Api.unique("Hội hai");
        Api.as("staff").header("Idempotency-Key", key).body(Fixtures.associationBody(other)).post("/api/v1/associations")
                .then().statusCode(422).body("type", equalTo("urn:problem-type:lhh:idempotency-key-reused"));
        Api.as("staff").queryParam("q", other).get("/api/v1/associations").then().body("total", equalTo(0));
        // keys are per caller: the same key from someone else is a new request
        Api.as("admin").header("Idempotency-Key", key).body(Fixtures.associationBody(other)).post("/api/v1/associations")
                .then().statusCode(201);
    }

    @Test
    void simultaneousRetriesCreateOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.associationBody(Api.unique("Hội gửi lặp"));
        List<Integer> statuses = race(5, () -> Api.as("staff").header("Idempotency-Key", key).body(body)
                .post("/api/v1/associations").statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 201), statuses.toString());
        Api.as("staff").queryParam("q", (String) body.get("name")).get("/api/v1/associations").then().body("total", equalTo(1));
    }

    @Test
    void failedCreateIsNotRemembered() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.associationBody(Api.unique("Hội thử lại"));
        body.put("memberCount", -1);
        Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/associations").then().statusCode(400);
        body.put("memberCount", 10);
        Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/associations").then().statusCode(201);
        Api.as("staff").header("Idempotency-Key", "khóa có dấu").body(body).post("/api/v1/associations").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
