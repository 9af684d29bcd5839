package vn.lhh.consultation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Consultations and the steps of their workflow, through the API with real tokens. */
final class ConsultationFixtures {
    private ConsultationFixtures() {
    }

    static Map<String, Object> body(String subject, String... fields) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "critique");
        b.put("subject", subject);
        b.put("description", "Dự thảo đề án gửi kèm.");
        b.put("requestingBody", "UBND tỉnh Nghệ An");
        b.put("requestReference", "1234/UBND-NN");
        b.put("requestDate", LocalDate.now().minusDays(3).toString());
        b.put("deadline", LocalDate.now().plusDays(30).toString());
        b.put("fieldCodes", List.of(fields));
        return b;
    }

    static String create(String subject, String... fields) {
        return Api.as("staff").body(body(subject, fields)).post("/api/v1/consultations").then().statusCode(201).extract().path("id");
    }

    static String path(String id) {
        return "/api/v1/consultations/" + id;
    }

    static String assign(String consultationId, String expertId) {
        return Api.as("staff").body(Map.of("expertId", expertId)).post(path(consultationId) + "/assignments")
                .then().statusCode(201).extract().path("id");
    }

    static String assignment(String consultationId, String assignmentId) {
        return path(consultationId) + "/assignments/" + assignmentId;
    }

    /** The expert declares no conflict and accepts. */
    static void clearAndAccept(String who, String consultationId, String assignmentId) {
        Api.as(who).body(Map.of("hasConflict", false)).post(assignment(consultationId, assignmentId) + "/declaration").then().statusCode(200);
        Api.as(who).body(Map.of("accept", true)).post(assignment(consultationId, assignmentId) + "/answer").then().statusCode(200);
    }

    static void submitOpinion(String who, String consultationId, String assignmentId, String text) {
        String etag = Api.as(who).get(assignment(consultationId, assignmentId)).then().statusCode(200).extract().header("ETag");
        Api.as(who).header("If-Match", etag).body(Map.of("text", text, "submit", true)).put(assignment(consultationId, assignmentId) + "/opinion")
                .then().statusCode(200);
    }

    static String etag(String consultationId) {
        return Fixtures.etag(path(consultationId));
    }
}
