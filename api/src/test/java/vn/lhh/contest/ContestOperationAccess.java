package vn.lhh.contest;

import static io.restassured.RestAssured.given;
import static vn.lhh.contest.ContestFixtures.categoryPath;
import static vn.lhh.contest.ContestFixtures.editionPath;
import static vn.lhh.contest.ContestFixtures.entryPath;
import static vn.lhh.contest.JudgingFixtures.judgePath;
import static vn.lhh.contest.JudgingFixtures.myEntry;
import static vn.lhh.testsupport.access.AccessCatalogue.STALE;
import static vn.lhh.testsupport.access.Outcome.ALLOW;
import static vn.lhh.testsupport.access.Outcome.HIDDEN;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Tokens;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * The youth creativity contest. Editions and categories are public once published (a draft is 404 outside
 * the office); entries are the office's and their registering coordinator's ("coordinator2" gets 404);
 * judging is the office's, and a judge reaches only the entries assigned to them ("judge": assigned to the
 * entry; "expert": a judge of the edition assigned to another entry; "expert2": no judge) — 404 otherwise.
 * Writes are stale or invalid, so nothing in the scenes changes.
 */
public class ContestOperationAccess implements OperationAccess {
    static final byte[] NOT_A_FILE = "just text".getBytes(StandardCharsets.UTF_8);

    /** A published edition in registration with rules and a category, a draft edition, coordinator's entry with a photo. */
    record Entries(String edition, String draft, String category, String entry, String file, String coordinatorRecord, String otherFile) {
        static Entries build() {
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
            String office = ContestFixtures.entry(category, "Bài của văn phòng", Api.unique("Trường THCS Lê Lợi"));
            String otherFile = ContestFixtures.upload("staff", office, "photo", "anh.png", "image/png", ContestFixtures.png())
                    .then().statusCode(200).extract().path("files[0].id");
            return new Entries(edition, ContestFixtures.draftEdition(Phase.UPCOMING), category, entry, file, record, otherFile);
        }
    }

    /** An edition in judging with two entries: "judge" assigned to the first, "expert" (a judge too) to the second. */
    record Judging(JudgingFixtures.Scene s, String judge, String other, String relation, String file) {
        static Judging build() {
            // JudgingFixtures.scene(2), with a photo on the first entry while it can still take files
            String edition = ContestFixtures.edition(Phase.REGISTRATION);
            String category = Api.as("staff").body(ContestFixtures.categoryBody("linh-vuc", "Kỹ thuật công nghệ", 1))
                    .post(editionPath(edition) + "/categories").then().statusCode(201).extract().path("id");
            Api.as("staff").header("If-Match", ContestFixtures.etag(categoryPath(category))).body(ContestFixtures.rubricBody())
                    .put(categoryPath(category) + "/rubric").then().statusCode(200);
            List<String> criteria = Api.as("staff").get(categoryPath(category)).then().statusCode(200).extract().jsonPath().getList("rubric.id");
            List<String> schools = List.of(Api.unique("Trường THCS Số 1"), Api.unique("Trường THCS Số 2"));
            String first = ContestFixtures.entry(category, Api.unique("Bài dự thi số 1"), schools.get(0));
            String file = ContestFixtures.upload("staff", first, "photo", "anh.png", "image/png", ContestFixtures.png())
                    .then().statusCode(200).extract().path("files[0].id");
            ContestFixtures.submit("staff", first);
            ContestFixtures.markEligible(first);
            String second = ContestFixtures.eligibleEntry(category, Api.unique("Bài dự thi số 2"), schools.get(1));
            ContestFixtures.moveTo(edition, Phase.JUDGING);
            JudgingFixtures.Scene s = new JudgingFixtures.Scene(edition, category, List.of(first, second), schools, criteria);
            String judge = JudgingFixtures.judge(s.edition(), "Giám khảo Được Giao", "judge");
            String other = JudgingFixtures.judge(s.edition(), "Giám khảo Bài Khác", "expert");
            JudgingFixtures.assignEntry(judge, s.entry(0)).statusCode(200);
            JudgingFixtures.assignEntry(other, s.entry(1)).statusCode(200);
            String relation = Api.as("staff").body(Map.of("entryId", s.entry(1), "note", "Quan hệ họ hàng"))
                    .post(judgePath(judge) + "/relations").then().statusCode(201).extract().path("id");
            return new Judging(s, judge, other, relation, file);
        }

        String entry() {
            return s.entry(0);
        }
    }

    static String coordinators(String id) {
        return "/api/v1/contest-coordinators" + (id == null ? "" : "/" + id);
    }

    @Override
    public void declare(AccessCatalogue c) {
        Expect office = Expect.office();
        Expect draft = Expect.visibleTo("admin", "staff");
        Expect entryOwner = Expect.roles("admin", "staff", "contest-coordinator").but(HIDDEN, "coordinator2");
        Map<String, Object> coordinatorBody = Map.of("username", "someone", "kind", "district", "fullName", "Ông Nguyễn Văn A",
                "district", "Huyện Nam Đàn");
        c.feature("contest", Entries::build)
                .op("listContestEditions", (as, s) -> as.get("/api/v1/contest-editions"), Expect.everyone())
                .op("getCurrentContestEdition", (as, s) -> as.get("/api/v1/contest-editions/current"), Expect.everyone())
                .op("getContestEdition", "published", (as, s) -> as.get(editionPath(s.edition())), Expect.everyone())
                .op("getContestEdition", "draft", (as, s) -> as.get(editionPath(s.draft())), draft)
                .op("createContestEdition", (as, s) -> as.body(Map.of()).post("/api/v1/contest-editions"), office)
                .op("replaceContestEdition", (as, s) -> as.header("If-Match", STALE).body(ContestFixtures.editionBody(2000, Phase.UPCOMING))
                        .put(editionPath(s.draft())), office)
                .op("deleteContestEdition", (as, s) -> as.header("If-Match", STALE).delete(editionPath(s.draft())), office)
                .op("transitionContestEdition", (as, s) -> as.header("If-Match", STALE).body(Map.of("status", "published"))
                        .post(editionPath(s.draft()) + "/transitions"), office)
                .op("putContestEditionRules", (as, s) -> as.contentType("application/pdf").body(NOT_A_FILE).queryParam("fileName", "a.pdf")
                        .put(editionPath(s.draft()) + "/rules"), office)
                .op("getContestEditionRules", "published", (as, s) -> as.get(editionPath(s.edition()) + "/rules"), Expect.everyone())
                .op("listContestCategories", "published", (as, s) -> as.get(editionPath(s.edition()) + "/categories"), Expect.everyone())
                .op("listContestCategories", "draft", (as, s) -> as.get(editionPath(s.draft()) + "/categories"), draft)
                .op("createContestCategory", (as, s) -> as.body(Map.of()).post(editionPath(s.edition()) + "/categories"), office)
                .op("getContestCategory", (as, s) -> as.get(categoryPath(s.category())), Expect.everyone())
                .op("replaceContestCategory", (as, s) -> as.header("If-Match", STALE).body(ContestFixtures.categoryBody("x", "X", 1))
                        .put(categoryPath(s.category())), office)
                .op("deleteContestCategory", (as, s) -> as.header("If-Match", STALE).delete(categoryPath(s.category())), office)
                .op("putContestRubric", (as, s) -> as.header("If-Match", STALE).body(ContestFixtures.rubricBody())
                        .put(categoryPath(s.category()) + "/rubric"), office)
                .op("getContestStatistics", (as, s) -> as.get(editionPath(s.edition()) + "/statistics"), office)
                .op("listContestCoordinators", (as, s) -> as.get(coordinators(null)), office)
                .op("createContestCoordinator", (as, s) -> as.body(Map.of()).post(coordinators(null)), office)
                .op("getContestCoordinator", (as, s) -> as.get(coordinators(s.coordinatorRecord())), office)
                .op("replaceContestCoordinator", (as, s) -> as.header("If-Match", STALE).body(coordinatorBody).put(coordinators(s.coordinatorRecord())),
                        office)
                .op("deleteContestCoordinator", (as, s) -> as.header("If-Match", STALE).delete(coordinators(s.coordinatorRecord())), office)
                .op("getMyContestCoordinator", (as, s) -> as.get("/api/v1/me/contest-coordinator"), Expect.roles("contest-coordinator"))
                .op("listContestEntries", (as, s) -> as.get("/api/v1/contest-entries"), Expect.roles("admin", "staff", "contest-coordinator"))
                .op("exportContestEntries", (as, s) -> as.queryParam("format", "csv").queryParam("edition", s.edition()).get("/api/v1/contest-entries/export"),
                        Expect.roles("admin", "staff", "contest-coordinator"))
                .op("createContestEntry", (as, s) -> as.body(Map.of()).post("/api/v1/contest-entries"),
                        Expect.roles("admin", "staff", "contest-coordinator"))
                .op("getContestEntry", "coordinator's entry", (as, s) -> as.get(entryPath(s.entry())), entryOwner)
                .op("replaceContestEntry", "coordinator's entry", (as, s) -> as.header("If-Match", STALE)
                        .body(ContestFixtures.entryBody(s.category(), "Sửa", "Trường bất kỳ")).put(entryPath(s.entry())), entryOwner)
                .op("deleteContestEntry", "coordinator's entry", (as, s) -> as.header("If-Match", STALE).delete(entryPath(s.entry())), entryOwner)
                .op("transitionContestEntry", "coordinator's entry", (as, s) -> as.header("If-Match", STALE).body(Map.of("status", "submitted"))
                        .post(entryPath(s.entry()) + "/transitions"), entryOwner)
                .op("putContestEntryConsent", "coordinator's entry", (as, s) -> as.header("If-Match", STALE).body(Map.of("consentPublic", true))
                        .put(entryPath(s.entry()) + "/consent"), entryOwner)
                .op("addContestEntryFile", "coordinator's entry", (as, s) -> as.header("If-Match", STALE).contentType("image/png")
                        .body(ContestFixtures.png()).queryParam("kind", "photo").queryParam("fileName", "b.png").post(entryPath(s.entry()) + "/files"),
                        entryOwner)
                .op("getContestEntryFile", "coordinator's entry", (as, s) -> as.get(entryPath(s.entry()) + "/files/" + s.file()), entryOwner)
                .op("getContestEntryCertificate", "coordinator's entry", (as, s) -> as.queryParam("format", "pdf").get(entryPath(s.entry()) + "/certificate"),
                        entryOwner)
                .op("getContestEntryCertificate", "coordinator's entry, docx", (as, s) -> as.queryParam("format", "docx")
                        .get(entryPath(s.entry()) + "/certificate"), entryOwner)
                .op("getContestEntryFile", "coordinator's entry, another entry's file", (as, s) ->
                        as.get(entryPath(s.entry()) + "/files/" + s.otherFile()), entryOwner.replace(ALLOW, HIDDEN))
                .op("deleteContestEntryFile", "coordinator's entry", (as, s) -> as.header("If-Match", STALE)
                        .delete(entryPath(s.entry()) + "/files/" + s.file()), entryOwner);

        String none = UUID.randomUUID().toString();
        Expect myJudging = Expect.roles("expert", "judge");
        Expect assignedJudge = myJudging.but(HIDDEN, "expert", "expert2");
        c.feature("contest judging", Judging::build)
                .op("listContestJudges", (as, m) -> as.get(editionPath(m.s().edition()) + "/judges"), office)
                .op("createContestJudge", (as, m) -> as.body(Map.of()).post(editionPath(m.s().edition()) + "/judges"), office)
                .op("getContestJudge", (as, m) -> as.get(judgePath(m.judge())), office)
                .op("replaceContestJudge", (as, m) -> as.header("If-Match", STALE).body(Map.of("fullName", "X")).put(judgePath(m.judge())), office)
                .op("deleteContestJudge", (as, m) -> as.header("If-Match", STALE).delete(judgePath(m.judge())), office)
                .op("declareContestJudgeRelation", (as, m) -> as.body(Map.of()).post(judgePath(m.judge()) + "/relations"), office)
                .op("deleteContestJudgeRelation", "unknown relation", (as, m) -> as.delete(judgePath(m.judge()) + "/relations/" + none),
                        office.but(HIDDEN, "admin", "staff"))
                .op("assignContestJudgeEntry", "already assigned", (as, m) -> as.put(judgePath(m.judge()) + "/entries/" + m.entry()), office)
                .op("unassignContestJudgeEntry", "not assigned", (as, m) -> as.delete(judgePath(m.judge()) + "/entries/" + none), office)
                .op("assignContestJudgeCategory", "unknown category", (as, m) -> as.put(judgePath(m.judge()) + "/categories/" + none),
                        office.but(HIDDEN, "admin", "staff"))
                .op("unassignContestJudgeCategory", "not assigned", (as, m) -> as.delete(judgePath(m.judge()) + "/categories/" + none), office)
                .op("getContestJudgeAssignments", (as, m) -> as.get(judgePath(m.judge()) + "/assignments"), office)
                .op("getContestJudgingProgress", (as, m) -> as.get(editionPath(m.s().edition()) + "/judging-progress"), office)
                .op("listMyContestJudging", (as, m) -> as.get("/api/v1/me/judging"), myJudging)
                .op("getMyContestJudgingEntry", "assigned to judge", (as, m) -> as.get(myEntry(m.entry())), assignedJudge)
                .op("getMyContestJudgingEntryFile", "assigned to judge", (as, m) -> as.get(myEntry(m.entry()) + "/files/" + m.file()), assignedJudge)
                .op("saveMyContestScore", "out of range", (as, m) -> as.body(Map.of("scores", Map.of(m.s().criterion(0), 999)))
                        .put(myEntry(m.entry()) + "/score"), assignedJudge)
                .op("submitMyContestScore", "none saved", (as, m) -> as.header("If-Match", STALE).post(myEntry(m.entry()) + "/score/submission"),
                        assignedJudge)
                .op("listContestEntryScores", (as, m) -> as.get(entryPath(m.entry()) + "/scores"), office)
                .op("reopenContestScore", "unknown score", (as, m) -> as.header("If-Match", STALE).body(Map.of("reason", "r"))
                        .post("/api/v1/contest-scores/" + none + "/reopening"), office.but(HIDDEN, "admin", "staff"))
                .op("getContestRanking", (as, m) -> as.get(categoryPath(m.s().category()) + "/ranking"), office)
                .op("confirmContestAwards", "nothing ranked", (as, m) -> as.post(categoryPath(m.s().category()) + "/awards"), office)
                .op("setContestEntryAward", (as, m) -> as.header("If-Match", STALE).body(Map.of("award", "first")).put(entryPath(m.entry()) + "/award"),
                        office)
                .op("setContestEntryNomination", (as, m) -> as.header("If-Match", STALE).body(Map.of("nominated", true))
                        .put(entryPath(m.entry()) + "/nomination"), office)
                .op("getContestResults", "unpublished", (as, m) -> as.get(editionPath(m.s().edition()) + "/results"), draft)
                .op("exportContestResults", "unpublished", (as, m) -> as.queryParam("format", "csv").get(editionPath(m.s().edition()) + "/results/export"),
                        draft)
                .op("publishContestResults", (as, m) -> as.header("If-Match", STALE).post(editionPath(m.s().edition()) + "/results/publication"), office)
                .op("unpublishContestResults", (as, m) -> as.header("If-Match", STALE).delete(editionPath(m.s().edition()) + "/results/publication"),
                        office)
                .op("exportContestNominations", (as, m) -> as.accept("text/csv").get(editionPath(m.s().edition()) + "/nominations"), office)
                .op("getContestAwardDecision", (as, m) -> as.queryParam("format", "pdf").get(editionPath(m.s().edition()) + "/award-decision"), office)
                .op("getContestNominationList", (as, m) -> as.queryParam("format", "docx").get(editionPath(m.s().edition()) + "/nomination-list"), office)
                .op("getContestCertificates", (as, m) -> as.queryParam("format", "pdf").get(editionPath(m.s().edition()) + "/certificates"), office)
                .op("getContestCertificates", "docx", (as, m) -> as.queryParam("format", "docx").get(editionPath(m.s().edition()) + "/certificates"), office);
    }
}
