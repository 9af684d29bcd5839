package vn.lhh.bulletin;

import static io.restassured.RestAssured.given;
import static vn.lhh.bulletin.BulletinFixtures.path;
import static vn.lhh.testsupport.access.AccessCatalogue.STALE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.Tokens;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * Bulletin issues and articles: the archive is public but shows only what is published (a draft or an
 * unplaced article is 404 outside the office); every write is the office's; the JSON feed is for partners
 * and the office. Writes are stale or invalid so the scene stays as it is.
 */
public class BulletinOperationAccess implements OperationAccess {
    static final byte[] NOT_A_FILE = "just text".getBytes(StandardCharsets.UTF_8);

    record Scene(String published, String article, String draft, String unplaced) {
        static Scene build() {
            String article = BulletinFixtures.article(Api.unique("Bài ma trận thao tác"));
            given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(BulletinOperationAccess.article(article))).contentType("application/pdf")
                    .body(BulletinFixtures.pdf("article")).queryParam("fileName", "bai.pdf").put(BulletinOperationAccess.article(article) + "/pdf").then().statusCode(200);
            String draft = BulletinFixtures.draft(Api.unique("Tập san nháp ma trận"));
            BulletinFixtures.uploadPdf(draft, "draft");
            given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(draft))).contentType("image/png")
                    .body(BulletinWorkflowTest.PNG).queryParam("fileName", "bia.png").put(path(draft) + "/cover").then().statusCode(200);
            String published = BulletinFixtures.published(Api.unique("Tập san ma trận thao tác"), List.of(article));
            return new Scene(published, article, draft, BulletinFixtures.article(Api.unique("Bài chưa xếp")));
        }
    }

    static String article(String id) {
        return "/api/v1/bulletin-articles/" + id;
    }

    @Override
    public void declare(AccessCatalogue c) {
        Expect office = Expect.office();
        Expect draft = Expect.visibleTo("admin", "staff");
        c.feature("bulletin", Scene::build)
                .op("listBulletinIssues", (as, s) -> as.get("/api/v1/bulletins"), Expect.everyone())
                .op("getBulletinIssue", "published", (as, s) -> as.get(path(s.published())), Expect.everyone())
                .op("getBulletinIssue", "draft", (as, s) -> as.get(path(s.draft())), draft)
                .op("createBulletinIssue", (as, s) -> as.body(Map.of()).post("/api/v1/bulletins"), office)
                .op("replaceBulletinIssue", (as, s) -> as.header("If-Match", STALE).body(BulletinFixtures.issueBody("x")).put(path(s.draft())), office)
                .op("deleteBulletinIssue", (as, s) -> as.header("If-Match", STALE).delete(path(s.draft())), office)
                .op("transitionBulletinIssue", (as, s) -> as.header("If-Match", STALE).body(Map.of("to", "in_review"))
                        .post(path(s.draft()) + "/transitions"), office)
                .op("putBulletinIssuePdf", (as, s) -> as.contentType("application/pdf").body(NOT_A_FILE).queryParam("fileName", "a.pdf")
                        .put(path(s.draft()) + "/pdf"), office)
                .op("putBulletinIssueCover", (as, s) -> as.contentType("image/png").body(NOT_A_FILE).queryParam("fileName", "a.png")
                        .put(path(s.draft()) + "/cover"), office)
                .op("getBulletinIssuePdf", "published", (as, s) -> as.get(path(s.published()) + "/pdf"), Expect.everyone())
                .op("getBulletinIssuePdf", "draft", (as, s) -> as.get(path(s.draft()) + "/pdf"), draft)
                .op("getBulletinIssueCover", "draft", (as, s) -> as.get(path(s.draft()) + "/cover"), draft)
                .op("listBulletinArticles", (as, s) -> as.get("/api/v1/bulletin-articles"), Expect.everyone())
                .op("listBulletinArticles", "unplaced", (as, s) -> as.queryParam("placed", "false").get("/api/v1/bulletin-articles"), office)
                .op("getBulletinArticle", "published", (as, s) -> as.get(article(s.article())), Expect.everyone())
                .op("getBulletinArticle", "unplaced", (as, s) -> as.get(article(s.unplaced())), draft)
                .op("createBulletinArticle", (as, s) -> as.body(Map.of()).post("/api/v1/bulletin-articles"), office)
                .op("replaceBulletinArticle", (as, s) -> as.header("If-Match", STALE).body(BulletinFixtures.articleBody("x"))
                        .put(article(s.unplaced())), office)
                .op("placeBulletinArticle", (as, s) -> as.header("If-Match", STALE).body(Map.of("issueId", s.draft()))
                        .put(article(s.unplaced()) + "/placement"), office)
                .op("deleteBulletinArticle", (as, s) -> as.header("If-Match", STALE).delete(article(s.unplaced())), office)
                .op("putBulletinArticlePdf", (as, s) -> as.contentType("application/pdf").body(NOT_A_FILE).queryParam("fileName", "a.pdf")
                        .put(article(s.unplaced()) + "/pdf"), office)
                .op("getBulletinArticlePdf", "published", (as, s) -> as.get(article(s.article()) + "/pdf"), Expect.everyone())
                .op("readBulletinFeed", (as, s) -> as.get("/api/v1/bulletin-feed"), Expect.roles("admin", "staff", "partner"))
                .op("readBulletinAtomFeed", (as, s) -> as.get("/api/v1/bulletin-feed/atom"), Expect.everyone());
    }
}
