package vn.lhh.program;

import static vn.lhh.testsupport.access.AccessCatalogue.STALE;
import static vn.lhh.testsupport.access.Outcome.ALLOW;
import static vn.lhh.testsupport.access.Outcome.FORBIDDEN;
import static vn.lhh.testsupport.access.Outcome.HIDDEN;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * Action programs: the office manages them; association officers read them and report progress on the
 * tasks their association leads or coordinates ("officer" on the scene's task; "officer2" is refused).
 */
public class ProgramOperationAccess implements OperationAccess {
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    record Scene(String programId, String taskId, String progressId, String evidenceId, String importId, String itemId, String otherProgressId) {
        static Scene build() {
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
            String otherTask = Api.as("staff").get("/api/v1/program-tasks?programId=" + programId + "&size=2").then().extract().path("items[1].id");
            String otherProgress = Api.as("staff").body(Map.of("reportedOn", "2019-06-01", "narrative", "Báo cáo của nhiệm vụ khác"))
                    .post("/api/v1/program-tasks/" + otherTask + "/progress").then().statusCode(201).extract().path("id");
            String item = Api.as("staff").get("/api/v1/programs/" + programId).then().statusCode(200).extract().path("implementation[0].id");
            return new Scene(programId, taskId, progressId, evidenceId, importId, item, otherProgress);
        }

        String program() {
            return "/api/v1/programs/" + programId;
        }

        String task() {
            return "/api/v1/program-tasks/" + taskId;
        }
    }

    @Override
    public void declare(AccessCatalogue c) {
        Expect readers = Expect.roles("admin", "staff", "association-officer");
        Expect office = Expect.office();
        Expect reporter = readers.but(FORBIDDEN, "officer2");
        c.feature("program", Scene::build)
                .op("listPrograms", (as, s) -> as.get("/api/v1/programs"), readers)
                .op("getProgram", (as, s) -> as.get(s.program()), readers)
                .op("getProgramStatistics", (as, s) -> as.get(s.program() + "/statistics"), readers)
                .op("getAnnualReport", (as, s) -> as.get(s.program() + "/reports/2019"), readers)
                .op("getAnnualReport", "xlsx", (as, s) -> as.queryParam("format", "xlsx").get(s.program() + "/reports/2019"), readers)
                .op("replaceProgram", (as, s) -> as.header("If-Match", STALE).body(Map.of("title", "CHƯƠNG TRÌNH HOẠT ĐỘNG KHÓA VI",
                        "unionName", "LIÊN HIỆP CÁC HỘI", "documentNumber", "x/CTr-LHH", "status", "active")).put(s.program()), office)
                .op("addProgramTask", (as, s) -> as.header("If-Match", STALE).body(Map.of("kind", "year_task", "year", 2020, "text", "Nhiệm vụ bổ sung"))
                        .post(s.program() + "/items"), office)
                .op("replaceProgramItemText", (as, s) -> as.header("If-Match", STALE).body(Map.of("text", "Sửa"))
                        .put(s.program() + "/items/" + s.itemId()), office)
                .op("deleteProgramTask", (as, s) -> as.header("If-Match", STALE).delete(s.program() + "/items/" + s.itemId()), office)
                .op("carryOverProgram", (as, s) -> as.body(Map.of()).post(s.program() + "/carry-over"), office)
                .op("previewProgramImport", (as, s) -> as.contentType("text/plain; charset=UTF-8").body("").post("/api/v1/program-imports"), office)
                .op("getProgramImport", (as, s) -> as.get("/api/v1/program-imports/" + s.importId()), office)
                .op("commitProgramImport", (as, s) -> as.post("/api/v1/program-imports/" + s.importId() + "/commit"), office)
                .op("listProgramTasks", (as, s) -> as.get("/api/v1/program-tasks?programId=" + s.programId()), readers)
                .op("exportProgramTasks", (as, s) -> as.get("/api/v1/program-tasks/export?format=csv&programId=" + s.programId()), readers)
                .op("getProgramTask", (as, s) -> as.get(s.task()), readers)
                .op("replaceProgramTask", (as, s) -> as.header("If-Match", STALE).body(Map.of("leadUnit", "Văn phòng", "coordinators", List.of(),
                        "plannedStart", "2019-01-01", "plannedEnd", "2019-12-31", "status", "in_progress")).put(s.task()), office)
                .op("reportProgramTaskProgress", "task coordinated by officer's association", (as, s) ->
                        as.body(Map.of("reportedOn", "2019-07-01", "narrative", "Tiến độ tháng 7")).post(s.task() + "/progress"), reporter)
                .op("addProgramTaskEvidence", "task coordinated by officer's association", (as, s) -> as.contentType("application/pdf").body(PDF)
                        .queryParam("fileName", "b.pdf").post(s.task() + "/progress/" + s.progressId() + "/evidence"), reporter)
                .op("addProgramTaskEvidence", "officer's task, another task's progress", (as, s) -> as.contentType("application/pdf").body(PDF)
                        .queryParam("fileName", "c.pdf").post(s.task() + "/progress/" + s.otherProgressId() + "/evidence"), reporter.replace(ALLOW, HIDDEN))
                .op("downloadProgramTaskEvidence", (as, s) -> as.accept("*/*")
                        .get(s.task() + "/progress/" + s.progressId() + "/evidence/" + s.evidenceId()), readers);
    }
}
