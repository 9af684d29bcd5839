package vn.lhh.news;

import static io.restassured.RestAssured.given;
import static vn.lhh.news.NewsFixtures.path;
import static vn.lhh.testsupport.access.AccessCatalogue.STALE;
import static vn.lhh.testsupport.access.Outcome.HIDDEN;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.Tokens;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * News posts. Reading depends on status and audience: published public posts for everyone, members'
 * posts for any signed-in caller, internal posts and anything unpublished for the office only (404 for
 * the others). Every write is the office's; writes go stale (412) or invalid (400) so the scene stays.
 */
public class NewsOperationAccess implements OperationAccess {
    record Scene(String pub, String members, String internal, String draft) {
        static Scene build() {
            String pub = NewsFixtures.published(Api.unique("Tin công khai (ma trận)"), "public");
            cover(pub);
            String draft = NewsFixtures.draft(Api.unique("Tin nháp (ma trận)"), "public");
            cover(draft);
            return new Scene(pub, NewsFixtures.published(Api.unique("Tin hội viên (ma trận)"), "members"),
                    NewsFixtures.published(Api.unique("Tin nội bộ (ma trận)"), "internal"), draft);
        }

        static void cover(String id) {
            given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("image/png")
                    .body(NewsFixtures.PNG).queryParam("fileName", "bia.png").put(path(id) + "/cover").then().statusCode(200);
        }
    }

    /** Published posts that are not public: any signed-in caller reads them; for anonymous callers they do not exist. */
    static Expect members() {
        return Expect.everyone().but(HIDDEN, "anonymous");
    }

    @Override
    public void declare(AccessCatalogue c) {
        c.feature("news", Scene::build)
                .op("listPosts", (as, s) -> as.get("/api/v1/posts"), Expect.everyone())
                .op("readPostsAtomFeed", (as, s) -> as.get("/api/v1/post-feed/atom"), Expect.everyone())
                .op("getPost", "public", (as, s) -> as.get(path(s.pub())), Expect.everyone())
                .op("getPost", "members", (as, s) -> as.get(path(s.members())), members())
                .op("getPost", "internal", (as, s) -> as.get(path(s.internal())), Expect.visibleTo("admin", "staff"))
                .op("getPost", "draft", (as, s) -> as.get(path(s.draft())), Expect.visibleTo("admin", "staff"))
                .op("createPost", (as, s) -> as.body(Map.of()).post("/api/v1/posts"), Expect.office())
                .op("replacePost", (as, s) -> as.header("If-Match", STALE).body(NewsFixtures.body("x", "public")).put(path(s.draft())),
                        Expect.office())
                .op("deletePost", (as, s) -> as.header("If-Match", STALE).delete(path(s.draft())), Expect.office())
                .op("transitionPost", (as, s) -> as.header("If-Match", STALE).body(Map.of("to", "published")).post(path(s.draft()) + "/transitions"),
                        Expect.office())
                .op("putPostCover", (as, s) -> as.contentType("image/png").body("not an image".getBytes(StandardCharsets.UTF_8))
                        .queryParam("fileName", "a.png").put(path(s.draft()) + "/cover"), Expect.office())
                .op("deletePostCover", (as, s) -> as.header("If-Match", STALE).delete(path(s.draft()) + "/cover"), Expect.office())
                .op("getPostCover", "public", (as, s) -> as.get(path(s.pub()) + "/cover"), Expect.everyone())
                .op("getPostCover", "draft", (as, s) -> as.get(path(s.draft()) + "/cover"), Expect.visibleTo("admin", "staff"));
    }
}
