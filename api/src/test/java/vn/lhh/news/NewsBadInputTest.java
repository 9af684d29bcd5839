package vn.lhh.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.news.NewsFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.Tokens;

/** Bad post input answers 400 problem+json naming the field (never 5xx), and leaves the post as it was. */
@QuarkusTest
class NewsBadInputTest {
    private String id;
    private String before;

    @BeforeEach
    void aPost() {
        id = NewsFixtures.draft(Api.unique("Tin đầu vào sai"), "public");
        before = Api.as("staff").get(path(id)).asString();
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("kind", "blog"), Arguments.of("kind", null), Arguments.of("title", ""), Arguments.of("title", "x".repeat(301)),
                Arguments.of("title", "\u200B"), Arguments.of("summary", "y".repeat(1001)), Arguments.of("bodyHtml", ""),
                Arguments.of("bodyHtml", null), Arguments.of("bodyHtml", "<script>alert(1)</script><style>p{}</style>"),
                Arguments.of("bodyHtml", "<p>" + "z".repeat(200_001) + "</p>"),
                Arguments.of("audience", "everyone"), Arguments.of("audience", null), Arguments.of("audience", "PUBLIC"),
                Arguments.of("tags", List.of("")), Arguments.of("tags", List.of("t".repeat(61))),
                Arguments.of("pinned", "có"), Arguments.of("eventStartsAt", "ngày mai"), Arguments.of("eventPlace", "p".repeat(301)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void aBadFieldIsNamedAndNothingChanges(String field, Object value) {
        Map<String, Object> body = new HashMap<>(NewsFixtures.body("Tên hợp lệ", "public"));
        body.put(field, value);
        Api.as("staff").body(body).post("/api/v1/posts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith(field)));
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(body).put(path(id))
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, Api.as("staff").get(path(id)).asString());
    }

    static Stream<Arguments> badTransitions() {
        return Stream.of(
                Arguments.of("an unknown status", "{\"to\": \"archived\"}", 400),
                Arguments.of("no body", "", 400),
                Arguments.of("malformed JSON", "{\"to\": ", 400),
                Arguments.of("a date that is not one", "{\"to\": \"scheduled\", \"scheduledAt\": \"tomorrow\"}", 400),
                Arguments.of("scheduling in the past", "{\"to\": \"scheduled\", \"scheduledAt\": \"2020-01-01T00:00:00Z\"}", 400),
                Arguments.of("a move not allowed", "{\"to\": \"unpublished\"}", 409));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTransitions")
    void badTransitionsChangeNothing(String name, String json, int status) {
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(json).post(path(id) + "/transitions")
                .then().statusCode(status).contentType("application/problem+json");
        assertEquals(before, Api.as("staff").get(path(id)).asString());
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("kind", "blog"), Arguments.of("status", "archived"), Arguments.of("audience", "everyone"), Arguments.of("pinned", "yes"),
                Arguments.of("page", "0"), Arguments.of("size", "101"), Arguments.of("size", "mười"), Arguments.of("sort", "views"),
                Arguments.of("q", "q".repeat(201)), Arguments.of("tag", "t".repeat(61)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badQueries")
    void badListParametersAreNamed(String param, String value) {
        Api.anonymous().queryParam(param, value).get("/api/v1/posts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(param));
    }

    @Test
    void badIdsAndUploads() {
        Api.anonymous().get(path("not-a-uuid")).then().statusCode(400).contentType("application/problem+json");
        Api.as("staff").get(path("00000000-0000-0000-0000-000000000042")).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("image/png").body(new byte[0])
                .queryParam("fileName", "a.png").put(path(id) + "/cover").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("image/png").body(NewsFixtures.PNG)
                .put(path(id) + "/cover").then().statusCode(400).body("errors.field", hasItem("fileName"));
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("image/png").body(NewsFixtures.PNG)
                .queryParam("fileName", "../../etc/passwd").put(path(id) + "/cover").then().statusCode(400);
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("text/html").body("<p>x</p>")
                .queryParam("fileName", "a.png").put(path(id) + "/cover").then().statusCode(415);
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(NewsFixtures.PNG, 0, big, 0, NewsFixtures.PNG.length);
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("image/png").body(big)
                .queryParam("fileName", "big.png").put(path(id) + "/cover").then().statusCode(413).contentType("application/problem+json");
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).delete(path(id) + "/cover").then().statusCode(404).contentType("application/problem+json");
        assertEquals(before, Api.as("staff").get(path(id)).asString());
    }
}
