package vn.lhh.partner;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Partner records for the tests, through the API with real tokens. */
final class PartnerFixtures {
    /** The Keycloak client of the test realm with the partner role (deploy/keycloak/realm-lhh.json). */
    static final String DEMO_CLIENT = "partner-demo";
    static final String DEMO_SECRET = "partner-demo-secret";

    /** How long the tests wait for the scheduler (dispatch every second, retries, pulls) to get something done. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private PartnerFixtures() {
    }

    /** Reads until the result is as wanted, or fails after {@link #WAIT} showing the last result. */
    static <T> T await(String what, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T last;
        do {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(what + ": not within " + WAIT + "; last seen: " + last);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String path(String id) {
        return "/api/v1/partners/" + id;
    }

    static Map<String, Object> body(String name) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("province", "Hà Tĩnh");
        b.put("contact", Map.of("person", "Nguyễn Thị Hà", "email", "lienhiephoi@hatinh.example.vn", "phone", "0239 3855 123"));
        return b;
    }

    static Map<String, Object> webhook(String url, String... events) {
        return Map.of("url", url, "events", events.length == 0 ? List.of("issue_published", "issue_updated", "issue_withdrawn") : List.of(events));
    }

    static String tokenUrl() {
        return System.getProperty("lhh.test.keycloak-url") + "/realms/lhh/protocol/openid-connect/token";
    }

    /** Pull settings for a partner running this software at baseUrl, with the test realm's partner client. */
    static Map<String, Object> pull(String baseUrl, String secret, boolean scheduled) {
        Map<String, Object> p = new HashMap<>();
        p.put("baseUrl", baseUrl);
        p.put("tokenUrl", tokenUrl());
        p.put("clientId", DEMO_CLIENT);
        p.put("clientSecret", secret);
        p.put("scheduled", scheduled);
        return p;
    }

    /** Creates it as admin; returns the created partner's id. */
    static String create(Map<String, Object> body) {
        return create(Api.as("admin"), body);
    }

    static String create(RequestSpecification as, Map<String, Object> body) {
        return as.body(body).post("/api/v1/partners").then().statusCode(201).extract().path("id");
    }

    static void replace(String id, Map<String, Object> body) {
        Api.as("admin").header("If-Match", Fixtures.etag(path(id))).body(body).put(path(id)).then().statusCode(200);
    }

    static void delete(String id) {
        Api.as("admin").header("If-Match", Fixtures.etag(path(id))).delete(path(id)).then().statusCode(204);
    }

    /** The one partner record of the demo client (client ids are unique): found, or created without webhook. */
    static synchronized String demoPartner() {
        List<String> found = Api.as("admin").queryParam("clientId", DEMO_CLIENT).get("/api/v1/partners").then().statusCode(200)
                .extract().path("items.id");
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Map<String, Object> b = body("Đối tác demo (client partner-demo)");
        b.put("clientId", DEMO_CLIENT);
        return create(b);
    }

    /** The demo partner's record with the given webhook (null: none), every other field as created. */
    static void setDemoWebhook(Map<String, Object> webhook) {
        String id = demoPartner();
        Map<String, Object> b = body("Đối tác demo (client partner-demo)");
        b.put("clientId", DEMO_CLIENT);
        b.put("webhook", webhook);
        replace(id, b);
    }
}
