package vn.lhh.contest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.contest.ContestFixtures.entryPath;
import static vn.lhh.contest.ContestFixtures.etag;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.JudgingFixtures.Worked;
import vn.lhh.testsupport.Api;

/**
 * The worked example of {@link NormalisationWorkedExampleTest} scored through the API by the accounts
 * judge (A), expert (B) and expert2 (C): the ranking, its tie rule, the award proposal, confirmation,
 * and changing one entry's award.
 */
@QuarkusTest
class RankingApiTest {

    static String ranking(Worked w) {
        return "/api/v1/contest-categories/" + w.scene().category() + "/ranking";
    }

    @Test
    void rankingOfTheWorkedExampleConfirmedAndAdjusted() {
        Worked w = JudgingFixtures.workedExample(true);

        // C has not submitted R: R is ranked on two sheets but incomplete, and the awards cannot be confirmed
        Api.as("staff").get(ranking(w)).then().statusCode(200).body("complete", equalTo(false))
                .body("rows.find { it.entryId == '" + w.entry("R") + "' }.submitted", equalTo(2))
                .body("rows.find { it.entryId == '" + w.entry("R") + "' }.judges", equalTo(3))
                .body("rows.find { it.entryId == '" + w.entry("R") + "' }.complete", equalTo(false));
        Api.as("staff").post("/api/v1/contest-categories/" + w.scene().category() + "/awards").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("-005"));

        JudgingFixtures.scoreAndSubmit("expert2", w.entry("R"), Map.of(w.scene().criterion(0), 55)).statusCode(200);

        // by hand (see NormalisationWorkedExampleTest): Y 1st, X 2nd (tied on z, raw decides), P and Q 3rd together, R 5th
        var r = Api.as("staff").get(ranking(w)).then().statusCode(200).body("complete", equalTo(true)).body("confirmed", equalTo(false))
                .body("rows.complete", everyItem(equalTo(true))).extract().jsonPath();
        assertEquals(List.of(w.entry("Y"), w.entry("X"), w.entry("P"), w.entry("Q"), w.entry("R")), r.getList("rows.entryId"));
        assertEquals(List.of(1, 2, 3, 3, 5), r.getList("rows.rank"));
        assertEquals(List.of("0.333333", "0.333333", "-0.166667", "-0.166667", "-0.333333"),
                r.getList("rows.normalisedScore").stream().map(v -> new java.math.BigDecimal(v.toString()).setScale(6).toPlainString()).toList());
        assertEquals(List.of("65.667", "60.667", "63.667", "63.667", "63.000"),
                r.getList("rows.rawScore").stream().map(v -> new java.math.BigDecimal(v.toString()).setScale(3).toPlainString()).toList());
        assertEquals(List.of("first", "second", "third", "third", "consolation"), r.getList("rows.proposedAward"));
        // each judge's mean and population standard deviation
        Map<String, Object> a = r.getMap("judges.find { it.judgeId == '" + w.judges().get("judge") + "' }");
        assertEquals(80.0f, ((Number) a.get("mean")).floatValue());
        assertEquals(4.0f, ((Number) a.get("standardDeviation")).floatValue());
        Map<String, Object> c = r.getMap("judges.find { it.judgeId == '" + w.judges().get("expert2") + "' }");
        assertEquals(10.0f, ((Number) c.get("standardDeviation")).floatValue());

        // confirmation: every ranked entry awarded with its proposal
        Api.as("staff").post("/api/v1/contest-categories/" + w.scene().category() + "/awards").then().statusCode(200)
                .body("confirmed", equalTo(true)).body("rows.award", equalTo(List.of("first", "second", "third", "third", "consolation")))
                .body("rows.status", everyItem(equalTo("awarded")));

        // one entry's award changed by the office: a special prize needs its name
        String x = entryPath(w.entry("X"));
        Api.as("staff").header("If-Match", etag(x)).body(Map.of("award", "special")).put(x + "/award").then().statusCode(400)
                .body("errors[0].field", equalTo("awardName"));
        Api.as("staff").header("If-Match", "\"999\"").body(Map.of("award", "first")).put(x + "/award").then().statusCode(412);
        Api.as("staff").header("If-Match", etag(x)).body(Map.of("award", "special", "awardName", "Giải đặc biệt của Tỉnh đoàn"))
                .put(x + "/award").then().statusCode(200).body("award", equalTo("special")).body("status", equalTo("awarded"));
        // none: the entry becomes judged
        String q = entryPath(w.entry("Q"));
        java.util.HashMap<String, Object> none = new java.util.HashMap<>();
        none.put("award", null);
        Api.as("staff").header("If-Match", etag(q)).body(none).put(q + "/award").then().statusCode(200)
                .body("status", equalTo("judged")).body("award", org.hamcrest.Matchers.nullValue());
        // a judged entry cannot be nominated; an awarded one can, and back
        Api.as("staff").header("If-Match", etag(q)).body(Map.of("nominated", true)).put(q + "/nomination").then().statusCode(409);
        String y = entryPath(w.entry("Y"));
        Api.as("staff").header("If-Match", etag(y)).body(Map.of("nominated", true, "note", "Đề cử lĩnh vực Kỹ thuật")).put(y + "/nomination")
                .then().statusCode(200).body("status", equalTo("nominated")).body("nominated", equalTo(true));
        // a nominated entry keeps an award
        Api.as("staff").header("If-Match", etag(y)).body(none).put(y + "/award").then().statusCode(409);
        Api.as("staff").header("If-Match", etag(y)).body(Map.of("nominated", false)).put(y + "/nomination")
                .then().statusCode(200).body("status", equalTo("awarded"));
    }

    @Test
    void aJudgeWithASingleSheetCountsZeroAndNothingRankedCannotBeConfirmed() {
        var s = JudgingFixtures.scene(JudgingFixtures.singleCriterionRubric(), 2, Map.of());
        Api.as("staff").post("/api/v1/contest-categories/" + s.category() + "/awards").then().statusCode(409);
        String j = JudgingFixtures.judge(s.edition(), "Giám khảo Một Bài", "judge");
        JudgingFixtures.assignEntry(j, s.entry(0)).statusCode(200);
        JudgingFixtures.scoreAndSubmit("judge", s.entry(0), Map.of(s.criterion(0), 90)).statusCode(200);
        // the entry without any sheet is not ranked; the judge's one total gives z = 0
        Api.as("staff").get("/api/v1/contest-categories/" + s.category() + "/ranking").then().statusCode(200)
                .body("rows.entryId", equalTo(List.of(s.entry(0)))).body("rows[0].normalisedScore", equalTo(0.0f))
                .body("rows[0].rawScore", equalTo(90.0f)).body("judges[0].normalises", equalTo(false));
    }
}
