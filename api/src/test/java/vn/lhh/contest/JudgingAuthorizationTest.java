package vn.lhh.contest;

import static vn.lhh.contest.ContestFixtures.editionPath;
import static vn.lhh.contest.ContestFixtures.entryPath;
import static vn.lhh.contest.JudgingFixtures.judgePath;
import static vn.lhh.contest.JudgingFixtures.myEntry;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.contest.JudgingFixtures.Scene;
import vn.lhh.testsupport.AccessMatrix;

/**
 * Who may call each judging route. The office (staff, admin) manages judges, assignments, scores,
 * ranking, awards and results; a judge reaches only the entries assigned to them (judge: assigned to
 * the scene's entry; expert: a judge of the edition who is not; expert2: an expert who is no judge);
 * other entries are 404. Published results are public; before publication only the office sees them.
 * Writes are sent stale or invalid so that the table changes nothing.
 */
@QuarkusTest
class JudgingAuthorizationTest {
    static final List<String> ACTORS = List.of("anonymous", "admin", "staff", "officer", "partner", "coordinator", "expert2", "judge", "expert");
    static final String STALE = "\"999\"";

    record Matrix(Scene s, String judge, String other, String relation) {
        static Matrix build() {
            Scene s = JudgingFixtures.scene(2);
            String judge = JudgingFixtures.judge(s.edition(), "Giám khảo Được Giao", "judge");
            String other = JudgingFixtures.judge(s.edition(), "Giám khảo Bài Khác", "expert");
            JudgingFixtures.assignEntry(judge, s.entry(0)).statusCode(200);
            JudgingFixtures.assignEntry(other, s.entry(1)).statusCode(200);
            String relation = vn.lhh.testsupport.Api.as("staff").body(Map.of("entryId", s.entry(1), "note", "Quan hệ họ hàng"))
                    .post(judgePath(judge) + "/relations").then().statusCode(201).extract().path("id");
            return new Matrix(s, judge, other, relation);
        }

        String entry() {
            return s.entry(0);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyJudgingRouteChecksWhoCalls() {
        String none = UUID.randomUUID().toString();
        //                                                                                  anon adm  staff off  part coord exp2 judge expert
        return new AccessMatrix<Matrix>(ACTORS, Matrix::build)
                .row("list judges", (as, m) -> as.get(editionPath(m.s().edition()) + "/judges"), 401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("create judge (invalid)", (as, m) -> as.body(Map.of()).post(editionPath(m.s().edition()) + "/judges"),
                        401, 400, 400, 403, 403, 403, 403, 403, 403)
                .row("get judge", (as, m) -> as.get(judgePath(m.judge())), 401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("replace judge (stale)", (as, m) -> as.header("If-Match", STALE).body(Map.of("fullName", "X")).put(judgePath(m.judge())),
                        401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("delete judge (stale)", (as, m) -> as.header("If-Match", STALE).delete(judgePath(m.judge())), 401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("declare relation (invalid)", (as, m) -> as.body(Map.of()).post(judgePath(m.judge()) + "/relations"),
                        401, 400, 400, 403, 403, 403, 403, 403, 403)
                .row("withdraw relation (unknown)", (as, m) -> as.delete(judgePath(m.judge()) + "/relations/" + none),
                        401, 404, 404, 403, 403, 403, 403, 403, 403)
                .row("assign entry (already)", (as, m) -> as.put(judgePath(m.judge()) + "/entries/" + m.entry()), 401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("unassign entry (not assigned)", (as, m) -> as.delete(judgePath(m.judge()) + "/entries/" + none), 401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("assign category (unknown)", (as, m) -> as.put(judgePath(m.judge()) + "/categories/" + none), 401, 404, 404, 403, 403, 403, 403, 403, 403)
                .row("unassign category (not assigned)", (as, m) -> as.delete(judgePath(m.judge()) + "/categories/" + none),
                        401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("judge's assignments", (as, m) -> as.get(judgePath(m.judge()) + "/assignments"), 401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("judging progress", (as, m) -> as.get(editionPath(m.s().edition()) + "/judging-progress"), 401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("my judging", (as, m) -> as.get("/api/v1/me/judging"), 401, 403, 403, 403, 403, 403, 200, 200, 200)
                .row("my entry (assigned to judge)", (as, m) -> as.get(myEntry(m.entry())), 401, 403, 403, 403, 403, 403, 404, 200, 404)
                .row("my entry's file (unknown)", (as, m) -> as.get(myEntry(m.entry()) + "/files/" + none), 401, 403, 403, 403, 403, 403, 404, 404, 404)
                .row("save score (out of range)", (as, m) -> as.body(Map.of("scores", Map.of(m.s().criterion(0), 999))).put(myEntry(m.entry()) + "/score"),
                        401, 403, 403, 403, 403, 403, 404, 400, 404)
                .row("submit score (none saved)", (as, m) -> as.header("If-Match", STALE).post(myEntry(m.entry()) + "/score/submission"),
                        401, 403, 403, 403, 403, 403, 404, 409, 404)
                .row("entry's score sheets", (as, m) -> as.get(entryPath(m.entry()) + "/scores"), 401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("reopen score (unknown)", (as, m) -> as.header("If-Match", STALE).body(Map.of("reason", "r")).post("/api/v1/contest-scores/" + none + "/reopening"),
                        401, 404, 404, 403, 403, 403, 403, 403, 403)
                .row("ranking", (as, m) -> as.get("/api/v1/contest-categories/" + m.s().category() + "/ranking"), 401, 200, 200, 403, 403, 403, 403, 403, 403)
                .row("confirm awards (nothing ranked)", (as, m) -> as.post("/api/v1/contest-categories/" + m.s().category() + "/awards"),
                        401, 409, 409, 403, 403, 403, 403, 403, 403)
                .row("set award (stale)", (as, m) -> as.header("If-Match", STALE).body(Map.of("award", "first")).put(entryPath(m.entry()) + "/award"),
                        401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("set nomination (stale)", (as, m) -> as.header("If-Match", STALE).body(Map.of("nominated", true)).put(entryPath(m.entry()) + "/nomination"),
                        401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("results (unpublished)", (as, m) -> as.get(editionPath(m.s().edition()) + "/results"), 404, 200, 200, 404, 404, 404, 404, 404, 404)
                .row("publish results (stale)", (as, m) -> as.header("If-Match", STALE).post(editionPath(m.s().edition()) + "/results/publication"),
                        401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("unpublish results (stale)", (as, m) -> as.header("If-Match", STALE).delete(editionPath(m.s().edition()) + "/results/publication"),
                        401, 412, 412, 403, 403, 403, 403, 403, 403)
                .row("nominations export", (as, m) -> as.accept("text/csv").get(editionPath(m.s().edition()) + "/nominations"),
                        401, 200, 200, 403, 403, 403, 403, 403, 403)
                .tests();
    }
}
