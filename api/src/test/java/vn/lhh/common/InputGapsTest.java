package vn.lhh.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lhh.news.NewsFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.Tokens;

/**
 * The bad input an outside probe got through (issue #22, "Bad input that got through"): each answer is a 400 (or 413)
 * problem+json naming the field at fault, in the request's words, and nothing is stored.
 */
@QuarkusTest
class InputGapsTest {
    private static final String ASSOCIATIONS = "/api/v1/associations";

    private static ValidatableResponse refused(ValidatableResponse r, int status, String field) {
        return r.statusCode(status).contentType(startsWith("application/problem+json")).body("status", equalTo(status))
                .body("errors.field", hasItem(field));
    }

    private static Map<String, Object> association() {
        return Fixtures.associationBody(Api.unique("Hội kiểm tra lỗ hổng"));
    }

    private static long associationCount() {
        return Api.as("staff").get(ASSOCIATIONS + "?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    // ------------------------------------------------------------------ NUL characters

    @Test
    void aNulCharacterInAQueryParameterIsABadRequestNamingIt() {
        refused(Api.anonymous().queryParam("q", "abc\u0000def").get(ASSOCIATIONS).then(), 400, "q");
        refused(Api.anonymous().queryParam("field", "\u0000").get("/api/v1/experts").then(), 400, "field");
    }

    @Test
    void aNulCharacterInAPathParameterIsABadRequestNamingIt() {
        String id = Fixtures.association(association());
        refused(Api.as("admin").urlEncodingEnabled(false).put(ASSOCIATIONS + "/" + id + "/officers/off%00icer").then(), 400, "username");
    }

    /**
     * Written on a socket: HTTP clients may clean a header value before sending it, this must reach the server as is.
     * The HTTP server (Netty) refuses a header line holding a NUL itself, with a bare 400 and no body, before the API
     * sees the request; NulCharacters names the header for any that would get through.
     */
    @Test
    void aNulCharacterInAHeaderIsABadRequestNamingIt() throws Exception {
        long before = associationCount();
        String body = "{\"name\":\"" + Api.unique("Hội tiêu đề NUL") + "\",\"field\":\"Y tế\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + ASSOCIATIONS + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: " + Tokens.bearer("staff") + "\r\nContent-Type: application/json\r\n"
                + "Idempotency-Key: khoa\u0000" + UUID.randomUUID() + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        String answer;
        try (java.net.Socket socket = new java.net.Socket(URI.create(io.restassured.RestAssured.baseURI).getHost(), io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        if (answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json")) {
            assertTrue(answer.contains("\"field\":\"Idempotency-Key\""), answer);
        }
        assertEquals(before, associationCount());
    }

    @Test
    void aNulCharacterInAJsonStringIsABadRequestNamingTheField() {
        Map<String, Object> body = association();
        body.put("name", "Hội\u0000Y học");
        refused(Api.as("staff").body(body).post(ASSOCIATIONS).then(), 400, "name");
        body = association();
        body.put("contact", Map.of("email", "hoi@example.vn", "phone", "0238\u0000"));
        refused(Api.as("staff").body(body).post(ASSOCIATIONS).then(), 400, "contact.phone");
        Map<String, Object> post = NewsFixtures.body("Tin\u0000tức", "public");
        refused(Api.as("staff").body(post).post("/api/v1/posts").then(), 400, "title");
        // anonymous, before anything is looked up
        refused(Api.anonymous().body(Map.of("fullName", "x\u0000y", "email", "x@example.vn"))
                .post("/api/v1/calendar/events/" + UUID.randomUUID() + "/registrations").then(), 400, "fullName");
    }

    // ------------------------------------------------------------------ wrong JSON types

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"name=true", "name=12345", "name=1.5e3", "memberCount=\"12\"", "memberCount=12.0", "foundedOn=[2020,1,1]",
            "foundedOn=18000", "status=0", "status=\"0\"", "abbreviation=false", "contact={\"email\":1}"})
    void aValueOfTheWrongJsonTypeIsRefusedNotConverted(String assignment) {
        String field = assignment.substring(0, assignment.indexOf('='));
        String value = assignment.substring(assignment.indexOf('=') + 1);
        String body = "{\"name\":\"" + Api.unique("Hội kiểu sai") + "\",\"field\":\"Y tế\"";
        body = field.equals("name") ? "{\"field\":\"Y tế\"" : body;
        body += ",\"" + field + "\":" + value + "}";
        long before = associationCount();
        refused(Api.as("staff").body(body).post(ASSOCIATIONS).then(), 400, field.equals("contact") ? "contact.email" : field);
        assertEquals(before, associationCount());
    }

    @Test
    void booleansAndListsOfTextAreNotConvertedEither() {
        Map<String, Object> post = NewsFixtures.body(Api.unique("Tin kiểu sai"), "public");
        post.put("pinned", "true");
        refused(Api.as("staff").body(post).post("/api/v1/posts").then(), 400, "pinned");
        post.put("pinned", 1);
        refused(Api.as("staff").body(post).post("/api/v1/posts").then(), 400, "pinned");
        post.put("pinned", false);
        post.put("tags", List.of(2024, "sáng tạo"));
        refused(Api.as("staff").body(post).post("/api/v1/posts").then(), 400, "tags[0]");
    }

    // ------------------------------------------------------------------ dates out of range

    @ParameterizedTest(name = "foundedOn {0}")
    @ValueSource(strings = {"0000-01-01", "-0001-01-01", "1899-12-31", "+10000-01-01"})
    void datesOutsideASaneRangeAreRefused(String date) {
        Map<String, Object> body = association();
        body.put("foundedOn", date);
        refused(Api.as("staff").body(body).post(ASSOCIATIONS).then(), 400, "foundedOn");
    }

    @Test
    void instantsAndQueryDatesOutsideASaneRangeAreRefused() {
        Map<String, Object> event = new HashMap<>(Map.of("kind", "meeting", "title", Api.unique("Họp năm 0"), "visibility", "everyone",
                "startsAt", "0000-01-01T08:00:00+07:00", "endsAt", "0000-01-01T09:00:00+07:00"));
        refused(Api.as("staff").body(event).post("/api/v1/calendar/events").then(), 400, "startsAt");
        refused(Api.anonymous().queryParam("from", "0000-01-01").get("/api/v1/calendar/events").then(), 400, "from");
        refused(Api.as("admin").queryParam("from", "-1000-01-01T00:00:00Z").get("/api/v1/audit-events").then(), 400, "from");
        // the range's ends are accepted
        Map<String, Object> body = association();
        body.put("foundedOn", "1900-01-01");
        Api.as("staff").body(body).post(ASSOCIATIONS).then().statusCode(201).body("foundedOn", equalTo("1900-01-01"));
    }

    // ------------------------------------------------------------------ invisible and bidirectional characters

    @Test
    void requiredTextMadeOfFormatCharactersOnlyIsBlank() {
        Map<String, Object> body = association();
        body.put("name", "\u2060\u00AD\u180E\u202E");
        refused(Api.as("staff").body(body).post(ASSOCIATIONS).then(), 400, "name");
        refused(Api.as("staff").body(NewsFixtures.body("\u2060\u00AD \u180E", "public")).post("/api/v1/posts").then(), 400, "title");
    }

    @Test
    void formatCharactersAreStrippedFromNamesAndTitles() {
        String name = Api.unique("Hội Y học");
        Map<String, Object> body = association();
        body.put("name", "\u202E" + name.replace(" ", " \u2060") + "\u00AD");
        String id = Fixtures.association(body);
        Api.anonymous().get(ASSOCIATIONS + "/" + id).then().statusCode(200).body("name", equalTo(name));
        String title = Api.unique("Tin tức");
        String post = NewsFixtures.draft(NewsFixtures.body(title.replace("Tin", "Tin\u200E\u2061"), "public"));
        Api.as("staff").get(NewsFixtures.path(post)).then().statusCode(200).body("title", equalTo(title));
    }

    @Test
    void aFileNameWithAFormatCharacterIsRefused() {
        String post = NewsFixtures.draft(Api.unique("Tin có ảnh bìa"), "public");
        refused(given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(NewsFixtures.path(post)))
                .contentType("image/png").body(NewsFixtures.PNG).queryParam("fileName", "evil\u202Egnp.exe")
                .put(NewsFixtures.path(post) + "/cover").then(), 400, "fileName");
        Api.as("staff").get(NewsFixtures.path(post)).then().statusCode(200).body("cover", equalTo(null));
    }

    // ------------------------------------------------------------------ a file's name against its type

    @Test
    void theStoredNamesExtensionFollowsTheCheckedType() {
        String post = NewsFixtures.draft(Api.unique("Tin ảnh bìa đổi tên"), "public");
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(NewsFixtures.path(post)))
                .contentType("image/png").body(NewsFixtures.PNG).queryParam("fileName", "poly.html")
                .put(NewsFixtures.path(post) + "/cover").then().statusCode(200);
        String stored = Api.as("staff").get(NewsFixtures.path(post)).then().statusCode(200).extract().path("cover.fileName");
        assertTrue(stored.endsWith(".png"), stored);
        given().header("Authorization", Tokens.bearer("staff")).queryParam("download", "true").get(NewsFixtures.path(post) + "/cover")
                .then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", not(org.hamcrest.Matchers.containsString(".html\"")))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".png"));
        // a name that already says what the content is stays as it is
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(NewsFixtures.path(post)))
                .contentType("image/png").body(NewsFixtures.PNG).queryParam("fileName", "ảnh bìa.PNG")
                .put(NewsFixtures.path(post) + "/cover").then().statusCode(200).body("cover.fileName", equalTo("ảnh bìa.PNG"));
    }

    // ------------------------------------------------------------------ JSON size without Content-Length

    @Test
    void theJsonSizeLimitHoldsForAChunkedBody() throws Exception {
        long limit = ConfigProvider.getConfig().getValue("lhh.limits.max-json-body", Long.class);
        String name = Api.unique("Hội gửi từng khúc");
        // valid JSON, only padded with spaces: without a limit on the bytes read it would be stored
        String json = "{\"name\":\"" + name + "\"," + " ".repeat((int) limit + 1000) + "\"field\":\"Y tế\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String base = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(base + ASSOCIATIONS)).header("Content-Type", "application/json")
                        .header("Authorization", Tokens.bearer("staff"))
                        // an unknown length: sent with Transfer-Encoding: chunked
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        Api.as("staff").queryParam("q", name).get(ASSOCIATIONS).then().statusCode(200).body("total", equalTo(0));
    }

    // ------------------------------------------------------------------ messages in the request's words

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[1,2,3]", "\"text\"", "42", "{\"fullName\":{\"a\":1},\"email\":\"x@example.vn\"}",
            "{\"fullName\":[\"a\"],\"email\":\"x@example.vn\"}", "{\"fullName\":\"a\",\"email\":\"x@example.vn\",}", "{\"fullName\" \"a\"}"})
    void errorMessagesNameNoJavaClass(String body) {
        String answer = Api.anonymous().body(body).post("/api/v1/calendar/events/" + UUID.randomUUID() + "/registrations").then()
                .statusCode(400).contentType(startsWith("application/problem+json")).extract().asString();
        for (String leak : List.of("vn.lhh", "java.", "com.fasterxml", "Dtos$", "Cannot deserialize", "`")) {
            assertFalse(answer.contains(leak), answer);
        }
    }

    @Test
    void aBodyOfTheWrongShapeSaysWhatWasExpected() {
        Api.as("staff").header("Accept-Language", "en").body("[1,2,3]").post(ASSOCIATIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("$")).body("errors[0].message", equalTo("has the wrong type, expected: object"));
        Api.as("staff").header("Accept-Language", "en").body("{\"name\":\"x\",\"field\":\"Y tế\",\"contact\":[1]}").post(ASSOCIATIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("contact"))
                .body("errors[0].message", equalTo("has the wrong type, expected: object"));
    }
}
