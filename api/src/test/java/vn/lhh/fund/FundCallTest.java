package vn.lhh.fund;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.fund.FundFixtures.CALLS;
import static vn.lhh.fund.FundFixtures.call;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * Calls of the fund (issue #19): the office writes a draft, opens it, and moves it along; everyone reads it from
 * the moment it opens; what applicants rely on stops changing once it is open; bad input changes nothing.
 */
@QuarkusTest
class FundCallTest {

    @Test
    void theOfficeOpensACallThatEveryoneReadsAndMovesItToTheArchive() {
        String title = Api.unique("Quỹ hỗ trợ hoạt động khoa học và công nghệ năm 2027, đợt 1");
        Map<String, Object> body = FundFixtures.body(title);
        String location = Api.as("staff").body(body).post(CALLS).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("draft"))
                .body("accepting", equalTo(false))
                .body("budgetVnd", equalTo(500_000_000))
                .body("rubric.code", contains("tinh-moi", "kha-thi", "hieu-qua"))
                .body("rubric.weight", contains(40, 35, 25))
                .body("allowedTransitions", contains("open"))
                .body("createdBy", equalTo("staff"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        // the run's unique word: a query keeps only its first eight words, and other tests' calls share the title's
        String unique = title.substring(title.lastIndexOf(' ') + 1);

        // a draft is the office's alone: for everyone else it does not exist, in the list or by id
        for (String who : List.of("officer", "expert", "partner")) {
            Api.as(who).get(call(id)).then().statusCode(404).contentType("application/problem+json");
            Api.as(who).queryParam("q", unique).get(CALLS).then().statusCode(200).body("items", empty());
        }
        Api.anonymous().get(call(id)).then().statusCode(404);
        Api.as("admin").queryParam("q", unique).get(CALLS).then().statusCode(200).body("items.id", contains(id));

        byte[] rules = FundFixtures.pdf("Thể lệ Quỹ hỗ trợ năm 2027");
        String file = FundFixtures.document(id, "the-le-quy-2027.pdf", rules);
        FundFixtures.move(id, "open");

        // open: public, accepting, without the office's fields; the document downloads as it was uploaded
        Api.anonymous().get(call(id)).then().statusCode(200)
                .header("Vary", containsString("Authorization"))
                .body("status", equalTo("open"))
                .body("accepting", equalTo(true))
                .body("allowedTransitions", empty())
                .body("createdBy", nullValue())
                .body("documents.fileName", contains("the-le-quy-2027.pdf"))
                .body("documents[0].url", equalTo(call(id) + "/documents/" + file));
        byte[] downloaded = Api.anonymous().get(call(id) + "/documents/" + file).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(rules, downloaded);
        // accent-insensitive search, kind and status filters
        String words = "quy ho tro " + unique;
        Api.anonymous().queryParam("q", words).queryParam("kind", "grant").queryParam("status", "open").get(CALLS).then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].accepting", equalTo(true));
        Api.anonymous().queryParam("q", words).queryParam("kind", "task_proposal").get(CALLS).then().statusCode(200).body("items", empty());
        Api.anonymous().queryParam("q", words).queryParam("field", "y-te").get(CALLS).then().statusCode(200).body("items.id", contains(id));
        Api.anonymous().queryParam("q", words).queryParam("field", "giao-duc").get(CALLS).then().statusCode(200).body("items", empty());

        // open: the text and a later close may change, nothing applicants relied on
        Map<String, Object> corrected = new HashMap<>(body);
        corrected.put("title", title + " (đính chính)");
        Instant later = Instant.parse((String) body.get("closesAt")).plus(7, ChronoUnit.DAYS);
        corrected.put("closesAt", later.toString());
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).body(corrected).put(call(id)).then().statusCode(200)
                .body("title", equalTo(title + " (đính chính)")).body("closesAt", equalTo(later.toString()));
        Map<String, Object> budget = new HashMap<>(corrected);
        budget.put("budgetVnd", 900_000_000L);
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).body(budget).put(call(id)).then().statusCode(409)
                .contentType("application/problem+json");
        Map<String, Object> earlier = new HashMap<>(corrected);
        earlier.put("closesAt", Instant.parse((String) body.get("closesAt")).toString());
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).body(earlier).put(call(id)).then().statusCode(400)
                .body("errors.field", hasItem("closesAt"));
        // an opened call is not deleted
        Api.as("admin").header("If-Match", Fixtures.etag(call(id))).delete(call(id)).then().statusCode(409);

        FundFixtures.move(id, "closed");
        Api.anonymous().get(call(id)).then().statusCode(200).body("accepting", equalTo(false));
        // one way only: back to open is refused, naming the allowed move
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).body(Map.of("to", "open")).post(call(id) + "/transitions").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("under_review"));
        // closed: nothing changes any more, documents included
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).body(corrected).put(call(id)).then().statusCode(409);
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).delete(call(id) + "/documents/" + file).then().statusCode(409);
        FundFixtures.move(id, "under_review");
        FundFixtures.move(id, "decided");
        FundFixtures.move(id, "archived");
        Api.as("staff").get(call(id)).then().statusCode(200).body("status", equalTo("archived")).body("allowedTransitions", empty());
        Api.anonymous().get(call(id) + "/documents/" + file).then().statusCode(200);
    }

    @Test
    void aCallOpensOnlyWithACompleteRubricAndACloseStillToCome() {
        Map<String, Object> partial = FundFixtures.body(Api.unique("Đề xuất nhiệm vụ KH&CN cấp tỉnh năm 2028"));
        partial.put("kind", "task_proposal");
        partial.put("rubric", FundFixtures.rubric().subList(0, 2)); // 40 + 35
        String id = FundFixtures.draft(partial);
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).body(Map.of("to", "open")).post(call(id) + "/transitions").then()
                .statusCode(409).contentType("application/problem+json");
        Map<String, Object> past = FundFixtures.body(Api.unique("Đợt đã qua hạn"));
        past.put("opensAt", Instant.now().minus(10, ChronoUnit.DAYS).toString());
        past.put("closesAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        String late = FundFixtures.draft(past);
        Api.as("staff").header("If-Match", Fixtures.etag(call(late))).body(Map.of("to", "open")).post(call(late) + "/transitions").then()
                .statusCode(409);
        // neither moved
        Api.as("staff").get(call(id)).then().body("status", equalTo("draft"));
        Api.as("staff").get(call(late)).then().body("status", equalTo("draft"));
        // a draft is deleted with its document
        String file = FundFixtures.document(id, "mau-de-xuat.pdf", FundFixtures.pdf("Mẫu đề xuất"));
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).delete(call(id)).then().statusCode(204);
        Api.as("staff").get(call(id)).then().statusCode(404);
        Api.as("staff").get(call(id) + "/documents/" + file).then().statusCode(404);
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("kind", "loan"), Arguments.of("kind", null), Arguments.of("title", ""), Arguments.of("title", "\u200B\u200C"),
                Arguments.of("title", "x".repeat(301)), Arguments.of("description", "\u2060"), Arguments.of("budgetVnd", -1),
                Arguments.of("budgetVnd", 0), Arguments.of("budgetVnd", 1500.5), Arguments.of("budgetVnd", "năm trăm triệu"),
                Arguments.of("budgetVnd", 10_000_000_000_001L), Arguments.of("eligibility", "everyone"), Arguments.of("fields", List.of("thien-van-hoc")),
                Arguments.of("fields", List.of("")), Arguments.of("opensAt", "hôm nay"), Arguments.of("closesAt", "2020-01-01T00:00:00Z"),
                Arguments.of("rubric", List.of(Map.of("code", "Tính mới", "name", "Tính mới", "weight", 50, "maxScore", 10))),
                Arguments.of("rubric", List.of(Map.of("code", "a", "name", "A", "weight", 50, "maxScore", 10),
                        Map.of("code", "a", "name", "B", "weight", 50, "maxScore", 10))),
                Arguments.of("rubric", List.of(Map.of("code", "a", "name", "A", "weight", 0, "maxScore", 10))),
                Arguments.of("rubric", List.of(Map.of("code", "a", "name", "A", "weight", 50.5, "maxScore", 10))),
                Arguments.of("rubric", List.of(Map.of("code", "a", "name", "\u200B", "weight", 50, "maxScore", 10))));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void aBadFieldIsNamedAndNothingChanges(String field, Object value) {
        String id = FundFixtures.draft(Api.unique("Đợt kêu gọi đầu vào sai"));
        String before = Api.as("staff").get(call(id)).asString();
        Map<String, Object> body = new HashMap<>(FundFixtures.body("Tên hợp lệ"));
        body.put(field, value);
        Api.as("staff").body(body).post(CALLS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith(field)));
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).body(body).put(call(id)).then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, Api.as("staff").get(call(id)).asString());
    }

    @Test
    void badRequestsOnACallChangeNothing() {
        String id = FundFixtures.draft(Api.unique("Đợt kêu gọi được bảo vệ"));
        String before = Api.as("staff").get(call(id)).asString();
        Map<String, Object> body = FundFixtures.body("Sửa không có phiên bản");
        Api.as("staff").body(body).put(call(id)).then().statusCode(428).contentType("application/problem+json");
        Api.as("staff").header("If-Match", "\"99\"").body(body).put(call(id)).then().statusCode(412);
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).body(Map.of("to", "decided")).post(call(id) + "/transitions").then()
                .statusCode(409).body("detail", containsString("open"));
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).body(Map.of("to", "published")).post(call(id) + "/transitions").then()
                .statusCode(400);
        // a document is checked by its content, not its name or declared type
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).contentType("application/pdf").queryParam("fileName", "the-le.pdf")
                .body("<html>không phải PDF</html>".getBytes()).post(call(id) + "/documents").then().statusCode(415)
                .contentType("application/problem+json");
        Api.as("staff").get(call(id) + "/documents/" + java.util.UUID.randomUUID()).then().statusCode(404);
        Api.as("staff").get(CALLS + "/khong-phai-uuid").then().statusCode(400);
        Api.as("staff").queryParam("sort", "password").get(CALLS).then().statusCode(400).body("errors.field", hasItem("sort"));
        Api.as("staff").queryParam("status", "finished").get(CALLS).then().statusCode(400);
        assertEquals(before, Api.as("staff").get(call(id)).asString());
    }

    @Test
    void onlyTheOfficeWritesCalls() {
        String open = FundFixtures.open(Api.unique("Đợt kêu gọi chỉ văn phòng sửa"));
        Map<String, Object> body = FundFixtures.body("Đợt của người khác");
        for (String who : List.of("officer", "officer2", "expert", "partner")) {
            Api.as(who).body(body).post(CALLS).then().statusCode(403).contentType("application/problem+json");
            Api.as(who).header("If-Match", Fixtures.etag(call(open))).body(body).put(call(open)).then().statusCode(403);
            Api.as(who).header("If-Match", Fixtures.etag(call(open))).body(Map.of("to", "closed")).post(call(open) + "/transitions").then()
                    .statusCode(403);
            Api.as(who).get(call(open)).then().statusCode(200).body("allowedTransitions", empty()).body("createdBy", nullValue());
        }
        Api.anonymous().body(body).post(CALLS).then().statusCode(401);
        Api.as("staff").get(call(open)).then().statusCode(200).body("status", equalTo("open"))
                .body("allowedTransitions", contains("closed")).body("createdBy", not(nullValue()));
        Api.anonymous().queryParam("status", "draft").get(CALLS).then().statusCode(200).body("items", hasSize(0));
    }
}
