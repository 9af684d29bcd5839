package vn.lhh.contest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.lhh.contest.ContestFixtures.categoryPath;
import static vn.lhh.contest.ContestFixtures.etag;
import static vn.lhh.contest.JudgingFixtures.myEntry;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.contest.JudgingFixtures.Scene;
import vn.lhh.testsupport.Api;

/**
 * A judge's score sheet from draft to submission, the lock and the office's reopening; scoring only
 * during judging; a judge reaches only their own entries; blind judging; the rubric frozen once scored.
 */
@QuarkusTest
class ScoringWorkflowTest {

    @Test
    void draftSubmitLockAndReopen() {
        Scene s = JudgingFixtures.scene(2);
        String judge = JudgingFixtures.judge(s.edition(), "Nguyễn Văn Giám", "judge");
        JudgingFixtures.assignCategory(judge, s.category()).statusCode(200).body("entries", hasSize(2));
        String e = s.entry(0);
        String c1 = s.criterion(0);
        String c2 = s.criterion(1);
        String c3 = s.criterion(2);

        Api.as("judge").get("/api/v1/me/judging").then().statusCode(200)
                .body("items.find { it.editionId == '" + s.edition() + "' }.entries.entryId", equalTo(List.of(s.entry(0), s.entry(1))))
                .body("items.find { it.editionId == '" + s.edition() + "' }.scoringOpen", equalTo(true));

        // a partial draft
        String etag = Api.as("judge").body(Map.of("scores", Map.of(c1, 8), "comment", "Ý tưởng tốt")).put(myEntry(e) + "/score")
                .then().statusCode(200).body("status", equalTo("draft")).body("total", nullValue()).extract().header("ETag");
        // once the sheet exists, If-Match is required and must be current
        Api.as("judge").body(Map.of("scores", Map.of(c1, 9))).put(myEntry(e) + "/score").then().statusCode(428);
        Api.as("judge").header("If-Match", "\"999\"").body(Map.of("scores", Map.of(c1, 9))).put(myEntry(e) + "/score").then().statusCode(412);
        // submission needs every criterion: 400 naming the missing ones, nothing changes
        Api.as("judge").header("If-Match", etag).post(myEntry(e) + "/score/submission").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("scores." + c2, "scores." + c3)));
        Api.as("judge").get(myEntry(e)).then().statusCode(200).body("score.status", equalTo("draft")).body("canScore", equalTo(true));

        etag = Api.as("judge").header("If-Match", etag).body(Map.of("scores", Map.of(c1, 8, c2, 6, c3, 4), "criterionComments", Map.of(c2, "Cần thử nghiệm thêm")))
                .put(myEntry(e) + "/score").then().statusCode(200).extract().header("ETag");
        // total = 100 × (40·8/10 + 30·6/10 + 30·4/5) / (40+30+30) = 100 × (32 + 18 + 24) / 100 = 74.000
        String sheetId = Api.as("judge").header("If-Match", etag).post(myEntry(e) + "/score/submission").then().statusCode(200)
                .body("status", equalTo("submitted")).body("total", equalTo(74.0f)).extract().path("id");

        // locked
        String submittedEtag = Api.as("judge").get(myEntry(e)).then().statusCode(200).body("canScore", equalTo(false)).extract().path("score.version").toString();
        Api.as("judge").header("If-Match", "\"" + submittedEtag + "\"").body(Map.of("scores", Map.of(c1, 10))).put(myEntry(e) + "/score")
                .then().statusCode(409).contentType("application/problem+json");
        Api.as("judge").header("If-Match", "\"" + submittedEtag + "\"").post(myEntry(e) + "/score/submission").then().statusCode(409);

        // the office sees it, with the judge's name, and reopens it with a reason (If-Match on the sheet)
        Api.as("staff").get(ContestFixtures.entryPath(e) + "/scores").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].judgeName", equalTo("Nguyễn Văn Giám")).body("rubric", hasSize(3));
        Api.as("staff").body(Map.of("reason", "Nhầm điểm tiêu chí 1")).post("/api/v1/contest-scores/" + sheetId + "/reopening").then().statusCode(428);
        Api.as("staff").header("If-Match", "\"" + submittedEtag + "\"").body(Map.of("reason", "Nhầm điểm tiêu chí 1"))
                .post("/api/v1/contest-scores/" + sheetId + "/reopening").then().statusCode(200)
                .body("status", equalTo("draft")).body("total", nullValue()).body("reopenReason", equalTo("Nhầm điểm tiêu chí 1"))
                .body("reopenedBy", equalTo("staff"));
        // the judge corrects and submits again
        JudgingFixtures.scoreAndSubmit("judge", e, Map.of(c1, 10, c2, 6, c3, 4)).statusCode(200).body("total", equalTo(82.0f));

        // progress: one submitted, one missing
        Api.as("staff").get(ContestFixtures.editionPath(s.edition()) + "/judging-progress").then().statusCode(200)
                .body("judges[0].count.assigned", equalTo(2)).body("judges[0].count.submitted", equalTo(1))
                .body("judges[0].count.missing", equalTo(1)).body("categories[0].entries", equalTo(2));
    }

    @Test
    void scoresOnlyWhileJudgingIsOpen() {
        Scene s = JudgingFixtures.scene(1);
        JudgingFixtures.assignCategory(JudgingFixtures.judge(s.edition(), "Trần Thị Chấm", "judge"), s.category()).statusCode(200);
        Map<String, Integer> all = Map.of(s.criterion(0), 5, s.criterion(1), 5, s.criterion(2), 5);

        ContestFixtures.moveTo(s.edition(), Phase.PREPARING_JUDGING);
        Api.as("judge").body(Map.of("scores", all)).put(myEntry(s.entry(0)) + "/score").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("deadline"));
        Api.as("judge").get(myEntry(s.entry(0))).then().statusCode(200).body("canScore", equalTo(false));

        ContestFixtures.moveTo(s.edition(), Phase.JUDGING);
        String etag = Api.as("judge").body(Map.of("scores", all)).put(myEntry(s.entry(0)) + "/score").then().statusCode(200).extract().header("ETag");

        ContestFixtures.moveTo(s.edition(), Phase.DELIBERATION);
        Api.as("judge").header("If-Match", etag).post(myEntry(s.entry(0)) + "/score/submission").then().statusCode(409)
                .body("type", containsString("deadline"));
        Api.as("judge").header("If-Match", etag).body(Map.of("scores", all)).put(myEntry(s.entry(0)) + "/score").then().statusCode(409);
        Api.as("judge").get(myEntry(s.entry(0))).then().statusCode(200).body("score.status", equalTo("draft"));
    }

    @Test
    void aJudgeReachesOnlyTheirOwnEntriesAndSeesThemBlind() {
        Scene s = JudgingFixtures.scene(2);
        String a = JudgingFixtures.judge(s.edition(), "Giám khảo Một", "judge");
        String b = JudgingFixtures.judge(s.edition(), "Giám khảo Hai", "expert");
        JudgingFixtures.assignEntry(a, s.entry(0)).statusCode(200);
        JudgingFixtures.assignEntry(b, s.entry(1)).statusCode(200);
        Map<String, Integer> all = Map.of(s.criterion(0), 7, s.criterion(1), 7, s.criterion(2), 3);
        JudgingFixtures.scoreAndSubmit("expert", s.entry(1), all).statusCode(200);

        // not assigned: 404, as if it did not exist — reading, saving, submitting; the other judge's sheet stays out of reach
        Api.as("judge").get(myEntry(s.entry(1))).then().statusCode(404).contentType("application/problem+json");
        Api.as("judge").body(Map.of("scores", all)).put(myEntry(s.entry(1)) + "/score").then().statusCode(404);
        Api.as("judge").header("If-Match", "\"0\"").post(myEntry(s.entry(1)) + "/score/submission").then().statusCode(404);
        Api.as("judge").get("/api/v1/me/judging").then().statusCode(200)
                .body("items.find { it.editionId == '" + s.edition() + "' }.entries.entryId", equalTo(List.of(s.entry(0))));
        // an expert who is not a judge of the edition
        Api.as("expert2").get(myEntry(s.entry(0))).then().statusCode(404);
        Api.as("expert2").get("/api/v1/me/judging").then().statusCode(200).body("items.editionId", org.hamcrest.Matchers.not(hasItem(s.edition())));
        // other roles have no judging screen
        Api.as("officer").get("/api/v1/me/judging").then().statusCode(403);
        Api.as("staff").get(myEntry(s.entry(0))).then().statusCode(403);

        // blind: number, title, description… never authors, supervisor, school or district
        var blind = Api.as("judge").get(myEntry(s.entry(0))).then().statusCode(200)
                .body("id", equalTo(s.entry(0))).body("rubric", hasSize(3)).body("score", nullValue()).extract();
        Map<String, Object> json = blind.jsonPath().getMap("$");
        for (String hidden : List.of("authors", "supervisor", "school", "district", "commune", "registeredBy", "consentPublic")) {
            assertFalse(json.containsKey(hidden), hidden + " must not be shown to a judge");
        }
        String text = blind.asString();
        for (String leak : List.of(s.schools().get(0), "Nguyễn Thị Lan Anh", "Trần Văn Minh", "Thành phố Vinh", "Trường Thi")) {
            assertFalse(text.contains(leak), "a judge must not read " + leak);
        }
    }

    @Test
    void theRubricIsFrozenOnceAJudgeHasScored() {
        Scene s = JudgingFixtures.scene(1);
        JudgingFixtures.assignCategory(JudgingFixtures.judge(s.edition(), "Lê Văn Khóa", "judge"), s.category()).statusCode(200);
        JudgingFixtures.saveScores("judge", s.entry(0), Map.of(s.criterion(0), 5)).statusCode(200);
        Api.as("staff").get(categoryPath(s.category())).then().statusCode(200).body("rubricFrozen", equalTo(true));
        Api.as("staff").header("If-Match", etag(categoryPath(s.category()))).body(JudgingFixtures.singleCriterionRubric())
                .put(categoryPath(s.category()) + "/rubric").then().statusCode(409).contentType("application/problem+json");
        assertEquals(3, Api.as("staff").get(categoryPath(s.category())).then().extract().jsonPath().getList("rubric").size());
    }
}
