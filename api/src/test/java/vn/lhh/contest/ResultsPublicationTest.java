package vn.lhh.contest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.contest.ContestFixtures.editionPath;
import static vn.lhh.contest.ContestFixtures.entryPath;
import static vn.lhh.contest.ContestFixtures.etag;

import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.JudgingFixtures.Worked;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Tokens;

/**
 * Results: published only after every category's awards are confirmed; public only once published
 * (staff preview before); the consent rule (no names, school or district without consent; with it
 * name, school and district only); the national nominations export as CSV and XLSX.
 */
@QuarkusTest
class ResultsPublicationTest {

    @Test
    void publicationConsentRuleAndNominationsExport() throws Exception {
        Worked w = JudgingFixtures.workedExample(false);
        String edition = w.scene().edition();
        String results = editionPath(edition) + "/results";

        // not confirmed yet: cannot publish; nobody outside the office sees anything
        Api.as("staff").header("If-Match", etag(editionPath(edition))).post(results + "/publication").then().statusCode(409)
                .contentType("application/problem+json");
        Api.anonymous().get(results).then().statusCode(404);
        Api.as("staff").post("/api/v1/contest-categories/" + w.scene().category() + "/awards").then().statusCode(200);

        // consent for Y only
        String y = entryPath(w.entry("Y"));
        Api.as("staff").header("If-Match", etag(y)).body(Map.of("consentPublic", true, "note", "Phụ huynh đồng ý bằng văn bản"))
                .put(y + "/consent").then().statusCode(200);
        // Y and P nominated for the national contest
        for (String letter : List.of("Y", "P")) {
            String p = entryPath(w.entry(letter));
            Api.as("staff").header("If-Match", etag(p)).body(Map.of("nominated", true, "note", "Đề cử " + letter)).put(p + "/nomination").then().statusCode(200);
        }

        // staff preview before publication; the public still gets 404
        Api.as("staff").get(results).then().statusCode(200).body("published", equalTo(false));
        Api.anonymous().get(results).then().statusCode(404);
        Api.as("officer").get(results).then().statusCode(404);

        Api.as("staff").post(results + "/publication").then().statusCode(428);
        Api.as("staff").header("If-Match", etag(editionPath(edition))).post(results + "/publication").then().statusCode(200)
                .body("published", equalTo(true));

        var pub = Api.anonymous().get(results).then().statusCode(200).body("categories", hasSize(1))
                .body("categories[0].entries", hasSize(5)).extract();
        var json = pub.jsonPath();
        // award order: first (Y), second (X), third (P, Q by number), consolation (R)
        assertEquals(List.of(w.entry("Y"), w.entry("X"), w.entry("P"), w.entry("Q"), w.entry("R")), json.getList("categories[0].entries.entryId"));
        assertEquals(List.of(true, false, true, false, false), json.getList("categories[0].entries.nominated"));
        // with consent: name, school, district — nothing else
        Map<String, Object> withConsent = json.getMap("categories[0].entries[0]");
        assertEquals(false, withConsent.get("authorsWithheld"));
        List<Map<String, Object>> authors = json.getList("categories[0].entries[0].authors");
        assertEquals(1, authors.size());
        assertEquals(Set.of("fullName", "school", "district"), authors.get(0).keySet());
        assertEquals("Nguyễn Thị Lan Anh", authors.get(0).get("fullName"));
        assertEquals(w.scene().schools().get(1), withConsent.get("school"));
        // without consent: no names, no school, no district
        Map<String, Object> without = json.getMap("categories[0].entries[1]");
        assertEquals(true, without.get("authorsWithheld"));
        assertEquals(List.of(), without.get("authors"));
        assertEquals(null, without.get("school"));
        assertEquals(null, without.get("district"));
        String text = pub.asString();
        assertFalse(text.contains("dateOfBirth") || text.contains("grade") || text.contains("commune") || text.contains("Trần Văn Minh"));
        assertFalse(text.contains(w.scene().schools().get(0)), "X's school without consent");

        // published: no reopening, no award change
        String sheetId = Api.as("staff").get(entryPath(w.entry("R")) + "/scores").then().statusCode(200).extract().path("items[0].sheet.id");
        String sheetVersion = Api.as("staff").get(entryPath(w.entry("R")) + "/scores").then().extract().path("items[0].sheet.version").toString();
        Api.as("staff").header("If-Match", "\"" + sheetVersion + "\"").body(Map.of("reason", "xem lại"))
                .post("/api/v1/contest-scores/" + sheetId + "/reopening").then().statusCode(409);
        String r = entryPath(w.entry("R"));
        Api.as("staff").header("If-Match", etag(r)).body(Map.of("award", "third")).put(r + "/award").then().statusCode(409);

        // the national nominations export: one row per author of Y and P
        var csv = RestAssured.given().header("Authorization", Tokens.bearer("staff")).queryParam("format", "csv")
                .get(editionPath(edition) + "/nominations").then().statusCode(200).extract();
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").contains(".csv"));
        String body = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFF\"STT\",\"Mã bài\",\"Tên bài dự thi\",\"Lĩnh vực\",\"Họ và tên tác giả\",\"Ngày sinh\""));
        String[] lines = body.split("\r\n");
        assertEquals(3, lines.length, body);
        assertTrue(lines[1].startsWith("\"1\",\""), lines[1]);
        assertTrue(lines[1].contains("\"Nguyễn Thị Lan Anh\"") && lines[1].contains("\"Nữ\",\"8\"") && lines[1].contains("\"Giải Nhất\",\"Đề cử Y\""), lines[1]);
        assertTrue(lines[2].contains("\"Giải Ba\",\"Đề cử P\""), lines[2]);
        assertTrue(lines[1].contains("\"Thầy Trần Văn Minh\",\"0912 345 678\""), lines[1]);

        byte[] xlsx = RestAssured.given().header("Authorization", Tokens.bearer("staff")).queryParam("format", "xlsx")
                .get(editionPath(edition) + "/nominations").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        List<List<String>> rows = vn.lhh.testsupport.XlsxReader.rows(xlsx);
        assertEquals(3, rows.size());
        assertEquals("Mã bài", rows.get(0).get(1));
        assertEquals("Nguyễn Thị Lan Anh", rows.get(1).get(4));
        assertEquals("Giải Ba", rows.get(2).get(13));
        RestAssured.given().header("Authorization", Tokens.bearer("staff")).queryParam("format", "pdf")
                .get(editionPath(edition) + "/nominations").then().statusCode(400).contentType("application/problem+json");

        // unpublished: gone from the public again
        Api.as("staff").header("If-Match", etag(editionPath(edition))).delete(results + "/publication").then().statusCode(200)
                .body("published", equalTo(false));
        Api.anonymous().get(results).then().statusCode(404);
    }
}
