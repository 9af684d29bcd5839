package vn.lhh.news;

import static io.restassured.RestAssured.given;
import static vn.lhh.news.NewsFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.Tokens;

/**
 * Who may call each news route. Reading depends on the post's status and audience (a post the caller
 * may not read is "not found"); every write is the office's (staff, admin).
 */
@QuarkusTest
class NewsAuthorizationTest {
    static final byte[] NOT_AN_IMAGE = "just text".getBytes(StandardCharsets.UTF_8);
    static final String STALE = "\"999\"";

    /** A published post for each audience (the public one with a cover), and a draft with a cover. */
    record Scene(String pub, String members, String internal, String draft) {
        static Scene build() {
            String pub = NewsFixtures.published(Api.unique("Tin công khai ma trận"), "public");
            cover(pub);
            String draft = NewsFixtures.draft(Api.unique("Tin nháp ma trận"), "public");
            cover(draft);
            return new Scene(pub, NewsFixtures.published(Api.unique("Tin hội viên ma trận"), "members"),
                    NewsFixtures.published(Api.unique("Tin nội bộ ma trận"), "internal"), draft);
        }

        static void cover(String id) {
            given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("image/png")
                    .body(NewsFixtures.PNG).queryParam("fileName", "bia.png").put(path(id) + "/cover").then().statusCode(200);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRouteChecksWhoCalls() {
        //                                                                                    anon admin staff off off2 exp exp2 partner
        return new AccessMatrix<>(Scene::build)
                .row("list posts", (as, s) -> as.get("/api/v1/posts"), 200, 200, 200, 200, 200, 200, 200, 200)
                .row("list drafts (empty outside the office)", (as, s) -> as.queryParam("status", "draft").get("/api/v1/posts"),
                        200, 200, 200, 200, 200, 200, 200, 200)
                .row("get public post", (as, s) -> as.get(path(s.pub())), 200, 200, 200, 200, 200, 200, 200, 200)
                .row("get members post", (as, s) -> as.get(path(s.members())), 404, 200, 200, 200, 200, 200, 200, 200)
                .row("get internal post", (as, s) -> as.get(path(s.internal())), 404, 200, 200, 404, 404, 404, 404, 404)
                .row("get draft post", (as, s) -> as.get(path(s.draft())), 404, 200, 200, 404, 404, 404, 404, 404)
                .row("create post (invalid body)", (as, s) -> as.body(Map.of()).post("/api/v1/posts"), 401, 400, 400, 403, 403, 403, 403, 403)
                .row("replace post (stale)", (as, s) -> as.header("If-Match", STALE).body(NewsFixtures.body("x", "public")).put(path(s.draft())),
                        401, 412, 412, 403, 403, 403, 403, 403)
                .row("delete post (stale)", (as, s) -> as.header("If-Match", STALE).delete(path(s.draft())), 401, 412, 412, 403, 403, 403, 403, 403)
                .row("transition post (stale)", (as, s) -> as.header("If-Match", STALE).body(Map.of("to", "published")).post(path(s.draft()) + "/transitions"),
                        401, 412, 412, 403, 403, 403, 403, 403)
                .row("put cover (not an image)", (as, s) -> as.contentType("image/png").body(NOT_AN_IMAGE).queryParam("fileName", "a.png")
                        .put(path(s.draft()) + "/cover"), 401, 415, 415, 403, 403, 403, 403, 403)
                .row("delete cover (stale)", (as, s) -> as.header("If-Match", STALE).delete(path(s.draft()) + "/cover"),
                        401, 412, 412, 403, 403, 403, 403, 403)
                .row("get public post's cover", (as, s) -> as.get(path(s.pub()) + "/cover"), 200, 200, 200, 200, 200, 200, 200, 200)
                .row("get draft's cover", (as, s) -> as.get(path(s.draft()) + "/cover"), 404, 200, 200, 404, 404, 404, 404, 404)
                .row("read the Atom feed", (as, s) -> as.get("/api/v1/post-feed/atom"), 200, 200, 200, 200, 200, 200, 200, 200)
                .tests();
    }
}
