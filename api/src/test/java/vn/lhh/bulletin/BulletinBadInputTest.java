package vn.lhh.bulletin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.Tokens;

/** Bad issue input answers 400 problem+json naming the field, and leaves the issue as it was. */
@QuarkusTest
class BulletinBadInputTest {
    private String id;
    private String before;

    @BeforeEach
    void anIssue() {
        id = BulletinFixtures.draft(Api.unique("Tập san đầu vào sai"));
        before = Api.as("staff").get(BulletinFixtures.path(id)).asString();
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("volume", 0), Arguments.of("volume", "một"), Arguments.of("number", 10001), Arguments.of("number", null),
                Arguments.of("month", "2026-1"), Arguments.of("month", "11/2026"), Arguments.of("month", "2026-00"),
                Arguments.of("title", ""), Arguments.of("title", "x".repeat(301)), Arguments.of("title", "\u200B"),
                Arguments.of("summary", "y".repeat(5001)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void aBadFieldIsNamedAndNothingChanges(String field, Object value) {
        Map<String, Object> body = new HashMap<>(BulletinFixtures.issueBody("Tên hợp lệ"));
        body.put(field, value);
        Api.as("staff").body(body).post("/api/v1/bulletins").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        Api.as("staff").header("If-Match", Fixtures.etag(BulletinFixtures.path(id))).body(body).put(BulletinFixtures.path(id))
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, Api.as("staff").get(BulletinFixtures.path(id)).asString());
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("transition to an unknown status", "transitions", "{\"to\": \"printed\"}", 400),
                Arguments.of("transition without a body", "transitions", "", 400),
                Arguments.of("malformed JSON", "transitions", "{\"to\": ", 400),
                Arguments.of("scheduled in the past", "transitions", "{\"to\": \"in_review\", \"scheduledAt\": \"yesterday\"}", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badTransitionsChangeNothing(String name, String sub, String json, int status) {
        Api.as("staff").header("If-Match", Fixtures.etag(BulletinFixtures.path(id))).body(json).post(BulletinFixtures.path(id) + "/" + sub)
                .then().statusCode(status).contentType("application/problem+json");
        assertEquals(before, Api.as("staff").get(BulletinFixtures.path(id)).asString());
    }

    @org.junit.jupiter.api.Test
    void badUploadsChangeNothing() {
        var staff = given().header("Authorization", Tokens.bearer("staff"));
        staff.contentType("application/pdf").body(new byte[0]).queryParam("fileName", "a.pdf").put(BulletinFixtures.path(id) + "/pdf")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("staff")).contentType("application/pdf").body(BulletinFixtures.pdf("x"))
                .put(BulletinFixtures.path(id) + "/pdf").then().statusCode(400).body("errors.field", hasItem("fileName"));
        given().header("Authorization", Tokens.bearer("staff")).contentType("application/pdf").body(BulletinFixtures.pdf("x"))
                .queryParam("fileName", "../../etc/passwd").put(BulletinFixtures.path(id) + "/pdf").then().statusCode(400);
        given().header("Authorization", Tokens.bearer("staff")).contentType("text/plain").body("%PDF-1.4")
                .queryParam("fileName", "a.pdf").put(BulletinFixtures.path(id) + "/pdf").then().statusCode(415);
        // over the 30 MB limit of an issue PDF
        byte[] big = new byte[30 * 1024 * 1024 + 1];
        System.arraycopy(BulletinFixtures.pdf("big"), 0, big, 0, 8);
        given().header("Authorization", Tokens.bearer("staff")).contentType("application/pdf").body(big)
                .queryParam("fileName", "big.pdf").put(BulletinFixtures.path(id) + "/pdf").then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, Api.as("staff").get(BulletinFixtures.path(id)).asString());
        Api.as("staff").get(BulletinFixtures.path("not-a-uuid")).then().statusCode(400);
        Api.as("staff").get(BulletinFixtures.path("00000000-0000-0000-0000-000000000042")).then().statusCode(404);
    }
}
