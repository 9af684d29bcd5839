package vn.lhh.contest;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.contest.ContestFixtures.editionPath;
import static vn.lhh.contest.ContestFixtures.entryPath;
import static vn.lhh.contest.ContestFixtures.etag;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.testsupport.Api;

/** Bad contest input answers 400 problem+json naming the field, and changes nothing. */
@QuarkusTest
class EntryBadInputTest {
    private static String edition;
    private static String category;
    private String entry;
    private String before;
    private String school;

    @BeforeEach
    void anEntry() {
        if (edition == null) {
            edition = ContestFixtures.edition(Phase.REGISTRATION, Map.of("maxEntriesPerSchool", 1000));
            category = ContestFixtures.category(edition);
        }
        school = Api.unique("Trường THCS Đầu Vào Sai");
        entry = ContestFixtures.entry(category, "Bài hợp lệ", school);
        before = Api.as("staff").get(entryPath(entry)).asString();
    }

    private long count() {
        return Api.as("staff").queryParam("edition", edition).get("/api/v1/contest-entries").then().extract().<Integer>path("total");
    }

    static Stream<Arguments> badEntryFields() {
        return Stream.of(
                Arguments.of("title", ""), Arguments.of("title", "\u200B\u200D"), Arguments.of("title", "x".repeat(301)), 
                Arguments.of("title", List.of("a")), Arguments.of("description", null), Arguments.of("description", "\uFEFF"),
                Arguments.of("categoryId", "not-a-uuid"), Arguments.of("categoryId", null), Arguments.of("categoryId", "00000000-0000-0000-0000-000000000042"),
                Arguments.of("videoUrl", "javascript:alert(1)"), Arguments.of("school", " "), Arguments.of("district", "d".repeat(201)),
                Arguments.of("authors", List.of()), Arguments.of("authors", null), Arguments.of("authors", "Nguyễn Văn A"),
                Arguments.of("supervisor", Map.of("fullName", "")), Arguments.of("supervisor", Map.of("fullName", "Thầy A", "email", "khong-phai-email")),
                Arguments.of("unknownField", "x"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badEntryFields")
    void aBadEntryFieldIsNamedAndNothingChanges(String field, Object value) {
        Map<String, Object> body = new HashMap<>(ContestFixtures.entryBody(category, "Tên hợp lệ", school));
        body.put(field, value);
        long entries = count();
        Api.as("staff").body(body).post("/api/v1/contest-entries").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field.equals("supervisor") ? org.hamcrest.Matchers.startsWith("supervisor") : org.hamcrest.Matchers.equalTo(field)));
        Api.as("staff").header("If-Match", etag(entryPath(entry))).body(body).put(entryPath(entry)).then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, Api.as("staff").get(entryPath(entry)).asString());
        assertEquals(entries, count());
    }

    static Stream<Arguments> badAuthors() {
        return Stream.of(
                Arguments.of("fullName", "\u200B", "authors[0].fullName"), Arguments.of("dateOfBirth", "14/05/2011", "authors[0].dateOfBirth"),
                Arguments.of("dateOfBirth", null, "authors[0].dateOfBirth"), Arguments.of("gender", "nam", "authors[0].gender"),
                Arguments.of("grade", 13, "authors[0].grade"), Arguments.of("grade", "lớp 8", "authors[0].grade"),
                Arguments.of("school", "", "authors[0].school"));
    }

    @ParameterizedTest(name = "author {0} = {1}")
    @MethodSource("badAuthors")
    void aBadAuthorIsNamed(String field, Object value, String named) {
        Map<String, Object> author = new HashMap<>(ContestFixtures.author("Nguyễn Thị Lan Anh", school, "Thành phố Vinh"));
        author.put(field, value);
        Map<String, Object> body = new HashMap<>(ContestFixtures.entryBody(category, "Tên hợp lệ", school));
        body.put("authors", List.of(author));
        long entries = count();
        Api.as("staff").body(body).post("/api/v1/contest-entries").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(named));
        assertEquals(entries, count());
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("malformed JSON", "/api/v1/contest-entries", "{\"title\": ", 400),
                Arguments.of("an array for an object", "/api/v1/contest-entries", "[1, 2]", 400),
                Arguments.of("no body", "/api/v1/contest-entries", "", 400),
                Arguments.of("a transition to an unknown status", "transitions", "{\"status\": \"winner\"}", 400),
                Arguments.of("a transition without status", "transitions", "{\"reason\": \"x\"}", 400),
                Arguments.of("a rejection reason too long", "transitions", "{\"status\": \"rejected\", \"reason\": \"" + "r".repeat(2001) + "\"}", 400),
                Arguments.of("consent as text", "consent", "{\"consentPublic\": \"có\"}", 400),
                Arguments.of("consent missing", "consent", "{}", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestsChangeNothing(String name, String where, String json, int status) {
        long entries = count();
        if (where.startsWith("/")) {
            Api.as("staff").body(json).post(where).then().statusCode(status).contentType("application/problem+json");
        } else {
            String path = entryPath(entry) + "/" + where;
            var req = Api.as("staff").header("If-Match", etag(entryPath(entry))).body(json);
            (where.equals("consent") ? req.put(path) : req.post(path)).then().statusCode(status).contentType("application/problem+json");
        }
        assertEquals(before, Api.as("staff").get(entryPath(entry)).asString());
        assertEquals(entries, count());
    }

    @Test
    void oversizeBodiesAndBadParameters() {
        Map<String, Object> body = new HashMap<>(ContestFixtures.entryBody(category, "Tên hợp lệ", school));
        body.put("description", "d".repeat(300_000));
        Api.as("staff").body(body).post("/api/v1/contest-entries").then().statusCode(413).contentType("application/problem+json");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(ContestFixtures.author("Tác giả " + i, school, "Thành phố Vinh"));
        }
        body = new HashMap<>(ContestFixtures.entryBody(category, "Tên hợp lệ", school));
        body.put("authors", many);
        Api.as("staff").body(body).post("/api/v1/contest-entries").then().statusCode(400).body("errors.field", hasItem("authors"));
        Api.as("staff").get(entryPath("not-a-uuid")).then().statusCode(400).contentType("application/problem+json");
        Api.as("staff").get(entryPath("00000000-0000-0000-0000-000000000042")).then().statusCode(404).contentType("application/problem+json");
        for (String[] p : new String[][] {{"status", "winner"}, {"grade", "13"}, {"grade", "tám"}, {"edition", "2026"}, {"size", "1000"},
                {"sort", "password"}, {"q", "q".repeat(201)}}) {
            Api.as("staff").queryParam(p[0], p[1]).get("/api/v1/contest-entries").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(p[0]));
        }
        Api.as("staff").queryParam("includeDrafts", "yes").get(editionPath(edition) + "/statistics").then().statusCode(400);
        Api.as("staff").queryParam("year", "năm nay").get("/api/v1/contest-editions").then().statusCode(400);
        assertEquals(before, Api.as("staff").get(entryPath(entry)).asString());
    }

    static Stream<Arguments> badEditionFields() {
        return Stream.of(Arguments.of("year", 1999), Arguments.of("year", "2026a"), Arguments.of("name", "\u200B"), Arguments.of("registrationOpens", "31/05/2026"),
                Arguments.of("minAge", 2), Arguments.of("maxAuthorsPerEntry", 0), Arguments.of("maxEntriesPerSchool", 1001),
                Arguments.of("awardQuota", Map.of("first", -1, "second", 1, "third", 1, "consolation", 1)), Arguments.of("awardQuota", null),
                Arguments.of("coOrganisers", List.of("")));
    }

    @ParameterizedTest(name = "edition {0} = {1}")
    @MethodSource("badEditionFields")
    void aBadEditionFieldIsNamedAndNothingChanges(String field, Object value) {
        String before = Api.as("staff").get(editionPath(edition)).asString();
        Map<String, Object> body = new HashMap<>(ContestFixtures.editionBody(ContestFixtures.nextYear(), Phase.REGISTRATION));
        body.put(field, value);
        Api.as("staff").body(body).post("/api/v1/contest-editions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith(field)));
        Api.as("staff").header("If-Match", etag(editionPath(edition))).body(body).put(editionPath(edition)).then().statusCode(400);
        assertEquals(before, Api.as("staff").get(editionPath(edition)).asString());
    }
}
