package vn.lhh.expert;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;

/**
 * Search quality: accents, case and small typos do not matter; name matches rank first; facets
 * count the hits; the order is stable; each caller finds only what they may see.
 */
@QuarkusTest
class ExpertSearchTest {
    static String field;
    static String hung;
    static String hungKeyword;
    static String hang;
    static String busy;
    static String hidden;

    /** Made once, before the first test (the app is up by then). */
    @BeforeEach
    void experts() {
        if (field != null) {
            return;
        }
        field = ExpertFixtures.field("Khoa học thử nghiệm tìm kiếm");
        hung = ExpertFixtures.create("Nguyễn Văn Hùng", field);
        Map<String, Object> keyword = ExpertFixtures.body("Lê Thị Mai", field);
        keyword.put("keywords", List.of("phương pháp Nguyễn Văn Hùng", "COVID-19", "2019-2024"));
        keyword.put("titleCode", "GS");
        hungKeyword = ExpertFixtures.create(keyword);
        hang = ExpertFixtures.create("Nguyễn Văn Hằng", field);
        Map<String, Object> b = ExpertFixtures.body("Phan Đình Bận", field);
        b.put("availability", "busy");
        b.put("busyUntil", "2099-01-01");
        b.put("degreeCode", "ThS");
        busy = ExpertFixtures.create(b);
        Map<String, Object> h = ExpertFixtures.body("Nguyễn Văn Hùng Nội Bộ", field);
        h.put("visibility", Map.of("profile", "internal"));
        hidden = ExpertFixtures.create(h);
    }

    private static JsonPath search(String who, Map<String, Object> params) {
        var req = who == null ? Api.anonymous() : Api.as(who);
        return req.queryParams(params).get("/api/v1/experts").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(String q) {
        return search(null, Map.of("q", q, "field", field)).getList("items.id");
    }

    @Test
    void accentsCaseAndTruncationDoNotMatter() {
        for (String q : List.of("nguyen van hung", "Nguyen Van Hưng", "nguyen van hun", "NGUYỄN VĂN HÙNG", "Nguyễn  Văn\u200B Hùng",
                "Nguye\u0302\u0303n Va\u0306n Hu\u0300ng")) {
            List<String> found = ids(q);
            assertTrue(found.contains(hung), q + " finds Nguyễn Văn Hùng: " + found);
        }
    }

    @Test
    void aTypoStillFindsTheExpert() {
        // "hugn": no profile has every word as typed; the whole query is matched approximately
        JsonPath r = search(null, Map.of("q", "nguyen van hugn", "field", field));
        assertTrue(r.getList("items.id").contains(hung), r.prettify());
        assertEquals(Boolean.TRUE, r.get("approximate"));
        assertEquals(Boolean.FALSE, search(null, Map.of("q", "nguyen van hung", "field", field)).get("approximate"));
    }

    @Test
    void nameMatchesRankBeforeKeywordMatchesAndTheOrderIsStable() {
        List<String> first = ids("nguyen van hung");
        assertEquals(hung, first.get(0), "the expert named so comes first");
        assertTrue(first.indexOf(hungKeyword) > 0, "a keyword match is found but ranks after the name: " + first);
        assertEquals(first, ids("nguyen van hung"), "the same query lists in the same order");
        // pages do not overlap and cover the hits
        JsonPath p1 = search(null, Map.of("q", "nguyen", "field", field, "size", 1, "page", 1));
        JsonPath p2 = search(null, Map.of("q", "nguyen", "field", field, "size", 1, "page", 2));
        assertTrue(p1.getLong("total") >= 2);
        assertTrue(!p1.getList("items.id").get(0).equals(p2.getList("items.id").get(0)));
        // by name: alphabetical by the accent-free name
        List<String> names = search(null, Map.of("field", field, "sort", "name")).getList("items.fullName");
        List<String> sorted = names.stream().sorted((a, b) -> vn.lhh.common.text.SearchText.normalize(a)
                .compareTo(vn.lhh.common.text.SearchText.normalize(b))).toList();
        assertEquals(sorted, names);
    }

    @Test
    void otherFieldsAreSearchedToo() {
        assertTrue(ids("dai hoc vinh").contains(hung), "organisation");
        assertTrue(ids("tuoi tiet kiem").contains(hung), "keyword");
        assertTrue(ids("khoa hoc thu nghiem tim kiem").contains(hung), "field name");
        assertTrue(ids("giao su").contains(hungKeyword), "title name");
        assertTrue(!ids("giao su").contains(hung));
        assertTrue(ids("zzzz qqqq").isEmpty());
        // words joined by hyphens or digits are still words: not "-19" nor a number with a sign
        assertTrue(ids("covid 19").contains(hungKeyword));
        assertTrue(ids("covid-19").contains(hungKeyword));
        assertTrue(ids("2024").contains(hungKeyword));
    }

    @Test
    void facetsCountTheHitsAndFilter() {
        JsonPath r = search("staff", Map.of("field", field));
        assertEquals(5, r.getLong("total"));
        assertEquals(5, facet(r, "fields", field));
        assertEquals(4, facet(r, "qualifications", "TS"));
        assertEquals(1, facet(r, "qualifications", "GS"));
        assertEquals(1, facet(r, "qualifications", "ThS"));
        assertEquals(4, facet(r, "availability", "available"));
        assertEquals(1, facet(r, "availability", "busy"));
        JsonPath onlyBusy = search("staff", Map.of("field", field, "availability", "busy"));
        assertEquals(List.of(busy), onlyBusy.getList("items.id"));
        JsonPath ts = search("staff", Map.of("field", field, "qualification", "ThS"));
        assertEquals(List.of(busy), ts.getList("items.id"));
    }

    private static long facet(JsonPath r, String facet, String value) {
        List<Map<String, Object>> values = r.getList("facets." + facet);
        return values.stream().filter(v -> v.get("value").equals(value)).mapToLong(v -> ((Number) v.get("count")).longValue()).findFirst().orElse(0);
    }

    /**
     * A browse without words reuses its counts while no profile changed (DirectorySummaries): every
     * change, through this API, straight in the database as another instance's would be, or in a
     * profile's links, is counted by the next browse.
     */
    @Test
    void aBrowseWithoutWordsCountsEveryChangeAtOnce() throws SQLException {
        String own = ExpertFixtures.field("Khoa học thử nghiệm đếm lại");
        ExpertFixtures.create("Trần Văn Đếm", own);
        JsonPath first = search("staff", Map.of("field", own));
        assertEquals(1, first.getLong("total"));
        assertEquals(first.getMap(""), search("staff", Map.of("field", own)).getMap(""), "counted once, then the same answer");

        Map<String, Object> b = ExpertFixtures.body("Trần Thị Đếm Hai", own);
        b.put("titleCode", "GS");
        b.put("availability", "busy");
        b.put("busyUntil", "2099-01-01");
        String second = ExpertFixtures.create(b);
        JsonPath added = search("staff", Map.of("field", own));
        assertEquals(2, added.getLong("total"));
        assertEquals(2, added.getList("items").size());
        assertEquals(2, facet(added, "fields", own));
        assertEquals(1, facet(added, "qualifications", "GS"));
        assertEquals(1, facet(added, "availability", "busy"));

        sql("UPDATE expert SET availability = 'available', busy_until = NULL WHERE id = ?", second);
        JsonPath changed = search("staff", Map.of("field", own));
        assertEquals(0, facet(changed, "availability", "busy"));
        assertEquals(2, facet(changed, "availability", "available"));

        // the links table: the profile's arrays follow it, and so does the count
        sql("DELETE FROM expert_field WHERE expert_id = ?", second);
        JsonPath unlinked = search("staff", Map.of("field", own));
        assertEquals(1, unlinked.getLong("total"));
        assertEquals(1, facet(unlinked, "fields", own));
        assertEquals(0, facet(unlinked, "qualifications", "GS"));
    }

    @Inject
    DataSource dataSource;

    private void sql(String statement, String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setObject(1, java.util.UUID.fromString(id));
            assertEquals(1, s.executeUpdate(), statement);
        }
    }

    @Test
    void eachCallerFindsOnlyWhatTheyMaySee() {
        assertTrue(!ids("nguyen van hung noi bo").contains(hidden));
        assertTrue(search("staff", Map.of("q", "nguyen van hung noi bo", "field", field)).getList("items.id").contains(hidden));
        // availability is for partners by default: the public neither sees it nor can filter or count by it
        JsonPath pub = search(null, Map.of("field", field));
        assertEquals(4, pub.getLong("total"));
        assertTrue(pub.getList("facets.availability").isEmpty());
        assertTrue(pub.getList("items.availability").stream().allMatch(a -> a == null));
        assertEquals(0, search(null, Map.of("field", field, "availability", "busy")).getLong("total"));
        JsonPath partner = search("partner", Map.of("field", field));
        assertEquals(1, facet(partner, "availability", "busy"));
        Api.anonymous().queryParam("q", "nguyen").queryParam("field", field).get("/api/v1/experts").then()
                .body("items.id", not(hasItem(hidden))).body("items.membership", everyItem(equalTo("active")));
    }

    @Test
    void badParametersAreRefused() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("sort", "salary"), Map.of("size", 0), Map.of("size", 101),
                Map.of("page", "x"), Map.of("availability", "maybe"), Map.of("associationId", "not-a-uuid"), Map.of("membership", "gold"),
                Map.of("q", "x".repeat(201)))) {
            Api.anonymous().queryParams(bad).get("/api/v1/experts").then().statusCode(400).contentType("application/problem+json");
        }
        // injection strings are just text to search for
        Api.anonymous().queryParam("q", "'; drop table expert; --").get("/api/v1/experts").then().statusCode(200);
        Api.anonymous().queryParam("q", "100%_\\").get("/api/v1/experts").then().statusCode(200);
    }
}
