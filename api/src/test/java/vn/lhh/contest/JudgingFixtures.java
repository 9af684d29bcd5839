package vn.lhh.contest;

import static vn.lhh.contest.ContestFixtures.categoryPath;
import static vn.lhh.contest.ContestFixtures.editionPath;
import static vn.lhh.contest.ContestFixtures.etag;

import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.testsupport.Api;

/** Judges, assignments and score sheets, made through the API with real tokens, on top of {@link ContestFixtures}. */
public final class JudgingFixtures {
    private JudgingFixtures() {
    }

    public static String judgePath(String judgeId) {
        return "/api/v1/contest-judges/" + judgeId;
    }

    public static String myEntry(String entryId) {
        return "/api/v1/me/judging/entries/" + entryId;
    }

    /** An edition in judging (published), one category with the given rubric, and eligible entries of distinct schools. */
    public record Scene(String edition, String category, List<String> entries, List<String> schools, List<String> criteria) {
        public String entry(int i) {
            return entries.get(i);
        }

        public String criterion(int i) {
            return criteria.get(i);
        }
    }

    public static Scene scene(Map<String, Object> rubric, int entries, Map<String, Object> editionChanges) {
        return scene(rubric, entries, editionChanges, (i, id) -> { });
    }

    /** As {@link #scene(Map, int, Map)}, with a step run on each entry (index, id) while it is a draft (e.g. its files). */
    public static Scene scene(Map<String, Object> rubric, int entries, Map<String, Object> editionChanges, BiConsumer<Integer, String> whileDraft) {
        String edition = ContestFixtures.edition(Phase.REGISTRATION, editionChanges);
        String category = Api.as("staff").body(ContestFixtures.categoryBody("linh-vuc", "Kỹ thuật công nghệ", 1))
                .post(editionPath(edition) + "/categories").then().statusCode(201).extract().path("id");
        Api.as("staff").header("If-Match", etag(categoryPath(category))).body(rubric).put(categoryPath(category) + "/rubric").then().statusCode(200);
        List<String> criteria = Api.as("staff").get(categoryPath(category)).then().statusCode(200).extract().jsonPath().getList("rubric.id");
        List<String> ids = new ArrayList<>();
        List<String> schools = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            String school = Api.unique("Trường THCS Số " + (i + 1));
            schools.add(school);
            String id = ContestFixtures.entry(category, "Bài dự thi số " + (i + 1) + " " + Api.unique(""), school);
            whileDraft.accept(i, id);
            ContestFixtures.submit("staff", id);
            ContestFixtures.markEligible(id);
            ids.add(id);
        }
        ContestFixtures.moveTo(edition, Phase.JUDGING);
        return new Scene(edition, category, ids, schools, criteria);
    }

    /** The core's three-criterion rubric (40/10, 30/10, 30/5), n entries. */
    public static Scene scene(int entries) {
        return scene(ContestFixtures.rubricBody(), entries, Map.of());
    }

    /** A judge scoring with the given account (or none), working at the given schools; its id. */
    public static String judge(String editionId, String fullName, String username, String... schools) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        if (username != null) {
            body.put("username", username);
        }
        body.put("schools", List.of(schools));
        return Api.as("staff").body(body).post(editionPath(editionId) + "/judges").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse assignCategory(String judgeId, String categoryId) {
        return Api.as("staff").put(judgePath(judgeId) + "/categories/" + categoryId).then();
    }

    public static ValidatableResponse assignEntry(String judgeId, String entryId) {
        return Api.as("staff").put(judgePath(judgeId) + "/entries/" + entryId).then();
    }

    /** Saves a draft as a judge account (If-Match when the sheet exists). */
    public static ValidatableResponse saveScores(String who, String entryId, Map<String, Integer> scores) {
        var current = Api.as(who).get(myEntry(entryId)).then().extract();
        var req = Api.as(who);
        if (current.statusCode() == 200 && current.path("score") != null) {
            req = req.header("If-Match", "\"" + current.path("score.version") + "\"");
        }
        return req.body(Map.of("scores", scores)).put(myEntry(entryId) + "/score").then();
    }

    /** Saves and submits. */
    public static ValidatableResponse scoreAndSubmit(String who, String entryId, Map<String, Integer> scores) {
        String etag = saveScores(who, entryId, scores).statusCode(200).extract().header("ETag");
        return Api.as(who).header("If-Match", etag).post(myEntry(entryId) + "/score/submission").then();
    }

    /** One criterion scored 0..100 with weight 1: a sheet's total is its score, convenient for worked examples. */
    public static Map<String, Object> singleCriterionRubric() {
        return Map.of("criteria", List.of(ContestFixtures.criterion("Đánh giá chung", 1, 100)));
    }

    /**
     * The worked example of {@link NormalisationWorkedExampleTest} through the API: entries X, Y, P, Q, R
     * (numbers 1–5), judges A = "judge", B = "expert", C = "expert2" assigned to the category, quotas 1/1/1/2.
     * All sheets are submitted except C's for R when {@code leaveOneOpen} (then it is a saved draft).
     */
    public record Worked(Scene scene, Map<String, String> judges, Map<String, String> entries) {
        public String entry(String letter) {
            return entries.get(letter);
        }
    }

    public static final List<String> LETTERS = List.of("X", "Y", "P", "Q", "R");
    public static final Map<String, int[]> TOTALS = Map.of(
            "judge", new int[] {86, 80, 82, 78, 74},
            "expert", new int[] {66, 62, 54, 58, 60},
            "expert2", new int[] {30, 55, 55, 55, 55});

    public static Worked workedExample(boolean leaveOneOpen) {
        Scene s = scene(singleCriterionRubric(), 5, Map.of("awardQuota", Map.of("first", 1, "second", 1, "third", 1, "consolation", 2)));
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put(LETTERS.get(i), s.entry(i));
        }
        Map<String, String> judges = new LinkedHashMap<>();
        judges.put("judge", judge(s.edition(), "Giám khảo A (dễ tính)", "judge", "Trường Đại học Vinh"));
        judges.put("expert", judge(s.edition(), "Giám khảo B", "expert", "Viện Khoa học Nghệ An"));
        judges.put("expert2", judge(s.edition(), "Giám khảo C (khắt khe)", "expert2"));
        judges.values().forEach(j -> assignCategory(j, s.category()).statusCode(200));
        String criterion = s.criterion(0);
        TOTALS.forEach((who, totals) -> {
            for (int i = 0; i < 5; i++) {
                Map<String, Integer> sheet = Map.of(criterion, totals[i]);
                if (leaveOneOpen && who.equals("expert2") && i == 4) {
                    saveScores(who, s.entry(i), sheet).statusCode(200);
                } else {
                    scoreAndSubmit(who, s.entry(i), sheet).statusCode(200);
                }
            }
        });
        return new Worked(s, judges, entries);
    }
}
