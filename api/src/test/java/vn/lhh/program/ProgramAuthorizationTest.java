package vn.lhh.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * Who may call which program route: anonymous, each role, and the officer of an association
 * that neither leads nor coordinates the task (object-level check on progress reports).
 */
@QuarkusTest
class ProgramAuthorizationTest {
    static final List<String> ACTORS = List.of("anonymous", "admin", "staff", "officer", "officer2", "expert", "partner");
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** One program shared by the matrix; its task is coordinated by the association of the demo user "officer". */
    record Scene(String programId, String taskId, String progressId, String evidenceId, String importId) {
        private static Scene shared;

        static synchronized Scene get() {
            if (shared == null) {
                String programId = ProgramFixtures.importProgram(ProgramFixtures.variant());
                String own = Fixtures.associationOf("officer");
                Fixtures.associationOf("officer2");
                String taskId = Api.as("staff").get("/api/v1/program-tasks?programId=" + programId + "&size=1").then().extract().path("items[0].id");
                String path = "/api/v1/program-tasks/" + taskId;
                Api.as("staff").header("If-Match", Fixtures.etag(path)).body(Map.of("leadUnit", "Văn phòng",
                        "coordinators", List.of(Map.of("name", "Hội của officer", "associationId", own)),
                        "plannedStart", "2019-01-01", "plannedEnd", "2019-12-31", "status", "in_progress")).put(path).then().statusCode(200);
                String progressId = Api.as("staff").body(Map.of("reportedOn", "2019-06-01", "narrative", "Báo cáo giữa năm"))
                        .post(path + "/progress").then().statusCode(201).extract().path("id");
                String evidenceId = Api.as("staff").contentType("application/pdf").body(PDF).queryParam("fileName", "a.pdf")
                        .post(path + "/progress/" + progressId + "/evidence").then().statusCode(201).extract().path("id");
                String importId = ProgramFixtures.preview("staff", ProgramFixtures.variant());
                shared = new Scene(programId, taskId, progressId, evidenceId, importId);
            }
            return shared;
        }

        String program() {
            return "/api/v1/programs/" + programId;
        }

        String task() {
            return "/api/v1/program-tasks/" + taskId;
        }
    }

    private static RequestSpecification as(String actor) {
        return actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
    }

    private record Operation(String name, java.util.function.BiFunction<String, Scene, Response> call, Map<String, Integer> expected) {
    }

    private static Map<String, Integer> expect(int... statuses) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < ACTORS.size(); i++) {
            m.put(ACTORS.get(i), statuses[i]);
        }
        return m;
    }

    private static Response withProgramEtag(String actor, Scene s, Function<RequestSpecification, Response> call) {
        return call.apply(as(actor).header("If-Match", Fixtures.etag(s.program())));
    }

    private static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        //                                                                            anon admin staff own other expert partner
        int[] readers = {401, 200, 200, 200, 200, 403, 403};
        int[] managers = {401, 200, 200, 403, 403, 403, 403};
        ops.add(new Operation("listPrograms", (a, s) -> as(a).get("/api/v1/programs"), expect(readers)));
        ops.add(new Operation("getProgram", (a, s) -> as(a).get(s.program()), expect(readers)));
        ops.add(new Operation("getProgramStatistics", (a, s) -> as(a).get(s.program() + "/statistics"), expect(readers)));
        ops.add(new Operation("getAnnualReport", (a, s) -> as(a).get(s.program() + "/reports/2019"), expect(readers)));
        ops.add(new Operation("replaceProgram", (a, s) -> {
            Map<String, Object> body = Map.of("title", "CHƯƠNG TRÌNH HOẠT ĐỘNG KHÓA VI, NHIỆM KỲ 2019-2024", "unionName", "LIÊN HIỆP CÁC HỘI",
                    "documentNumber", Api.as("staff").get(s.program()).then().extract().path("documentNumber"), "status", "active");
            return withProgramEtag(a, s, r -> r.body(body).put(s.program()));
        }, expect(managers)));
        ops.add(new Operation("addProgramTask", (a, s) -> withProgramEtag(a, s, r -> r.body(Map.of("kind", "year_task", "year", 2020, "text", "Nhiệm vụ bổ sung"))
                .post(s.program() + "/items")), expect(401, 201, 201, 403, 403, 403, 403)));
        ops.add(new Operation("replaceProgramItemText", (a, s) -> {
            String item = Api.as("staff").get(s.program()).then().extract().path("implementation[0].id");
            String text = Api.as("staff").get(s.program()).then().extract().path("implementation[0].text");
            return withProgramEtag(a, s, r -> r.body(Map.of("text", text)).put(s.program() + "/items/" + item));
        }, expect(managers)));
        ops.add(new Operation("deleteProgramTask", (a, s) -> {
            String item = Api.as("staff").header("If-Match", Fixtures.etag(s.program()))
                    .body(Map.of("kind", "year_task", "year", 2022, "text", "Sẽ bị xóa")).post(s.program() + "/items").then().statusCode(201).extract().path("id");
            return withProgramEtag(a, s, r -> r.delete(s.program() + "/items/" + item));
        }, expect(401, 204, 204, 403, 403, 403, 403)));
        ops.add(new Operation("carryOverProgram", (a, s) -> as(a).body(Map.of("termLabel", "VII", "startYear", 2024, "endYear", 2029,
                "documentNumber", Api.unique("CTr").replace(' ', '-'))).post(s.program() + "/carry-over"), expect(401, 201, 201, 403, 403, 403, 403)));

        ops.add(new Operation("previewProgramImport", (a, s) -> as(a).contentType("text/plain; charset=UTF-8").body(ProgramFixtures.variant())
                .post("/api/v1/program-imports"), expect(401, 201, 201, 403, 403, 403, 403)));
        ops.add(new Operation("getProgramImport", (a, s) -> as(a).get("/api/v1/program-imports/" + s.importId()), expect(managers)));
        ops.add(new Operation("commitProgramImport", (a, s) -> as(a).post("/api/v1/program-imports/" + ProgramFixtures.preview("staff", ProgramFixtures.variant()) + "/commit"),
                expect(401, 201, 201, 403, 403, 403, 403)));

        ops.add(new Operation("listProgramTasks", (a, s) -> as(a).get("/api/v1/program-tasks?programId=" + s.programId()), expect(readers)));
        ops.add(new Operation("getProgramTask", (a, s) -> as(a).get(s.task()), expect(readers)));
        ops.add(new Operation("replaceProgramTask", (a, s) -> as(a).header("If-Match", Fixtures.etag(s.task()))
                .body(Api.as("staff").get(s.task()).then().extract().jsonPath().getMap("$").entrySet().stream()
                        .filter(e -> List.of("leadUnit", "coordinators", "plannedStart", "plannedEnd", "status").contains(e.getKey()))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .put(s.task()), expect(managers)));
        ops.add(new Operation("reportProgramTaskProgress", (a, s) -> as(a).body(Map.of("reportedOn", "2019-07-01", "narrative", "Tiến độ tháng 7"))
                .post(s.task() + "/progress"), expect(401, 201, 201, 201, 403, 403, 403)));
        ops.add(new Operation("addProgramTaskEvidence", (a, s) -> as(a).contentType("application/pdf").body(PDF).queryParam("fileName", "b.pdf")
                .post(s.task() + "/progress/" + s.progressId() + "/evidence"), expect(401, 201, 201, 201, 403, 403, 403)));
        ops.add(new Operation("downloadProgramTaskEvidence", (a, s) -> as(a).accept("*/*")
                .get(s.task() + "/progress/" + s.progressId() + "/evidence/" + s.evidenceId()), expect(readers)));
        return ops;
    }

    @TestFactory
    Stream<DynamicTest> everyProgramRouteForEveryActor() {
        return operations().stream().flatMap(op -> ACTORS.stream().map(actor -> DynamicTest.dynamicTest(op.name() + " as " + actor, () -> {
            Response r = op.call().apply(actor, Scene.get());
            int expected = op.expected().get(actor);
            assertEquals(expected, r.statusCode(), op.name() + " as " + actor + ": " + r.asString());
            if (expected >= 400) {
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            }
        })));
    }
}
