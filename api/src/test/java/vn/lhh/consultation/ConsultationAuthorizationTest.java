package vn.lhh.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.consultation.ConsultationFixtures.assignment;
import static vn.lhh.consultation.ConsultationFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.expert.ExpertFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * Who may call each consultation and expert route: anonymous, every role, the assigned expert
 * ("expert") and another expert ("expert2", not assigned), officers of the expert's association
 * and of another. Consultations are internal; experts reach only their own assignment.
 */
@QuarkusTest
class ConsultationAuthorizationTest {
    static final List<String> ACTORS = List.of("anonymous", "admin", "staff", "officer", "officer2", "expert", "expert2", "partner");
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A consultation with "expert" assigned (cleared, with a document) and an expert profile proposed by "officer". */
    record Scene(String consultationId, String assignmentId, String documentId, String proposedExpertId) {
        private static Scene shared;

        static synchronized Scene get() {
            if (shared == null) {
                String id = ConsultationFixtures.create(Api.unique("Phản biện ma trận quyền"), "thuy-loi");
                String a = ConsultationFixtures.assign(id, ExpertFixtures.profileOf("expert"));
                ExpertFixtures.profileOf("expert2");
                Api.as("expert").body(Map.of("hasConflict", false)).post(assignment(id, a) + "/declaration").then().statusCode(200);
                String doc = Api.as("staff").contentType("application/pdf").queryParam("fileName", "a.pdf").body(PDF)
                        .post(path(id) + "/documents").then().statusCode(201).extract().path("id");
                String own = Fixtures.associationOf("officer");
                Fixtures.associationOf("officer2");
                Map<String, Object> body = ExpertFixtures.body(Api.unique("Đề Xuất Ma Trận"), "y-te");
                body.put("associationIds", List.of(own));
                String proposed = Api.as("officer").body(body).post("/api/v1/experts").then().statusCode(201).extract().path("id");
                shared = new Scene(id, a, doc, proposed);
            }
            return shared;
        }
    }

    private static RequestSpecification as(String actor) {
        return actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
    }

    private record Op(String name, BiFunction<String, Scene, Response> call, Map<String, Integer> expected) {
    }

    private static Map<String, Integer> expect(int... statuses) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < ACTORS.size(); i++) {
            m.put(ACTORS.get(i), statuses[i]);
        }
        return m;
    }

    @TestFactory
    Stream<DynamicTest> everyRouteChecksWhoCalls() {
        List<Op> ops = new ArrayList<>();
        //                                                                        anon admin staff off off2 exp exp2 partner
        ops.add(new Op("list consultations", (w, s) -> as(w).get("/api/v1/consultations"), expect(401, 200, 200, 403, 403, 403, 403, 403)));
        ops.add(new Op("get consultation", (w, s) -> as(w).get(path(s.consultationId())), expect(401, 200, 200, 403, 403, 200, 404, 403)));
        ops.add(new Op("create consultation (invalid body)", (w, s) -> as(w).body(Map.of()).post("/api/v1/consultations"),
                expect(401, 400, 400, 403, 403, 403, 403, 403)));
        ops.add(new Op("replace consultation (stale)", (w, s) -> as(w).header("If-Match", "\"999\"")
                .body(ConsultationFixtures.body("x", "thuy-loi")).put(path(s.consultationId())), expect(401, 412, 412, 403, 403, 403, 403, 403)));
        ops.add(new Op("transition (stale)", (w, s) -> as(w).header("If-Match", "\"999\"").body(Map.of("to", "closed"))
                .post(path(s.consultationId()) + "/transitions"), expect(401, 412, 412, 403, 403, 403, 403, 403)));
        ops.add(new Op("save response (stale)", (w, s) -> as(w).header("If-Match", "\"999\"").body(Map.of("text", "x"))
                .put(path(s.consultationId()) + "/response"), expect(401, 412, 412, 403, 403, 403, 403, 403)));
        ops.add(new Op("send response (stale)", (w, s) -> as(w).header("If-Match", "\"999\"")
                .body(Map.of("sentOn", "2026-01-01", "sentTo", List.of("x"))).post(path(s.consultationId()) + "/response/sending"),
                expect(401, 412, 412, 403, 403, 403, 403, 403)));
        ops.add(new Op("response document (none yet)", (w, s) -> as(w).get(path(s.consultationId()) + "/response/document"),
                expect(401, 409, 409, 403, 403, 403, 403, 403)));
        ops.add(new Op("add document (empty)", (w, s) -> as(w).contentType("application/pdf").queryParam("fileName", "a.pdf").body(new byte[0])
                .post(path(s.consultationId()) + "/documents"), expect(401, 400, 400, 403, 403, 403, 403, 403)));
        ops.add(new Op("download document", (w, s) -> as(w).get(path(s.consultationId()) + "/documents/" + s.documentId()),
                expect(401, 200, 200, 403, 403, 200, 404, 403)));
        ops.add(new Op("suggestions", (w, s) -> as(w).get(path(s.consultationId()) + "/suggestions"), expect(401, 200, 200, 403, 403, 403, 403, 403)));
        ops.add(new Op("assign (unknown expert)", (w, s) -> as(w).body(Map.of("expertId", "00000000-0000-0000-0000-000000000000"))
                .post(path(s.consultationId()) + "/assignments"), expect(401, 400, 400, 403, 403, 403, 403, 403)));
        ops.add(new Op("get assignment", (w, s) -> as(w).get(assignment(s.consultationId(), s.assignmentId())),
                expect(401, 200, 200, 403, 403, 200, 404, 403)));
        ops.add(new Op("withdraw (stale)", (w, s) -> as(w).header("If-Match", "\"999\"").post(assignment(s.consultationId(), s.assignmentId()) + "/withdrawal"),
                expect(401, 412, 412, 403, 403, 403, 403, 403)));
        ops.add(new Op("declare (already cleared)", (w, s) -> as(w).body(Map.of("hasConflict", false))
                .post(assignment(s.consultationId(), s.assignmentId()) + "/declaration"), expect(401, 403, 403, 403, 403, 409, 404, 403)));
        ops.add(new Op("answer (invalid body)", (w, s) -> as(w).body(Map.of()).post(assignment(s.consultationId(), s.assignmentId()) + "/answer"),
                expect(401, 403, 403, 403, 403, 400, 400, 403)));
        ops.add(new Op("write opinion (not accepted yet)", (w, s) -> as(w).header("If-Match", "\"0\"").body(Map.of("text", "x", "submit", false))
                .put(assignment(s.consultationId(), s.assignmentId()) + "/opinion"), expect(401, 403, 403, 403, 403, 409, 404, 403)));
        ops.add(new Op("add opinion attachment (not accepted yet)", (w, s) -> as(w).contentType("application/pdf").queryParam("fileName", "a.pdf").body(PDF)
                .post(assignment(s.consultationId(), s.assignmentId()) + "/opinion/attachments"), expect(401, 403, 403, 403, 403, 409, 404, 403)));
        ops.add(new Op("download opinion attachment (unknown)", (w, s) -> as(w)
                .get(assignment(s.consultationId(), s.assignmentId()) + "/opinion/attachments/00000000-0000-0000-0000-000000000000"),
                expect(401, 404, 404, 403, 403, 404, 404, 403)));
        ops.add(new Op("my assignments", (w, s) -> as(w).get("/api/v1/consultation-assignments/mine"), expect(401, 403, 403, 403, 403, 200, 200, 403)));
        ops.add(new Op("assignments", (w, s) -> as(w).get("/api/v1/consultation-assignments"), expect(401, 200, 200, 403, 403, 403, 403, 403)));
        ops.add(new Op("reviewer pool", (w, s) -> as(w).get("/api/v1/reviewer-pool"), expect(401, 200, 200, 403, 403, 403, 403, 403)));
        ops.add(new Op("get rules", (w, s) -> as(w).get("/api/v1/consultation-rules"), expect(401, 200, 200, 403, 403, 403, 403, 403)));
        ops.add(new Op("replace rules (stale)", (w, s) -> as(w).header("If-Match", "\"999\"").body(Map.of("maxOpenAssignments", 3,
                "requireFieldMatch", true, "minimumLevel", Map.of("advice", 30, "critique", 50, "social_assessment", 70), "excludeBusyPastDeadline", true))
                .put("/api/v1/consultation-rules"), expect(401, 412, 403, 403, 403, 403, 403, 403)));
        // experts
        ops.add(new Op("search experts", (w, s) -> as(w).get("/api/v1/experts"), expect(200, 200, 200, 200, 200, 200, 200, 200)));
        ops.add(new Op("get proposed expert", (w, s) -> as(w).get("/api/v1/experts/" + s.proposedExpertId()),
                expect(404, 200, 200, 200, 404, 404, 404, 404)));
        ops.add(new Op("my expert profile", (w, s) -> as(w).get("/api/v1/experts/me"), expect(401, 403, 403, 403, 403, 200, 200, 403)));
        ops.add(new Op("create expert (invalid body)", (w, s) -> as(w).body(Map.of()).post("/api/v1/experts"), expect(401, 400, 400, 400, 400, 403, 403, 403)));
        ops.add(new Op("replace proposed expert (stale)", (w, s) -> as(w).header("If-Match", "\"999\"")
                .body(ExpertFixtures.body("X", "y-te")).put("/api/v1/experts/" + s.proposedExpertId()), expect(401, 412, 412, 412, 404, 404, 404, 403)));
        ops.add(new Op("accept expert (stale)", (w, s) -> as(w).header("If-Match", "\"999\"").post("/api/v1/experts/" + s.proposedExpertId() + "/acceptance"),
                expect(401, 412, 412, 403, 403, 403, 403, 403)));
        ops.add(new Op("delete proposed expert (stale)", (w, s) -> as(w).header("If-Match", "\"999\"").delete("/api/v1/experts/" + s.proposedExpertId()),
                expect(401, 412, 412, 412, 404, 403, 403, 403)));
        ops.add(new Op("vocabulary", (w, s) -> as(w).get("/api/v1/expertise-fields"), expect(200, 200, 200, 200, 200, 200, 200, 200)));
        ops.add(new Op("create field (invalid)", (w, s) -> as(w).body(Map.of()).post("/api/v1/expertise-fields"), expect(401, 400, 400, 403, 403, 403, 403, 403)));
        ops.add(new Op("replace field (stale)", (w, s) -> as(w).header("If-Match", "\"999\"").body(Map.of("code", "thuy-loi", "nameVi", "Thủy lợi", "nameEn", "Water"))
                .put("/api/v1/expertise-fields/thuy-loi"), expect(401, 412, 412, 403, 403, 403, 403, 403)));
        ops.add(new Op("delete field (stale)", (w, s) -> as(w).header("If-Match", "\"999\"").delete("/api/v1/expertise-fields/thuy-loi"),
                expect(401, 412, 412, 403, 403, 403, 403, 403)));

        return ops.stream().flatMap(op -> ACTORS.stream().map(actor -> DynamicTest.dynamicTest(op.name() + " as " + actor, () -> {
            Response r = op.call().apply(actor, Scene.get());
            assertEquals(op.expected().get(actor), r.statusCode(), op.name() + " as " + actor + ": " + r.asString());
            if (r.statusCode() >= 400) {
                assertEquals("application/problem+json", r.contentType().split(";")[0], "errors are problem+json");
            }
        })));
    }
}
