package vn.lhh.contest;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Judges, assignments and score sheets, made through the API with real tokens. */
public final class JudgingFixtures {
    private JudgingFixtures() {
    }

    public static String judgePath(String judgeId) {
        return "/api/v1/contest-judges/" + judgeId;
    }

    public static String myEntry(String entryId) {
        return "/api/v1/me/judging/entries/" + entryId;
    }

    /** A judge scoring with the given account (or none), working at the given schools. */
    public static String judge(String editionId, String fullName, String username, String... schools) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        if (username != null) {
            body.put("username", username);
        }
        body.put("schools", List.of(schools));
        return Api.as("staff").body(body).post("/api/v1/contest-editions/" + editionId + "/judges").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse assignCategory(String judgeId, String categoryId) {
        return Api.as("staff").put(judgePath(judgeId) + "/categories/" + categoryId).then();
    }

    public static ValidatableResponse assignEntry(String judgeId, String entryId) {
        return Api.as("staff").put(judgePath(judgeId) + "/entries/" + entryId).then();
    }

    /** Saves a draft as a judge account (If-Match when the sheet exists) and returns the response. */
    public static ValidatableResponse saveScores(String who, String entryId, Map<String, Integer> scores) {
        var existing = Api.as(who).get(myEntry(entryId)).then().extract();
        var req = Api.as(who);
        if (existing.statusCode() == 200 && existing.path("score") != null) {
            req = req.header("If-Match", "\"" + existing.path("score.version") + "\"");
        }
        return req.body(Map.of("scores", scores)).put(myEntry(entryId) + "/score").then();
    }

    /** Saves and submits; returns the submitted sheet's response. */
    public static ValidatableResponse scoreAndSubmit(String who, String entryId, Map<String, Integer> scores) {
        String etag = saveScores(who, entryId, scores).statusCode(200).extract().header("ETag");
        return Api.as(who).header("If-Match", etag).post(myEntry(entryId) + "/score/submission").then();
    }

    /** A one-criterion rubric scored 0..100 makes a sheet's total equal to its score: convenient for worked examples. */
    public static Map<String, Object> singleCriterionRubric() {
        return Map.of("criteria", List.of(Map.of("name", "Đánh giá chung", "description", "Tính mới, tính khoa học, khả năng ứng dụng",
                "weight", 1, "maxScore", 100, "levels", List.of())));
    }

    public static String etag(String path) {
        return Fixtures.etag(path);
    }
}
