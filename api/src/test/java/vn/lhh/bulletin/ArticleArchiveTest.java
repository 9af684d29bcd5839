package vn.lhh.bulletin;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.expert.ExpertFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Articles written before their issue, placed and ordered, and found in the public archive without accents. */
@QuarkusTest
class ArticleArchiveTest {
    static final String ARTICLES = "/api/v1/bulletin-articles";

    static String path(String id) {
        return ARTICLES + "/" + id;
    }

    @Test
    void articlesArePreparedBeforeTheirIssueThenPlacedInOrder() {
        String word = Api.unique("desk").replace(" ", "");
        String a1 = BulletinFixtures.article("Bài một " + word);
        String a2 = BulletinFixtures.article("Bài hai " + word);
        String a3 = BulletinFixtures.article("Bài ba " + word);
        Api.as("staff").queryParam("placed", "false").queryParam("q", word).queryParam("sort", "title").get(ARTICLES).then().statusCode(200)
                .body("items.id", equalTo(List.of(a3, a2, a1)));
        String issue = BulletinFixtures.draft(Api.unique("Tập san xếp bài"));
        BulletinFixtures.place(a1, issue);
        BulletinFixtures.place(a2, issue);
        // a3 goes first: the others move down
        Api.as("staff").header("If-Match", Fixtures.etag(path(a3))).body(Map.of("issueId", issue, "position", 1)).put(path(a3) + "/placement")
                .then().statusCode(200).body("position", equalTo(1)).body("issue.id", equalTo(issue));
        Api.as("staff").get(BulletinFixtures.path(issue)).then().statusCode(200)
                .body("tableOfContents.articleId", equalTo(List.of(a3, a1, a2))).body("tableOfContents.position", equalTo(List.of(1, 2, 3)));
        // taking one out closes the gap
        Map<String, Object> out = new HashMap<>();
        out.put("issueId", null);
        Api.as("staff").header("If-Match", Fixtures.etag(path(a1))).body(out).put(path(a1) + "/placement").then().statusCode(200)
                .body("issue", nullValue()).body("position", nullValue());
        Api.as("staff").get(BulletinFixtures.path(issue)).then()
                .body("tableOfContents.articleId", equalTo(List.of(a3, a2))).body("tableOfContents.position", equalTo(List.of(1, 2)));
        Api.as("staff").queryParam("issueId", issue).get(ARTICLES).then().statusCode(200).body("items.id", equalTo(List.of(a3, a2)));

        // once published, the issue's line-up is fixed
        BulletinFixtures.uploadPdf(issue, "xep bai");
        BulletinFixtures.transition(issue, "in_review", null);
        BulletinFixtures.transition(issue, "published", null);
        Api.as("staff").header("If-Match", Fixtures.etag(path(a1))).body(Map.of("issueId", issue)).put(path(a1) + "/placement").then().statusCode(409);
        Api.as("staff").header("If-Match", Fixtures.etag(path(a2))).body(out).put(path(a2) + "/placement").then().statusCode(409);
        Api.as("staff").header("If-Match", Fixtures.etag(path(a2))).delete(path(a2)).then().statusCode(409);
        // the unplaced one can still be deleted
        Api.as("staff").header("If-Match", Fixtures.etag(path(a1))).delete(path(a1)).then().statusCode(204);
        Api.as("staff").get(path(a1)).then().statusCode(404);
    }

    @Test
    void thePublicArchiveFindsArticlesWithoutAccentsByYearAndField() {
        String tag = Api.unique("tsk").replace(" ", "").toLowerCase();
        String expert = ExpertFixtures.profileOf("expert");
        Map<String, Object> body = BulletinFixtures.articleBody("Ứng dụng chế phẩm sinh học trong trồng cam Vinh " + tag, "cam Vinh", "chế phẩm");
        body.put("fieldCodes", List.of("nong-nghiep"));
        body.put("authors", List.of(Map.of("name", "PGS.TS. Nguyễn Văn Hùng", "expertId", expert), Map.of("name", "KS. Lê Thị Hoa")));
        String found = Api.as("staff").body(body).post(ARTICLES).then().statusCode(201)
                .body("authors[0].expertId", equalTo(expert)).body("fieldCodes", equalTo(List.of("nong-nghiep"))).extract().path("id");
        String other = BulletinFixtures.article("Điều trị bệnh tim mạch " + tag);
        String hidden = BulletinFixtures.article("Chế phẩm chưa phát hành " + tag);
        String issue = BulletinFixtures.published(Api.unique("Tập san lưu trữ"), List.of(found, other));
        String year = ((String) Api.anonymous().get(BulletinFixtures.path(issue)).then().extract().path("month")).substring(0, 4);
        BulletinFixtures.place(hidden, BulletinFixtures.draft(Api.unique("Tập san chưa phát hành")));

        // accent- and case-free words, the last one a prefix; only published issues' articles
        Api.anonymous().queryParam("q", "CHE PHAM sinh " + tag.substring(0, tag.length() - 2)).get(ARTICLES).then().statusCode(200)
                .body("items.id", equalTo(List.of(found))).body("total", equalTo(1))
                .body("items[0].issue.id", equalTo(issue)).body("items[0].authors[0].name", equalTo("PGS.TS. Nguyễn Văn Hùng"));
        Api.anonymous().queryParam("q", "nguyen van hung " + tag).get(ARTICLES).then().body("items.id", equalTo(List.of(found)));
        Api.anonymous().queryParam("q", tag).queryParam("field", "nong-nghiep").get(ARTICLES).then().body("items.id", equalTo(List.of(found)));
        Api.anonymous().queryParam("q", tag).queryParam("year", year).get(ARTICLES).then().body("total", equalTo(2));
        Api.anonymous().queryParam("q", tag).queryParam("year", "1999").get(ARTICLES).then().body("total", equalTo(0));
        Api.anonymous().get(path(hidden)).then().statusCode(404);
        Api.as("staff").queryParam("q", tag).get(ARTICLES).then().body("items.id", hasItem(hidden));
        // issues with an article in a field
        Api.anonymous().queryParam("field", "nong-nghiep").queryParam("year", year).get("/api/v1/bulletins").then().statusCode(200)
                .body("items.id", hasItem(issue));
        Api.anonymous().queryParam("field", "y-te").queryParam("year", year).get("/api/v1/bulletins").then().body("items.id", not(hasItem(issue)));
        // the public may not ask for unplaced articles or other statuses
        Api.anonymous().queryParam("placed", "false").get(ARTICLES).then().statusCode(401);
        Api.as("expert").queryParam("placed", "false").get(ARTICLES).then().statusCode(403);
        Api.anonymous().queryParam("status", "draft").get("/api/v1/bulletins").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void articleInputIsChecked() {
        Map<String, Object> body = BulletinFixtures.articleBody("Bài kiểm tra dữ liệu");
        body.put("pageFrom", 9);
        body.put("pageTo", 3);
        Api.as("staff").body(body).post(ARTICLES).then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("pageTo"));
        body = BulletinFixtures.articleBody("Bài kiểm tra dữ liệu");
        body.put("authors", List.of(Map.of("name", "A", "expertId", "00000000-0000-0000-0000-000000000042")));
        Api.as("staff").body(body).post(ARTICLES).then().statusCode(400).body("errors.field", hasItem("authors[0].expertId"));
        body = BulletinFixtures.articleBody("Bài kiểm tra dữ liệu");
        body.put("fieldCodes", List.of("khong-co"));
        Api.as("staff").body(body).post(ARTICLES).then().statusCode(400).body("errors.field", hasItem("fieldCodes[0]"));
        body = BulletinFixtures.articleBody("Bài kiểm tra dữ liệu");
        body.put("authors", List.of());
        Api.as("staff").body(body).post(ARTICLES).then().statusCode(400).body("errors.field", hasItem("authors"));
        body = BulletinFixtures.articleBody("Bài kiểm tra dữ liệu");
        body.put("authors", List.of(Map.of("name", " ")));
        Api.as("staff").body(body).post(ARTICLES).then().statusCode(400);
        Api.as("staff").body("{\"title\": ").post(ARTICLES).then().statusCode(400).contentType("application/problem+json");
        String a = BulletinFixtures.article(Api.unique("Bài đặt sai chỗ"));
        Api.as("staff").header("If-Match", Fixtures.etag(path(a))).body(Map.of("issueId", "00000000-0000-0000-0000-000000000042"))
                .put(path(a) + "/placement").then().statusCode(404);
        Api.as("staff").header("If-Match", Fixtures.etag(path(a))).body(Map.of("issueId", "not-a-uuid")).put(path(a) + "/placement").then().statusCode(400);
        Api.as("staff").header("If-Match", "\"99\"").body(BulletinFixtures.articleBody("x")).put(path(a)).then().statusCode(412);
        Api.as("staff").body(BulletinFixtures.articleBody("x")).put(path(a)).then().statusCode(428);
        Api.anonymous().queryParam("year", "20x6").get(ARTICLES).then().statusCode(400);
        Api.anonymous().queryParam("sort", "password").get(ARTICLES).then().statusCode(400);
        Api.as("staff").body(Map.of("volume", 1, "number", 1, "month", "2026-13", "title", "x")).post("/api/v1/bulletins").then().statusCode(400)
                .body("errors.field", hasItem("month"));
    }
}
