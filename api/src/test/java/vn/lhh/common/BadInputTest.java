package vn.lhh.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Bad input answers 4xx problem+json with a clear message, and changes nothing. */
@QuarkusTest
class BadInputTest {
    private String id;
    private String path;
    private String before;

    @BeforeEach
    void anAssociation() {
        id = Fixtures.association(Api.unique("Hội kiểm tra đầu vào"));
        path = "/api/v1/associations/" + id;
        before = Api.as("staff").get(path).asString();
    }

    private void unchanged() {
        assertEquals(before, Api.as("staff").get(path).asString(), "a rejected request changed the record");
    }

    static Stream<Arguments> badBodies() {
        String longName = "Hội ".repeat(100);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"name\": \"Hội", 400, "$"),
                Arguments.of("not an object", "[1,2,3]", 400, "$"),
                Arguments.of("wrong type", "{\"name\":\"Hội A\",\"field\":\"Y tế\",\"memberCount\":\"nhiều\"}", 400, "memberCount"),
                Arguments.of("unknown field", "{\"name\":\"Hội A\",\"field\":\"Y tế\",\"chairman\":\"X\"}", 400, "chairman"),
                Arguments.of("unknown enum", "{\"name\":\"Hội A\",\"field\":\"Y tế\",\"status\":\"closed\"}", 400, "status"),
                Arguments.of("bad date", "{\"name\":\"Hội A\",\"field\":\"Y tế\",\"foundedOn\":\"31/12/2020\"}", 400, "foundedOn"),
                Arguments.of("impossible date", "{\"name\":\"Hội A\",\"field\":\"Y tế\",\"foundedOn\":\"2020-02-30\"}", 400, "foundedOn"),
                Arguments.of("future founding", "{\"name\":\"Hội A\",\"field\":\"Y tế\",\"foundedOn\":\"2999-01-01\"}", 400, "foundedOn"),
                Arguments.of("oversize string", "{\"name\":\"" + longName + "\",\"field\":\"Y tế\"}", 400, "name"),
                Arguments.of("missing required", "{\"field\":\"Y tế\"}", 400, "name"),
                Arguments.of("blank required", "{\"name\":\"   \",\"field\":\"Y tế\"}", 400, "name"),
                Arguments.of("negative count", "{\"name\":\"Hội A\",\"field\":\"Y tế\",\"memberCount\":-1}", 400, "memberCount"),
                Arguments.of("bad email", "{\"name\":\"Hội A\",\"field\":\"Y tế\",\"contact\":{\"email\":\"không-phải-email\"}}", 400, "contact.email"),
                Arguments.of("script in url", "{\"name\":\"Hội A\",\"field\":\"Y tế\",\"contact\":{\"website\":\"javascript:alert(1)\"}}", 400, "contact.website"),
                Arguments.of("null body", "null", 400, "body"));
    }

    @ParameterizedTest(name = "PUT with {0}")
    @MethodSource("badBodies")
    void badBodiesOnReplace(String what, String body, int status, String field) {
        Api.as("staff").header("If-Match", "\"0\"").body(body).put(path).then()
                .statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status)).body("type", startsWith("urn:problem-type:lhh:"))
                .body("title", notNullValue()).body("requestId", notNullValue())
                .body(field.equals("$") ? "detail" : "errors.field", field.equals("$") ? notNullValue() : hasItem(field));
        unchanged();
    }

    @ParameterizedTest(name = "POST with {0}")
    @MethodSource("badBodies")
    void badBodiesOnCreateCreateNothing(String what, String body, int status, String field) {
        long total = Api.as("staff").get("/api/v1/associations?size=1").then().extract().jsonPath().getLong("total");
        Api.as("staff").body(body).post("/api/v1/associations").then()
                .statusCode(status).contentType(startsWith("application/problem+json"));
        assertEquals(total, Api.as("staff").get("/api/v1/associations?size=1").then().extract().jsonPath().getLong("total"));
    }

    @ParameterizedTest(name = "bad query parameter {0}")
    @ValueSource(strings = {"page=0", "page=abc", "size=101", "size=-5", "sort=password", "sort=-", "status=closed",
            "congressStatus=soon", "q=" + "x"})
    void badQueryParameters(String query) {
        String q = query.equals("q=x") ? "q=" + "x".repeat(201) : query;
        Api.anonymous().get("/api/v1/associations?" + q).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(q.substring(0, q.indexOf('='))));
    }

    @Test
    void badUuidsAreBadRequests() {
        Api.anonymous().get("/api/v1/associations/not-a-uuid").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("id"));
        Api.anonymous().get("/api/v1/associations/" + id + "/terms/123").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        Api.as("staff").body(Map.of("termId", "xyz", "plannedDate", "2024-01-01")).post(path + "/congresses").then()
                .statusCode(400).body("errors[0].field", equalTo("termId"));
        Api.anonymous().get("/api/v1/associations/00000000-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void writesNeedIfMatch() {
        Api.as("staff").body(Fixtures.associationBody("Hội không If-Match")).put(path).then().statusCode(428)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(428));
        Api.as("staff").delete(path).then().statusCode(428);
        Api.as("staff").header("If-Match", "\"7\"").body(Fixtures.associationBody("Hội ETag cũ")).put(path).then().statusCode(412)
                .body("type", equalTo("urn:problem-type:lhh:precondition-failed"));
        Api.as("staff").header("If-Match", "garbage").delete(path).then().statusCode(412);
        unchanged();
    }

    @Test
    void wrongContentTypeAndMethod() {
        Api.as("staff").contentType(ContentType.TEXT).body("name=Hội").post("/api/v1/associations").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        Api.as("staff").contentType("application/xml").body("<a/>").header("If-Match", "\"0\"").put(path).then().statusCode(415);
        Api.as("staff").patch(path).then().statusCode(405).contentType(startsWith("application/problem+json"))
                .header("Allow", notNullValue());
        unchanged();
    }

    @Test
    void oversizedBodyIsRefusedBeforeReading() {
        String huge = "{\"name\":\"" + "a".repeat(300_000) + "\",\"field\":\"Y tế\"}";
        Api.as("staff").body(huge).post("/api/v1/associations").then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(413));
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        Api.as("staff").header("Accept-Language", "en-US,en;q=0.8").body("{\"field\":\"Y tế\"}").post("/api/v1/associations").then()
                .statusCode(400).body("title", equalTo("Invalid input")).body("errors[0].message", equalTo("must not be blank"));
        Api.as("staff").body("{\"field\":\"Y tế\"}").post("/api/v1/associations").then()
                .statusCode(400).body("title", equalTo("Dữ liệu không hợp lệ")).body("errors[0].message", equalTo("không được để trống"));
    }

    @Test
    void invalidTokenIsUnauthorizedEvenOnPublicRoutes() {
        Api.anonymous().header("Authorization", "Bearer not.a.token").get("/api/v1/associations/" + id).then()
                .statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }
}
