package vn.lhh.contest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.lhh.contest.ContestFixtures.categoryPath;
import static vn.lhh.contest.ContestFixtures.editionPath;
import static vn.lhh.contest.ContestFixtures.entryPath;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Tokens;

/**
 * Who may call each core contest route. Editions and categories are public once published; everything
 * that writes them is the office's. Entries are the office's and their registering coordinator's: another
 * coordinator gets 404 (the entry does not exist for it), other roles 403, anonymous 401.
 */
@QuarkusTest
class EntryAuthorizationTest {
    static final String STALE = "\"999\"";
    static final byte[] NOT_A_FILE = "just text".getBytes(StandardCharsets.UTF_8);

    /** A published edition with rules and a category, a draft edition, coordinator's entry with a photo, the coordinator record. */
    record Scene(String edition, String draft, String category, String entry, String file, String coordinatorRecord) {
        static Scene build() {
            String edition = ContestFixtures.edition(Phase.REGISTRATION);
            given().header("Authorization", Tokens.bearer("staff")).header("If-Match", ContestFixtures.etag(editionPath(edition)))
                    .contentType("application/pdf").body(ContestFixtures.pdf("Thể lệ")).queryParam("fileName", "the-le.pdf")
                    .put(editionPath(edition) + "/rules").then().statusCode(200);
            String category = ContestFixtures.category(edition);
            String school = Api.unique("Trường THCS Bến Thủy");
            String record = ContestFixtures.coordinator("coordinator", "school", school, "Thành phố Vinh");
            ContestFixtures.coordinator("coordinator2", "school", Api.unique("Trường THCS Đặng Thai Mai"), "Thành phố Vinh");
            String entry = ContestFixtures.entry("coordinator", ContestFixtures.entryBody(category, "Bài của đầu mối", school));
            String file = ContestFixtures.upload("coordinator", entry, "photo", "anh.png", "image/png", ContestFixtures.png())
                    .then().statusCode(200).extract().path("files[0].id");
            return new Scene(edition, ContestFixtures.draftEdition(Phase.UPCOMING), category, entry, file, record);
        }
    }

    static String coordinators(String id) {
        return "/api/v1/contest-coordinators" + (id == null ? "" : "/" + id);
    }

    @TestFactory
    Stream<DynamicTest> everyRouteChecksWhoCalls() {
        Map<String, Object> coordinatorBody = Map.of("username", "someone", "kind", "district", "fullName", "Ông Nguyễn Văn A", "district", "Huyện Nam Đàn");
        //                                                                                           anon adm staff off exp partner coord coord2 judge
        return new AccessMatrix<Scene>(ContestFixtures.ACTORS, Scene::build)
                .row("list editions", (as, s) -> as.get("/api/v1/contest-editions"), 200, 200, 200, 200, 200, 200, 200, 200, 200)
                .row("current edition", (as, s) -> as.get("/api/v1/contest-editions/current"), 200, 200, 200, 200, 200, 200, 200, 200, 200)
                .row("get published edition", (as, s) -> as.get(editionPath(s.edition())), 200, 200, 200, 200, 200, 200, 200, 200, 200)
                .row("get draft edition", (as, s) -> as.get(editionPath(s.draft())), 404, 200, 200, 404, 404, 404, 404, 404, 404)
                .row("create edition (invalid body)", (as, s) -> as.body(Map.of()).post("/api/v1/contest-editions"), 401, 400, 400, 403, 403, 403, 403, 403, 403)
                .row("replace edition (stale)", (as, s) -> as.header("If-Match", STALE).body(ContestFixtures.editionBody(2000, Phase.UPCOMING))
                        .put(editionPath(s.draft())), 401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("delete edition (stale)", (as, s) -> as.header("If-Match", STALE).delete(editionPath(s.draft())), 401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("transition edition (stale)", (as, s) -> as.header("If-Match", STALE).body(Map.of("status", "published"))
                        .post(editionPath(s.draft()) + "/transitions"), 401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("put rules (not a PDF)", (as, s) -> as.contentType("application/pdf").body(NOT_A_FILE).queryParam("fileName", "a.pdf")
                        .put(editionPath(s.draft()) + "/rules"), 401, 415, 415, 403, 403, 403, 403, 403, 403)
                .row("get published rules", (as, s) -> as.get(editionPath(s.edition()) + "/rules"), 200, 200, 200, 200, 200, 200, 200, 200, 200)
                .row("list categories", (as, s) -> as.get(editionPath(s.edition()) + "/categories"), 200, 200, 200, 200, 200, 200, 200, 200, 200)
                .row("list draft categories", (as, s) -> as.get(editionPath(s.draft()) + "/categories"), 404, 200, 200, 404, 404, 404, 404, 404, 404)
                .row("create category (invalid body)", (as, s) -> as.body(Map.of()).post(editionPath(s.edition()) + "/categories"),
                        401, 400, 400, 403, 403, 403, 403, 403, 403)
                .row("get category", (as, s) -> as.get(categoryPath(s.category())), 200, 200, 200, 200, 200, 200, 200, 200, 200)
                .row("replace category (stale)", (as, s) -> as.header("If-Match", STALE).body(ContestFixtures.categoryBody("x", "X", 1))
                        .put(categoryPath(s.category())), 401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("delete category (stale)", (as, s) -> as.header("If-Match", STALE).delete(categoryPath(s.category())),
                        401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("put rubric (stale)", (as, s) -> as.header("If-Match", STALE).body(ContestFixtures.rubricBody()).put(categoryPath(s.category()) + "/rubric"),
                        401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("statistics", (as, s) -> as.get(editionPath(s.edition()) + "/statistics"), 401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("list coordinators", (as, s) -> as.get(coordinators(null)), 401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("create coordinator (invalid body)", (as, s) -> as.body(Map.of()).post(coordinators(null)), 401, 400, 400, 403, 403, 403, 403, 403, 403)
                .row("get coordinator", (as, s) -> as.get(coordinators(s.coordinatorRecord())), 401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("replace coordinator (stale)", (as, s) -> as.header("If-Match", STALE).body(coordinatorBody).put(coordinators(s.coordinatorRecord())),
                        401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("delete coordinator (stale)", (as, s) -> as.header("If-Match", STALE).delete(coordinators(s.coordinatorRecord())),
                        401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("my coordinator record", (as, s) -> as.get("/api/v1/me/contest-coordinator"), 401, 403, 403, 403, 403, 403, 200, 200, 403)
                .row("list entries", (as, s) -> as.get("/api/v1/contest-entries"), 401, 200, 200, 403, 403, 403, 200, 200, 403)
                .row("create entry (invalid body)", (as, s) -> as.body(Map.of()).post("/api/v1/contest-entries"), 401, 400, 400, 403, 403, 403, 400, 400, 403)
                .row("get entry", (as, s) -> as.get(entryPath(s.entry())), 401, 200, 200, 403, 403, 403, 200, 404, 403)
                .row("replace entry (stale)", (as, s) -> as.header("If-Match", STALE)
                        .body(ContestFixtures.entryBody(s.category(), "Sửa", "Trường bất kỳ")).put(entryPath(s.entry())),
                        401, 412, 412, 403, 403, 403, 412, 404, 403)
                .row("delete entry (stale)", (as, s) -> as.header("If-Match", STALE).delete(entryPath(s.entry())), 401, 412, 412, 403, 403, 403, 412, 404, 403)
                .row("transition entry (stale)", (as, s) -> as.header("If-Match", STALE).body(Map.of("status", "submitted"))
                        .post(entryPath(s.entry()) + "/transitions"), 401, 412, 412, 403, 403, 403, 412, 404, 403)
                .row("consent (stale)", (as, s) -> as.header("If-Match", STALE).body(Map.of("consentPublic", true)).put(entryPath(s.entry()) + "/consent"),
                        401, 412, 412, 403, 403, 403, 412, 404, 403)
                .row("add file (stale)", (as, s) -> as.header("If-Match", STALE).contentType("image/png").body(ContestFixtures.png())
                        .queryParam("kind", "photo").queryParam("fileName", "b.png").post(entryPath(s.entry()) + "/files"),
                        401, 412, 412, 403, 403, 403, 412, 404, 403)
                .row("get file", (as, s) -> as.get(entryPath(s.entry()) + "/files/" + s.file()), 401, 200, 200, 403, 403, 403, 200, 404, 403)
                .row("delete file (stale)", (as, s) -> as.header("If-Match", STALE).delete(entryPath(s.entry()) + "/files/" + s.file()),
                        401, 412, 412, 403, 403, 403, 412, 404, 403)
                .tests();
    }

    @Test
    void aCoordinatorListsOnlyWhatItRegistered() {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        String school = Api.unique("Trường THCS Hưng Bình");
        ContestFixtures.coordinator("coordinator", "school", school, "Thành phố Vinh");
        ContestFixtures.coordinator("coordinator2", "school", Api.unique("Trường THCS Hưng Dũng"), "Thành phố Vinh");
        String mine = ContestFixtures.entry("coordinator", ContestFixtures.entryBody(category, "Của tôi", school));
        String office = ContestFixtures.entry(category, "Của văn phòng", school);
        Api.as("coordinator").queryParam("edition", edition).get("/api/v1/contest-entries").then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(office)));
        Api.as("coordinator2").queryParam("edition", edition).get("/api/v1/contest-entries").then().statusCode(200)
                .body("items.id", not(hasItem(mine)));
        Api.as("coordinator").get(entryPath(office)).then().statusCode(404);
        Api.as("staff").queryParam("edition", edition).get("/api/v1/contest-entries").then().body("items.id", hasItem(office));
    }
}
