package vn.lhh.testsupport;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Records the tests need, created through the API itself with real tokens. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Map<String, Object> associationBody(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("field", "Y tế");
        body.put("abbreviation", "HT");
        body.put("memberCount", 120);
        body.put("description", "Hội dùng cho kiểm thử");
        body.put("internalNotes", "ghi chú nội bộ");
        body.put("contact", Map.of("email", "hoi@example.vn", "phone", "0238 3844 555"));
        return body;
    }

    /** Creates an active association as staff and returns its id. */
    public static String association(String name) {
        return association(associationBody(name));
    }

    public static String association(Map<String, Object> body) {
        return Api.as("staff").body(body).post("/api/v1/associations")
                .then().statusCode(201).extract().path("id");
    }

    /** An association whose officer is the given demo user ("officer" or "officer2"). */
    public static String associationOf(String officer) {
        String id = association(Api.unique("Hội của " + officer));
        Api.as("admin").put("/api/v1/associations/" + id + "/officers/" + officer).then().statusCode(201);
        return id;
    }

    public static String etag(String path) {
        return Api.as("staff").get(path).then().statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse postTerm(String who, String associationId, int number, LocalDate start, LocalDate end) {
        return Api.as(who).body(Map.of("number", number, "startDate", start.toString(), "endDate", end.toString()))
                .post("/api/v1/associations/" + associationId + "/terms").then();
    }

    public static String term(String associationId, int number, LocalDate start, LocalDate end) {
        return postTerm("staff", associationId, number, start, end).statusCode(201).extract().path("id");
    }
}
