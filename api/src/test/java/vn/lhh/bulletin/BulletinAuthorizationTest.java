package vn.lhh.bulletin;

import static io.restassured.RestAssured.given;
import static vn.lhh.bulletin.BulletinFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.Tokens;

/**
 * Who may call each bulletin route. The archive is public but shows only published issues (others
 * are "not found" outside the office); everything that writes is the office's; the JSON feed is for
 * partners and the office.
 */
@QuarkusTest
class BulletinAuthorizationTest {
    static final byte[] NOT_A_FILE = "just text".getBytes(StandardCharsets.UTF_8);
    static final String STALE = "\"999\"";

    /** A published issue (PDF, cover, an article with its PDF), a draft with a PDF, an unplaced article. */
    record Scene(String published, String article, String draft, String unplaced) {
        static Scene build() {
            String article = BulletinFixtures.article(Api.unique("Bài ma trận quyền"));
            given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(BulletinAuthorizationTest.article(article))).contentType("application/pdf")
                    .body(BulletinFixtures.pdf("article")).queryParam("fileName", "bai.pdf").put(BulletinAuthorizationTest.article(article) + "/pdf").then().statusCode(200);
            String draft = BulletinFixtures.draft(Api.unique("Tập san nháp ma trận"));
            BulletinFixtures.uploadPdf(draft, "draft");
            given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(draft))).contentType("image/png")
                    .body(BulletinWorkflowTest.PNG).queryParam("fileName", "bia.png").put(path(draft) + "/cover").then().statusCode(200);
            String published = BulletinFixtures.published(Api.unique("Tập san ma trận quyền"), List.of(article));
            return new Scene(published, article, draft, BulletinFixtures.article(Api.unique("Bài chưa xếp")));
        }
    }

    static String article(String id) {
        return "/api/v1/bulletin-articles/" + id;
    }

    @TestFactory
    Stream<DynamicTest> everyRouteChecksWhoCalls() {
        //                                                                                       anon admin staff off off2 exp exp2 partner
        return new AccessMatrix<>(Scene::build)
                .row("list issues", (as, s) -> as.get("/api/v1/bulletins"), 200, 200, 200, 200, 200, 200, 200, 200)
                .row("get published issue", (as, s) -> as.get(path(s.published())), 200, 200, 200, 200, 200, 200, 200, 200)
                .row("get draft issue", (as, s) -> as.get(path(s.draft())), 404, 200, 200, 404, 404, 404, 404, 404)
                .row("create issue (invalid body)", (as, s) -> as.body(Map.of()).post("/api/v1/bulletins"), 401, 400, 400, 403, 403, 403, 403, 403)
                .row("replace issue (stale)", (as, s) -> as.header("If-Match", STALE).body(BulletinFixtures.issueBody("x")).put(path(s.draft())),
                        401, 412, 412, 403, 403, 403, 403, 403)
                .row("delete issue (stale)", (as, s) -> as.header("If-Match", STALE).delete(path(s.draft())), 401, 412, 412, 403, 403, 403, 403, 403)
                .row("transition issue (stale)", (as, s) -> as.header("If-Match", STALE).body(Map.of("to", "in_review")).post(path(s.draft()) + "/transitions"),
                        401, 412, 412, 403, 403, 403, 403, 403)
                .row("put issue PDF (not a PDF)", (as, s) -> as.contentType("application/pdf").body(NOT_A_FILE).queryParam("fileName", "a.pdf")
                        .put(path(s.draft()) + "/pdf"), 401, 415, 415, 403, 403, 403, 403, 403)
                .row("put issue cover (not an image)", (as, s) -> as.contentType("image/png").body(NOT_A_FILE).queryParam("fileName", "a.png")
                        .put(path(s.draft()) + "/cover"), 401, 415, 415, 403, 403, 403, 403, 403)
                .row("get published PDF", (as, s) -> as.get(path(s.published()) + "/pdf"), 200, 200, 200, 200, 200, 200, 200, 200)
                .row("get draft PDF", (as, s) -> as.get(path(s.draft()) + "/pdf"), 404, 200, 200, 404, 404, 404, 404, 404)
                .row("get draft cover", (as, s) -> as.get(path(s.draft()) + "/cover"), 404, 200, 200, 404, 404, 404, 404, 404)
                .row("list articles", (as, s) -> as.get("/api/v1/bulletin-articles"), 200, 200, 200, 200, 200, 200, 200, 200)
                .row("list unplaced articles", (as, s) -> as.queryParam("placed", "false").get("/api/v1/bulletin-articles"),
                        401, 200, 200, 403, 403, 403, 403, 403)
                .row("get published article", (as, s) -> as.get(article(s.article())), 200, 200, 200, 200, 200, 200, 200, 200)
                .row("get unplaced article", (as, s) -> as.get(article(s.unplaced())), 404, 200, 200, 404, 404, 404, 404, 404)
                .row("create article (invalid body)", (as, s) -> as.body(Map.of()).post("/api/v1/bulletin-articles"), 401, 400, 400, 403, 403, 403, 403, 403)
                .row("replace article (stale)", (as, s) -> as.header("If-Match", STALE).body(BulletinFixtures.articleBody("x")).put(article(s.unplaced())),
                        401, 412, 412, 403, 403, 403, 403, 403)
                .row("place article (stale)", (as, s) -> as.header("If-Match", STALE).body(Map.of("issueId", s.draft())).put(article(s.unplaced()) + "/placement"),
                        401, 412, 412, 403, 403, 403, 403, 403)
                .row("delete article (stale)", (as, s) -> as.header("If-Match", STALE).delete(article(s.unplaced())), 401, 412, 412, 403, 403, 403, 403, 403)
                .row("put article PDF (not a PDF)", (as, s) -> as.contentType("application/pdf").body(NOT_A_FILE).queryParam("fileName", "a.pdf")
                        .put(article(s.unplaced()) + "/pdf"), 401, 415, 415, 403, 403, 403, 403, 403)
                .row("get published article PDF", (as, s) -> as.get(article(s.article()) + "/pdf"), 200, 200, 200, 200, 200, 200, 200, 200)
                .row("read the change feed", (as, s) -> as.get("/api/v1/bulletin-feed"), 401, 200, 200, 403, 403, 403, 403, 200)
                .row("read the Atom feed", (as, s) -> as.get("/api/v1/bulletin-feed/atom"), 200, 200, 200, 200, 200, 200, 200, 200)
                .tests();
    }
}
