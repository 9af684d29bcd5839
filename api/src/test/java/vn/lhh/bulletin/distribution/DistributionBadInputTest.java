package vn.lhh.bulletin.distribution;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.bulletin.distribution.DistributionFixtures.LISTS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.RECIPIENTS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.TOTALS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.distribution;
import static vn.lhh.bulletin.distribution.DistributionFixtures.member;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.testsupport.Api;

/** Bad input answers 400 problem+json naming the field or parameter at fault, unknown ids 404, and nothing is written. */
@QuarkusTest
class DistributionBadInputTest {
    static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";
    static final String TODAY = ProvinceClock.today().toString();
    static final String TOMORROW = ProvinceClock.today().plusDays(1).toString();

    /** A published issue, a recipient and a list, shared by the tests of this class. */
    record Scene(String issueId, String recipientId, String listId) {
        private static Scene shared;

        static synchronized Scene get() {
            if (shared == null) {
                String issue = BulletinFixtures.published(Api.unique("Tập san kiểm tra đầu vào"));
                String r = DistributionFixtures.commune(Api.unique("Xã kiểm tra"));
                String list = DistributionFixtures.list(Api.unique("Danh sách kiểm tra"), List.of(member(r, null)));
                shared = new Scene(issue, r, list);
            }
            return shared;
        }
    }

    static Stream<Arguments> badRecipients() {
        String address = "\"address\":\"Nghệ An\"";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"kind\":\"commune\"", "$"),
                Arguments.of("missing kind", "{\"name\":\"Sở Tài chính\"," + address + "}", "kind"),
                Arguments.of("missing name", "{\"kind\":\"department\"," + address + "}", "name"),
                Arguments.of("blank name", "{\"kind\":\"department\",\"name\":\"  \"," + address + "}", "name"),
                Arguments.of("missing address", "{\"kind\":\"department\",\"name\":\"Sở Tài chính\"}", "address"),
                Arguments.of("unknown kind", "{\"kind\":\"village\",\"name\":\"Làng Sen\"," + address + "}", "kind"),
                Arguments.of("commune without district", "{\"kind\":\"commune\",\"name\":\"Xã Kim Liên\"," + address + "}", "district"),
                Arguments.of("copies 0", "{\"kind\":\"department\",\"name\":\"Sở Tài chính\"," + address + ",\"copies\":0}", "copies"),
                Arguments.of("copies 100000", "{\"kind\":\"department\",\"name\":\"Sở Tài chính\"," + address + ",\"copies\":100000}", "copies"),
                Arguments.of("copies not a number", "{\"kind\":\"department\",\"name\":\"Sở Tài chính\"," + address + ",\"copies\":\"hai\"}", "copies"),
                Arguments.of("bad phone", "{\"kind\":\"department\",\"name\":\"Sở Tài chính\"," + address + ",\"phone\":\"gọi tôi\"}", "phone"),
                Arguments.of("oversize name", "{\"kind\":\"department\",\"name\":\"" + "Sở ".repeat(120) + "\"," + address + "}", "name"),
                Arguments.of("unknown field", "{\"kind\":\"department\",\"name\":\"Sở Tài chính\"," + address + ",\"email\":\"a@b.vn\"}", "email"),
                Arguments.of("null body", "null", "body"));
    }

    @ParameterizedTest(name = "create recipient with {0}")
    @MethodSource("badRecipients")
    void badRecipientsAreRefused(String what, String body, String field) {
        long total = Api.as("staff").queryParam("size", "1").get(RECIPIENTS).then().extract().jsonPath().getLong("total");
        Api.as("staff").body(body).post(RECIPIENTS).then().statusCode(400).contentType("application/problem+json")
                // malformed JSON has no field to name, only a detail
                .body(field.equals("$") ? "detail" : "errors.field", field.equals("$") ? notNullValue() : hasItem(field));
        assertEquals(total, Api.as("staff").queryParam("size", "1").get(RECIPIENTS).then().extract().jsonPath().getLong("total"));
        // and a replace with the same body changes nothing
        String path = RECIPIENTS + "/" + Scene.get().recipientId();
        String before = Api.as("staff").get(path).asString();
        Api.as("staff").header("If-Match", "\"0\"").body(body).put(path).then().statusCode(400);
        assertEquals(before, Api.as("staff").get(path).asString());
    }

    static Stream<Arguments> badRecords() {
        return Stream.of(
                Arguments.of("missing recipientId", Map.of("sentOn", TODAY, "method", "post"), "recipientId"),
                Arguments.of("missing sentOn", Map.of("recipientId", UNKNOWN, "method", "post"), "sentOn"),
                Arguments.of("missing method", Map.of("recipientId", UNKNOWN, "sentOn", TODAY), "method"),
                Arguments.of("unknown method", Map.of("recipientId", UNKNOWN, "sentOn", TODAY, "method", "pigeon"), "method"),
                Arguments.of("copies 0", Map.of("recipientId", UNKNOWN, "sentOn", TODAY, "method", "post", "copies", 0), "copies"),
                Arguments.of("copies 100000", Map.of("recipientId", UNKNOWN, "sentOn", TODAY, "method", "post", "copies", 100000), "copies"),
                Arguments.of("malformed recipientId", Map.of("recipientId", "xa-1", "sentOn", TODAY, "method", "post"), "recipientId"),
                Arguments.of("bad date", Map.of("recipientId", UNKNOWN, "sentOn", "05/11/2026", "method", "post"), "sentOn"));
    }

    @ParameterizedTest(name = "record with {0}")
    @MethodSource("badRecords")
    void badRecordsAreRefused(String what, Map<String, Object> body, String field) {
        Scene s = Scene.get();
        Api.as("staff").body(body).post(distribution(s.issueId())).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        Api.as("staff").get(distribution(s.issueId())).then().body("recipients", equalTo(0));
    }

    @Test
    void referencesInBodiesMustExistAndDatesMustHavePassed() {
        Scene s = Scene.get();
        Api.as("staff").body(Map.of("recipientId", UNKNOWN, "sentOn", TODAY, "method", "post")).post(distribution(s.issueId())).then()
                .statusCode(400).body("errors.field", hasItem("recipientId"));
        Api.as("staff").body(Map.of("recipientId", s.recipientId(), "sentOn", TOMORROW, "method", "post")).post(distribution(s.issueId())).then()
                .statusCode(400).body("errors.field", hasItem("sentOn"));
        Api.as("staff").body(Map.of("listId", UNKNOWN, "sentOn", TODAY, "method", "post")).post(distribution(s.issueId()) + "/batches").then()
                .statusCode(400).body("errors.field", hasItem("listId"));
        Api.as("staff").body(Map.of("listId", s.listId(), "sentOn", TOMORROW, "method", "post")).post(distribution(s.issueId()) + "/batches").then()
                .statusCode(400).body("errors.field", hasItem("sentOn"));
        Api.as("staff").body(Map.of("sentOn", TODAY, "method", "post")).post(distribution(s.issueId()) + "/batches").then()
                .statusCode(400).body("errors.field", hasItem("listId"));
        Api.as("staff").get(distribution(s.issueId())).then().body("recipients", equalTo(0));

        // list members: known recipients, each once, copies 1..1000
        Api.as("staff").body(DistributionFixtures.listBody(Api.unique("Danh sách lỗi"), List.of(member(UNKNOWN, null)))).post(LISTS).then()
                .statusCode(400).body("errors.field", hasItem("members[0].recipientId"));
        Api.as("staff").body(DistributionFixtures.listBody(Api.unique("Danh sách lỗi"), List.of(member(s.recipientId(), null), member(s.recipientId(), 2))))
                .post(LISTS).then().statusCode(400).body("errors.field", hasItem("members[1].recipientId"));
        Api.as("staff").body(DistributionFixtures.listBody(Api.unique("Danh sách lỗi"), List.of(member(s.recipientId(), 0)))).post(LISTS).then()
                .statusCode(400).body("errors.field", hasItem("members[0].copies"));
        Api.as("staff").body(DistributionFixtures.listBody(Api.unique("Danh sách lỗi"), List.of(member(s.recipientId(), 100000)))).post(LISTS).then()
                .statusCode(400).body("errors.field", hasItem("members[0].copies"));
        Api.as("staff").body(Map.of("name", "Danh sách không thành viên")).post(LISTS).then().statusCode(400).body("errors.field", hasItem("members"));
        Api.as("staff").body(Map.of("members", List.of())).post(LISTS).then().statusCode(400).body("errors.field", hasItem("name"));

        // record corrections: copies required and bounded
        String recordId = DistributionFixtures.record(s.issueId(), s.recipientId(), 1, TODAY);
        String path = distribution(s.issueId()) + "/" + recordId;
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("sentOn", TODAY, "method", "post")).put(path).then().statusCode(400)
                .body("errors.field", hasItem("copies"));
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("copies", 100000, "sentOn", TODAY, "method", "post")).put(path).then().statusCode(400)
                .body("errors.field", hasItem("copies"));
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("copies", 2, "sentOn", TOMORROW, "method", "post")).put(path).then().statusCode(400)
                .body("errors.field", hasItem("sentOn"));
        Api.as("staff").get(path).then().body("copies", equalTo(1)).body("version", equalTo(0));
        Api.as("staff").header("If-Match", "\"0\"").delete(path).then().statusCode(204);
    }

    @Test
    void unknownIdsAreNotFound() {
        Scene s = Scene.get();
        Map<String, Object> recipient = DistributionFixtures.recipientBody("department", "Sở Công Thương", null, 1);
        for (String path : List.of(RECIPIENTS + "/" + UNKNOWN, LISTS + "/" + UNKNOWN, distribution(UNKNOWN), distribution(s.issueId()) + "/" + UNKNOWN)) {
            Api.as("staff").get(path).then().statusCode(404).contentType("application/problem+json");
            Api.as("staff").header("If-Match", "\"0\"").delete(path.equals(distribution(UNKNOWN)) ? path + "/" + UNKNOWN : path).then().statusCode(404);
        }
        Api.as("staff").header("If-Match", "\"0\"").body(recipient).put(RECIPIENTS + "/" + UNKNOWN).then().statusCode(404);
        Api.as("staff").header("If-Match", "\"0\"").body(DistributionFixtures.listBody("X", List.of())).put(LISTS + "/" + UNKNOWN).then().statusCode(404);
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("copies", 1, "sentOn", TODAY, "method", "post"))
                .put(distribution(s.issueId()) + "/" + UNKNOWN).then().statusCode(404);
        // an issue that does not exist cannot be distributed
        Api.as("staff").body(Map.of("recipientId", s.recipientId(), "sentOn", TODAY, "method", "post")).post(distribution(UNKNOWN)).then().statusCode(404);
        Api.as("staff").body(Map.of("listId", s.listId(), "sentOn", TODAY, "method", "post")).post(distribution(UNKNOWN) + "/batches").then().statusCode(404);
    }

    @Test
    void malformedIdsAndParametersAreBadRequests() {
        Scene s = Scene.get();
        Api.as("staff").get(RECIPIENTS + "/not-a-uuid").then().statusCode(400).body("errors.field", hasItem("id"));
        Api.as("staff").get(LISTS + "/123").then().statusCode(400).body("errors.field", hasItem("id"));
        Api.as("staff").get("/api/v1/bulletins/so-11/distribution").then().statusCode(400).body("errors.field", hasItem("issueId"));
        Api.as("staff").get(distribution(s.issueId()) + "/abc").then().statusCode(400).body("errors.field", hasItem("recordId"));
        Api.as("staff").header("If-Match", "\"0\"").delete(distribution(s.issueId()) + "/abc").then().statusCode(400)
                .body("errors.field", hasItem("recordId"));
        Api.as("staff").body(Map.of("recipientId", s.recipientId(), "sentOn", TODAY, "method", "post")).post("/api/v1/bulletins/x/distribution")
                .then().statusCode(400).body("errors.field", hasItem("issueId"));

        Map<String, String[]> badQueries = Map.of(
                RECIPIENTS, new String[] {"kind", "village", "active", "maybe", "sort", "address", "page", "0", "size", "101"},
                LISTS, new String[] {"sort", "members", "size", "abc"},
                distribution(s.issueId()), new String[] {"kind", "xa", "sort", "name", "page", "-1"},
                TOTALS, new String[] {"year", "abc", "year", "1800", "year", "20260"});
        badQueries.forEach((path, pairs) -> {
            for (int i = 0; i < pairs.length; i += 2) {
                Api.as("staff").queryParam(pairs[i], pairs[i + 1]).get(path).then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem(pairs[i]));
            }
        });
        Api.as("staff").queryParam("q", "x".repeat(201)).get(RECIPIENTS).then().statusCode(400).body("errors.field", hasItem("q"));
        Api.as("staff").queryParam("district", "x".repeat(201)).get(RECIPIENTS).then().statusCode(400).body("errors.field", hasItem("district"));
    }
}
