package vn.lhh.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.testsupport.Api;

/**
 * Hardening of the HTTP surface (issue #9): security headers on every kind of answer (the SPA
 * server's are in deploy/nginx and webapp/e2e/serve.mjs), HSTS only in production (the prod-profile
 * check is in FaultsTest, which runs the packaged app), strict CORS preflight, and no user
 * enumeration at the login (Keycloak answers a wrong password and an unknown user alike).
 * Body size limits, upload content checks and rate limits have their own tests: BadInputTest and
 * BulletinBadInputTest (413), BulletinWorkflowTest and EntryRulesTest (a renamed .exe is refused),
 * RateLimitTest (RateLimit-* and 429 with Retry-After).
 */
@QuarkusTest
class HardeningTest {
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    private static void apiHeaders(Response r) {
        r.then().header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", API_CSP)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                // the test profile is not production: no HSTS
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        apiHeaders(Api.anonymous().get("/api/v1/associations").then().statusCode(200).extract().response());
        apiHeaders(Api.anonymous().get("/api/v1/no-such-thing").then().statusCode(404).extract().response());
        apiHeaders(Api.anonymous().get("/api/v1/audit-events").then().statusCode(401).extract().response());
        apiHeaders(Api.as("expert").get("/api/v1/audit-events").then().statusCode(403).extract().response());
        apiHeaders(Api.as("staff").body("{\"name\": ").post("/api/v1/associations").then().statusCode(400).extract().response());
        String huge = "{\"name\":\"" + "a".repeat(300_000) + "\"}";
        apiHeaders(Api.as("staff").body(huge).post("/api/v1/associations").then().statusCode(413).extract().response());
        apiHeaders(given().get("/q/health/ready").then().statusCode(200).extract().response());
        String etag = Api.anonymous().get("/api/v1/associations/" + firstAssociation()).then().statusCode(200).extract().header("ETag");
        apiHeaders(Api.anonymous().header("If-None-Match", etag).get("/api/v1/associations/" + firstAssociation())
                .then().statusCode(304).extract().response());
    }

    @Test
    void aFileReadInlineMayBeFramedByTheSpaOnly() {
        String id = BulletinFixtures.published(Api.unique("Tập san khung"));
        given().get(BulletinFixtures.path(id) + "/pdf").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("inline"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self' http://localhost:5173 http://localhost:4173")
                .header("X-Frame-Options", nullValue());
        given().queryParam("download", "true").get(BulletinFixtures.path(id) + "/pdf").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .header("Content-Security-Policy", API_CSP)
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void corsPreflightFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .header("Access-Control-Request-Headers", "Authorization")
                .options("/api/v1/associations/" + firstAssociation())
                // without Access-Control-Allow-Origin the browser refuses the request (Quarkus still lists the methods)
                .then().header("Access-Control-Allow-Origin", nullValue());
        // the SPA's own origin may, and sees the headers it needs
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "DELETE")
                .header("Access-Control-Request-Headers", "Authorization,If-Match")
                .options("/api/v1/associations/" + firstAssociation())
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
        // null origins (sandboxed frames, file:) are not trusted either
        given().header("Origin", "null").get("/api/v1/associations").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theLoginDoesNotTellWhichUsersExist() throws Exception {
        Map.Entry<Integer, String> unknown = login("nobody-" + System.nanoTime(), "demo");
        Map.Entry<Integer, String> wrongPassword = login("coordinator2", "not-the-password");
        // OAuth 2.0: invalid_grant is a 400; the same status and the same words for both
        assertEquals(400, unknown.getKey());
        org.junit.jupiter.api.Assertions.assertTrue(unknown.getValue().contains("invalid_grant"), unknown.getValue());
        assertEquals(unknown, wrongPassword);
    }

    private static Map.Entry<Integer, String> login(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=lhh-cli&username=" + user + "&password=" + password;
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(System.getProperty("lhh.test.keycloak-url") + "/realms/lhh/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Map.entry(r.statusCode(), r.body());
    }

    private static String firstAssociation() {
        String id = Api.anonymous().get("/api/v1/associations?size=1").then().statusCode(200).extract().path("items[0].id");
        if (id != null) {
            return id;
        }
        return Api.as("staff").body(Map.of("name", Api.unique("Hội Kiểm tra tiêu đề"), "field", "Kỹ thuật"))
                .post("/api/v1/associations").then().statusCode(201).extract().path("id");
    }
}
