package vn.lhh.contest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.lhh.contest.JudgingFixtures.judgePath;
import static vn.lhh.contest.JudgingFixtures.myEntry;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.JudgingFixtures.Scene;
import vn.lhh.testsupport.Api;

/** Bad input to the judging routes: 400 problem+json naming the field, never a 500, and nothing changes. */
@QuarkusTest
class ScoringBadInputTest {
    static Scene s;
    static String judge;

    @BeforeEach
    void scene() {
        if (s == null) {
            s = JudgingFixtures.scene(2);
            judge = JudgingFixtures.judge(s.edition(), "Giám khảo Kiểm Lỗi", "judge");
            JudgingFixtures.assignCategory(judge, s.category()).statusCode(200);
        }
    }

    private static void noSheet() {
        Api.as("judge").get(myEntry(s.entry(0))).then().statusCode(200).body("score", nullValue());
    }

    private static void bad(Object body, String field) {
        var r = Api.as("judge").body(body).put(myEntry(s.entry(0)) + "/score").then().statusCode(400).contentType("application/problem+json");
        if (field != null) {
            r.body("errors.field", hasItem(field));
        }
        noSheet();
    }

    @Test
    void scoresOutOfRangeOrOfUnknownCriteria() {
        String c3 = s.criterion(2); // max 5
        bad(Map.of("scores", Map.of(c3, 6)), "scores." + c3);
        bad(Map.of("scores", Map.of(c3, -1)), "scores." + c3);
        String unknown = UUID.randomUUID().toString();
        bad(Map.of("scores", Map.of(unknown, 1)), "scores." + unknown);
        bad(Map.of("scores", Map.of("không-phải-mã", 1)), "scores.không-phải-mã");
        bad(Map.of("scores", Map.of(s.criterion(0), 5), "criterionComments", Map.of(unknown, "?")), "criterionComments." + unknown);
    }

    @Test
    void wrongTypesMalformedJsonAndUnknownFields() {
        bad(Map.of("scores", Map.of(s.criterion(0), "tám")), null);
        bad(Map.of("scores", Map.of(s.criterion(0), 7.5)), null);
        bad(Map.of("scores", List.of(1, 2, 3)), null);
        bad(Map.of("scores", Map.of(s.criterion(0), 5), "lucky", true), null);
        bad("{\"scores\": {", null);
        bad("", null);
        Api.as("judge").body(Map.of("scores", Map.of(s.criterion(0), 5))).put("/api/v1/me/judging/entries/khong-phai-uuid/score")
                .then().statusCode(400).body("errors[0].field", equalTo("entryId"));
    }

    @Test
    void submissionWithMissingCriteriaChangesNothing() {
        String etag = JudgingFixtures.saveScores("judge", s.entry(1), Map.of(s.criterion(0), 5)).statusCode(200).extract().header("ETag");
        Api.as("judge").header("If-Match", etag).post(myEntry(s.entry(1)) + "/score/submission").then().statusCode(400)
                .body("errors.field", equalTo(List.of("scores." + s.criterion(1), "scores." + s.criterion(2))));
        Api.as("judge").get(myEntry(s.entry(1))).then().statusCode(200).body("score.status", equalTo("draft")).body("score.total", nullValue());
    }

    @Test
    void badJudgesRelationsAndReopenings() {
        String judges = ContestFixtures.editionPath(s.edition()) + "/judges";
        Api.as("staff").body(Map.of("schools", List.of("Trường A"))).post(judges).then().statusCode(400).body("errors[0].field", equalTo("fullName"));
        Api.as("staff").body(Map.of("expertId", UUID.randomUUID().toString())).post(judges).then().statusCode(400)
                .body("errors[0].field", equalTo("expertId"));
        Api.as("staff").body(Map.of("fullName", "X", "expertId", "không-phải-uuid")).post(judges).then().statusCode(400);
        Api.as("staff").body(Map.of("fullName", "X", "email", "không-phải-thư")).post(judges).then().statusCode(400);
        Api.as("staff").body(Map.of("fullName", "X", "schools", "Trường A")).post(judges).then().statusCode(400);
        Api.as("staff").get("/api/v1/contest-editions/khong-phai-uuid/judges").then().statusCode(400);
        Api.as("staff").get(judges).then().statusCode(200).body("total", equalTo(1));

        Api.as("staff").body(Map.of("entryId", UUID.randomUUID().toString(), "note", "quen")).post(judgePath(judge) + "/relations")
                .then().statusCode(400).body("errors[0].field", equalTo("entryId"));
        Api.as("staff").body(Map.of("entryId", s.entry(0), "note", " ")).post(judgePath(judge) + "/relations").then().statusCode(400);
        Api.as("staff").body(Map.of("entryId", s.entry(0))).post(judgePath(judge) + "/relations").then().statusCode(400);
        Api.as("staff").get(judgePath(judge)).then().statusCode(200).body("relations", org.hamcrest.Matchers.hasSize(0));

        Api.as("staff").put(judgePath(judge) + "/categories/khong-phai-uuid").then().statusCode(400);
        Api.as("staff").put(judgePath(judge) + "/entries/" + UUID.randomUUID()).then().statusCode(404);
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("reason", "")).post("/api/v1/contest-scores/" + UUID.randomUUID() + "/reopening")
                .then().statusCode(400);
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("award", "giải vàng")).put(ContestFixtures.entryPath(s.entry(0)) + "/award")
                .then().statusCode(400);
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("note", "thiếu cờ")).put(ContestFixtures.entryPath(s.entry(0)) + "/nomination")
                .then().statusCode(400);
    }
}
