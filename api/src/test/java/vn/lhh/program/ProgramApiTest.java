package vn.lhh.program;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.OfficeFiles;
import vn.lhh.testsupport.Tokens;

@QuarkusTest
class ProgramApiTest {

    private static io.restassured.specification.RequestSpecification staff() {
        return Api.as("staff");
    }

    @Test
    void previewThenCommitTheSeedAndReimportChangesNothing() {
        var preview = given().header("Authorization", Tokens.bearer("staff")).contentType("text/plain; charset=UTF-8")
                .body(ProgramFixtures.seed()).post("/api/v1/program-imports").then().statusCode(201)
                .header("Location", containsString("/api/v1/program-imports/"))
                .body("status", equalTo("previewed"))
                .body("counts.missions", equalTo(5)).body("counts.missionSubItems", equalTo(9))
                .body("counts.regularTasks", equalTo(8)).body("counts.implementation", equalTo(3))
                .body("counts.yearTasks.2020", equalTo(7)).body("counts.recipients", equalTo(8)).body("counts.flags", equalTo(0))
                .body("parsed.documentNumber", equalTo("106/CTr-LHH"))
                .extract().jsonPath();
        String importId = preview.getString("id");
        var first = staff().post("/api/v1/program-imports/" + importId + "/commit");
        assertTrue(first.statusCode() == 201 || first.statusCode() == 200, first.asString()); // another test may have imported it
        String programId = first.jsonPath().getString("programId");
        // committing again, and importing the same document again, change nothing
        staff().post("/api/v1/program-imports/" + importId + "/commit").then().statusCode(200)
                .body("programId", equalTo(programId)).body("created", equalTo(false));
        long programs = staff().get("/api/v1/programs?size=1").then().extract().jsonPath().getLong("total");
        String again = ProgramFixtures.preview("staff", ProgramFixtures.seed().replace("\n", "\r\n"));
        staff().get("/api/v1/program-imports/" + again).then().statusCode(200).body("existingProgramId", equalTo(programId));
        staff().post("/api/v1/program-imports/" + again + "/commit").then().statusCode(200)
                .body("programId", equalTo(programId)).body("created", equalTo(false));
        assertEquals(programs, staff().get("/api/v1/programs?size=1").then().extract().jsonPath().getLong("total"));
        staff().get("/api/v1/program-tasks?programId=" + programId + "&size=1").then().body("total", equalTo(8 * 6 + 29));
    }

    @Test
    void aRetriedPreviewWithTheSameKeyIsTheSamePreview() {
        String doc = ProgramFixtures.variant();
        String key = java.util.UUID.randomUUID().toString();
        String first = given().header("Authorization", Tokens.bearer("staff")).header("Idempotency-Key", key).contentType("text/plain; charset=UTF-8")
                .body(doc).post("/api/v1/program-imports").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer("staff")).header("Idempotency-Key", key).contentType("text/plain; charset=UTF-8")
                .body(doc).post("/api/v1/program-imports").then().statusCode(201).body("id", equalTo(first));
        given().header("Authorization", Tokens.bearer("staff")).header("Idempotency-Key", key).contentType("text/plain; charset=UTF-8")
                .body(doc + "\nthêm").post("/api/v1/program-imports").then().statusCode(422);
    }

    @Test
    void theProgramKeepsTheDocumentsStructure() {
        String id = ProgramFixtures.importProgram(ProgramFixtures.variant());
        JsonPath p = staff().get("/api/v1/programs/" + id).then().statusCode(200).header("ETag", notNullValue())
                .body("termLabel", equalTo("VI")).body("startYear", equalTo(2019)).body("endYear", equalTo(2024))
                .body("documentDate", equalTo("2019-12-23")).body("signer", equalTo("Nguyễn Thị Thu Hương"))
                .body("missions", hasSize(5)).body("missions[2].subItems", hasSize(5)).body("missions[2].subItems[4].label", equalTo("e"))
                .body("regularTasks", hasSize(8)).body("regularTasks.tasks", everyItem(hasSize(6)))
                .body("years.year", equalTo(List.of(2019, 2020, 2021, 2022, 2023, 2024)))
                .body("years[1].items", hasSize(7)).body("years[1].items[0].tasks", hasSize(1))
                .body("implementation", hasSize(3)).body("recipients", hasSize(8))
                .extract().jsonPath();
        assertTrue(p.getString("regularTasks[2].text").startsWith("Tổ chức xuất bản Tập san khoa học và ứng dụng (mỗi tháng 1 số)"));
    }

    @Test
    void badDocumentsPointAtTheLine() {
        given().header("Authorization", Tokens.bearer("staff")).contentType("text/plain; charset=UTF-8")
                .body(ProgramFixtures.seed().replace("*** Năm 2023**", "*** Năm 2031**")).post("/api/v1/program-imports").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("Dòng 115:")).body("errors[0].field", equalTo("document:line 115"));
        given().header("Authorization", Tokens.bearer("staff")).header("Accept-Language", "en").contentType("text/plain")
                .body("").post("/api/v1/program-imports").then().statusCode(400).body("detail", equalTo("Line 1: The document is empty."));
        given().header("Authorization", Tokens.bearer("staff")).contentType("application/json")
                .body("{}").post("/api/v1/program-imports").then().statusCode(415);
        staff().post("/api/v1/program-imports/00000000-0000-4000-8000-000000000000/commit").then().statusCode(404);
        given().header("Authorization", Tokens.bearer("staff")).contentType("text/plain; charset=UTF-8")
                .body("x".repeat(1_100_000)).post("/api/v1/program-imports").then().statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void tasksAreTrackedReportedAndEvidenced() {
        String programId = ProgramFixtures.importProgram(ProgramFixtures.variant());
        String own = Fixtures.associationOf("officer");
        String taskId = staff().get("/api/v1/program-tasks?programId=" + programId + "&year=2021&section=year_task&q=hoi thao khoa hoc")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].label", equalTo("5")).extract().path("items[0].id");
        String path = "/api/v1/program-tasks/" + taskId;
        staff().header("If-Match", Fixtures.etag(path)).body(Map.of("shortTitle", "Hội thảo khoa học", "leadUnit", "Ban Khoa học, Công nghệ và Tư vấn phản biện",
                        "coordinators", List.of(Map.of("name", "Hội Y học", "associationId", own), Map.of("name", "Sở Khoa học và Công nghệ")),
                        "plannedStart", "2021-03-01", "plannedEnd", "2021-11-30", "status", "in_progress"))
                .put(path).then().statusCode(200).body("coordinators", hasSize(2)).body("late", equalTo(true));

        Api.as("officer").get(path).then().statusCode(200).body("canReport", equalTo(true));
        Api.as("officer2").get(path).then().statusCode(200).body("canReport", equalTo(false));
        String progressId = Api.as("officer").body(Map.of("reportedOn", "2021-10-15", "percent", 100, "milestone", "Tổ chức 2 hội thảo",
                        "narrative", "Đã tổ chức 2 hội thảo khoa học về y tế cộng đồng.", "status", "done"))
                .post(path + "/progress").then().statusCode(201).body("reportedBy", equalTo("officer")).extract().path("id");
        Api.as("officer2").body(Map.of("reportedOn", "2021-10-15", "narrative", "Không được phép")).post(path + "/progress").then()
                .statusCode(403).body("type", equalTo("urn:problem-type:lhh:forbidden"));

        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String evidenceId = given().header("Authorization", Tokens.bearer("officer")).contentType("application/pdf").body(pdf)
                .queryParam("fileName", "biên bản hội thảo.pdf").post(path + "/progress/" + progressId + "/evidence").then()
                .statusCode(201).body("contentType", equalTo("application/pdf")).body("sizeBytes", equalTo(pdf.length)).extract().path("id");
        given().header("Authorization", Tokens.bearer("officer")).contentType("application/pdf").body("not a pdf".getBytes(StandardCharsets.UTF_8))
                .queryParam("fileName", "fake.pdf").post(path + "/progress/" + progressId + "/evidence").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        byte[] big = new byte[10 * 1024 * 1024 + 10];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        given().header("Authorization", Tokens.bearer("officer")).contentType("application/pdf").body(big)
                .queryParam("fileName", "lon.pdf").post(path + "/progress/" + progressId + "/evidence").then().statusCode(413)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", Tokens.bearer("officer")).contentType("application/pdf").body(pdf)
                .queryParam("fileName", "../../etc/passwd").post(path + "/progress/" + progressId + "/evidence").then().statusCode(400);
        byte[] downloaded = given().header("Authorization", Tokens.bearer("staff"))
                .get(path + "/progress/" + progressId + "/evidence/" + evidenceId).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("UTF-8''bi%C3%AAn")).extract().asByteArray();
        assertArrayEquals(pdf, downloaded);

        staff().get(path).then().body("status", equalTo("done")).body("latestPercent", equalTo(100))
                .body("late", equalTo(false)).body("progress", hasSize(1)).body("progress[0].evidence", hasSize(1));
        // officers find the tasks of their association
        Api.as("officer").get("/api/v1/program-tasks?associationId=" + own).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(taskId));

        // the annual report carries it, in every format
        staff().get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(200)
                .body("year", equalTo(2021)).body("totals.total", equalTo(8 + 5)).body("totals.done", equalTo(1))
                .body("sections[1].leadUnits.leadUnit", org.hamcrest.Matchers.hasItem("Ban Khoa học, Công nghệ và Tư vấn phản biện"))
                .body("recipients", hasSize(8)).body("late", hasSize(12));
        String csv = staff().accept("text/csv").get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("bao-cao-2021.csv")).extract().asString();
        assertEquals(1 + 13, csv.strip().split("\r\n").length);
        assertTrue(csv.contains("Đã tổ chức 2 hội thảo khoa học về y tế cộng đồng."));
        String html = staff().queryParam("format", "html").queryParam("number", "25/BC-LHH").get("/api/v1/programs/" + programId + "/reports/2021")
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertTrue(html.contains("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN") && html.contains("Số: 25/BC-LHH")
                && html.contains("Độc lập - Tự do - Hạnh phúc") && html.contains("Nơi nhận:") && html.contains("Nguyễn Thị Thu Hương")
                && html.contains("biên bản hội thảo.pdf"), html);
        // the formal report as Word and PDF, read back with POI and PDFBox
        var docx = staff().queryParam("format", "docx").queryParam("number", "25/BC-LHH").get("/api/v1/programs/" + programId + "/reports/2021")
                .then().statusCode(200).contentType(OfficeFiles.DOCX).extract();
        assertEquals("bao-cao-2021.docx", OfficeFiles.fileName(docx));
        var word = OfficeFiles.docx(docx.asByteArray());
        String header = word.getTables().get(0).getText();
        assertTrue(header.contains("Số: 25/BC-LHH") && header.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), header);
        String wordText = OfficeFiles.docxText(word);
        assertTrue(wordText.contains("Đã tổ chức 2 hội thảo khoa học về y tế cộng đồng.") && wordText.contains("Nguyễn Thị Thu Hương")
                && wordText.contains("Ban Khoa học, Công nghệ và Tư vấn phản biện"), wordText);
        assertTrue(word.getTables().stream().anyMatch(t -> t.getRow(0).getCell(0).getText().equals("TT") && t.getRow(0).getCell(1).getText().equals("Nhiệm vụ")));
        var pdfResponse = staff().accept("application/pdf").get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(200)
                .contentType("application/pdf").extract();
        assertEquals("bao-cao-2021.pdf", OfficeFiles.fileName(pdfResponse));
        OfficeFiles.Pdf reportPdf = OfficeFiles.pdf(pdfResponse.asByteArray());
        String pdfText = java.text.Normalizer.normalize(reportPdf.text(), java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ");
        assertTrue(pdfText.contains("Độc lập - Tự do - Hạnh phúc") && pdfText.contains("Đã tổ chức 2 hội thảo khoa học về y tế cộng đồng.")
                && pdfText.contains("BÁO CÁO"), pdfText);
        assertTrue(reportPdf.allFontsEmbedded(), reportPdf.fonts().toString());
        // who may: the route's readers (officers too); not a partner, not anonymous; a bad format is a 400 problem
        Api.as("officer").queryParam("format", "pdf").get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(200)
                .contentType("application/pdf");
        Api.as("partner").queryParam("format", "pdf").get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(403);
        Api.anonymous().queryParam("format", "pdf").get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(401);
        staff().queryParam("format", "doc").get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("format"));
        staff().queryParam("format", "ods").get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("format"));
        // the report as a spreadsheet: one row per task in the document's order, typed cells, read back with POI
        var xlsx = staff().queryParam("format", "xlsx").get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(200)
                .contentType(vn.lhh.testsupport.ExportFiles.XLSX).extract();
        assertEquals("bao-cao-2021.xlsx", OfficeFiles.fileName(xlsx));
        try (var wb = vn.lhh.testsupport.XlsxReader.open(xlsx.asByteArray())) {
            var sheet = wb.getSheetAt(0);
            vn.lhh.testsupport.ExportFiles.assertSheetShape(wb, sheet, 12);
            assertEquals("Nội dung báo cáo", sheet.getRow(0).getCell(10).getStringCellValue());
            assertEquals(13, sheet.getLastRowNum(), "the thirteen tasks of the JSON report");
            var done = java.util.stream.IntStream.rangeClosed(1, 13).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(10) != null && r.getCell(10).getStringCellValue().equals("Đã tổ chức 2 hội thảo khoa học về y tế cộng đồng."))
                    .findFirst().orElseThrow();
            assertEquals("Ban Khoa học, Công nghệ và Tư vấn phản biện", done.getCell(3).getStringCellValue());
            assertEquals("Hoàn thành", done.getCell(4).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, done.getCell(5).getCellType());
            assertEquals(100.0, done.getCell(5).getNumericCellValue());
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(done.getCell(6)));
            assertEquals(java.time.LocalDate.of(2021, 11, 30), done.getCell(6).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Không", done.getCell(7).getStringCellValue());
            assertEquals(java.time.LocalDate.of(2021, 10, 15), done.getCell(9).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("biên bản hội thảo.pdf", done.getCell(11).getStringCellValue());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var english = staff().header("Accept-Language", "en").accept(vn.lhh.testsupport.ExportFiles.XLSX).get("/api/v1/programs/" + programId + "/reports/2021")
                .then().statusCode(200).contentType(vn.lhh.testsupport.ExportFiles.XLSX).extract().asByteArray();
        assertEquals("Planned end", vn.lhh.testsupport.XlsxReader.rows(english).get(0).get(6));
        Api.as("officer2").queryParam("format", "xlsx").get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(200);
        Api.as("partner").queryParam("format", "xlsx").get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        Api.anonymous().queryParam("format", "xlsx").get("/api/v1/programs/" + programId + "/reports/2021").then().statusCode(401);

        staff().get("/api/v1/programs/" + programId + "/statistics").then().statusCode(200)
                .body("byYear", hasSize(6)).body("byYear[2].key", equalTo("2021")).body("byYear[2].done", equalTo(1))
                .body("bySection.key", equalTo(List.of("regular_task", "year_task")));
    }

    @Test
    void carryOverMakesTheNextTermsDraftFromTheRegularTasks() {
        String from = ProgramFixtures.importProgram(ProgramFixtures.variant());
        String number = Api.unique("CTr").replace(' ', '-');
        var next = staff().header("Idempotency-Key", number).body(Map.of("termLabel", "VII", "startYear", 2024, "endYear", 2029, "documentNumber", number))
                .post("/api/v1/programs/" + from + "/carry-over").then().statusCode(201)
                .body("status", equalTo("draft")).body("termLabel", equalTo("VII")).body("carriedFromId", equalTo(from))
                .body("title", containsString("KHÓA VII, NHIỆM KỲ 2024-2029"))
                .body("regularTasks", hasSize(8)).body("regularTasks[0].tasks", hasSize(6)).body("years", hasSize(0))
                .body("missions", hasSize(0)).extract().jsonPath();
        String id = next.getString("id");
        staff().header("Idempotency-Key", number).body(Map.of("termLabel", "VII", "startYear", 2024, "endYear", 2029, "documentNumber", number))
                .post("/api/v1/programs/" + from + "/carry-over").then().statusCode(201).body("id", equalTo(id));
        staff().body(Map.of("termLabel", "VII", "startYear", 2024, "endYear", 2029, "documentNumber", number))
                .post("/api/v1/programs/" + from + "/carry-over").then().statusCode(409);
        staff().body(Map.of("termLabel", "7", "startYear", 2024, "endYear", 2029, "documentNumber", "x"))
                .post("/api/v1/programs/" + from + "/carry-over").then().statusCode(400).body("errors[0].field", equalTo("termLabel"));

        // the draft is for editing: add a task of 2025, correct a text, delete a task
        String etag = Fixtures.etag("/api/v1/programs/" + id);
        String added = staff().header("If-Match", etag).body(Map.of("kind", "year_task", "year", 2025, "text", "Tổ chức Đại hội đại biểu khóa VIII."))
                .post("/api/v1/programs/" + id + "/items").then().statusCode(201).body("year", equalTo(2025)).extract().path("id");
        staff().header("If-Match", etag).body(Map.of("kind", "year_task", "year", 2025, "text", "Trùng phiên bản"))
                .post("/api/v1/programs/" + id + "/items").then().statusCode(412);
        staff().header("If-Match", Fixtures.etag("/api/v1/programs/" + id)).body(Map.of("kind", "year_task", "year", 2035, "text", "Ngoài nhiệm kỳ"))
                .post("/api/v1/programs/" + id + "/items").then().statusCode(400).body("errors[0].field", equalTo("year"));
        staff().header("If-Match", Fixtures.etag("/api/v1/programs/" + id)).body(Map.of("text", "Chuẩn bị và tổ chức Đại hội khóa VIII."))
                .put("/api/v1/programs/" + id + "/items/" + added).then().statusCode(200).body("text", equalTo("Chuẩn bị và tổ chức Đại hội khóa VIII."));
        staff().header("If-Match", Fixtures.etag("/api/v1/programs/" + id)).delete("/api/v1/programs/" + id + "/items/" + added).then().statusCode(204);
        staff().get("/api/v1/programs/" + id).then().body("years", hasSize(0));

        Map<String, Object> header = new java.util.HashMap<>(Map.of("title", next.getString("title"), "unionName", next.getString("unionName"),
                "documentNumber", number, "status", "active", "recipients", List.of("Liên hiệp các hội KH&KT Việt Nam"), "signer", "Nguyễn Văn A"));
        staff().header("If-Match", Fixtures.etag("/api/v1/programs/" + id)).body(header).put("/api/v1/programs/" + id).then()
                .statusCode(200).body("status", equalTo("active")).body("recipients", hasSize(1)).body("signer", equalTo("Nguyễn Văn A"));
        header.put("status", "open");
        staff().header("If-Match", Fixtures.etag("/api/v1/programs/" + id)).body(header).put("/api/v1/programs/" + id).then().statusCode(400);
        header.put("status", "closed");
        staff().body(header).put("/api/v1/programs/" + id).then().statusCode(428);
    }

    @Test
    void aTaskWithProgressCannotBeDeleted() {
        String programId = ProgramFixtures.importProgram(ProgramFixtures.variant());
        JsonPath p = staff().get("/api/v1/programs/" + programId).then().extract().jsonPath();
        String itemId = p.getString("regularTasks[0].id");
        String taskId = p.getString("regularTasks[0].tasks[0].id");
        staff().body(Map.of("reportedOn", "2019-12-30", "narrative", "Đã quán triệt nghị quyết.")).post("/api/v1/program-tasks/" + taskId + "/progress")
                .then().statusCode(201);
        staff().header("If-Match", Fixtures.etag("/api/v1/programs/" + programId)).delete("/api/v1/programs/" + programId + "/items/" + itemId)
                .then().statusCode(409);
        staff().header("If-Match", Fixtures.etag("/api/v1/programs/" + programId))
                .delete("/api/v1/programs/" + programId + "/items/" + p.getString("missions[0].id")).then().statusCode(409);
        staff().get("/api/v1/program-tasks/" + taskId).then().body("status", equalTo("in_progress")).body("latestPercent", nullValue());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "bad input: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "/api/v1/programs?sort=title", "/api/v1/programs?size=0", "/api/v1/programs/42", "/api/v1/programs/42/statistics",
            "/api/v1/programs/42/reports/2021", "/api/v1/program-imports/abc", "/api/v1/program-tasks?programId=abc",
            "/api/v1/program-tasks?year=19", "/api/v1/program-tasks?section=annex", "/api/v1/program-tasks/42/progress/43/evidence/44"})
    void badParametersOnEveryReadRoute(String url) {
        staff().accept("*/*").get(url).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", notNullValue());
    }

    @Test
    void badItemAndProgramInput() {
        String id = ProgramFixtures.importProgram(ProgramFixtures.variant());
        String item = staff().get("/api/v1/programs/" + id).then().extract().path("regularTasks[0].id");
        String before = staff().get("/api/v1/programs/" + id).asString();
        staff().header("If-Match", Fixtures.etag("/api/v1/programs/" + id)).body(Map.of("text", "  "))
                .put("/api/v1/programs/" + id + "/items/" + item).then().statusCode(400).body("errors[0].field", equalTo("text"));
        staff().header("If-Match", Fixtures.etag("/api/v1/programs/" + id)).body(Map.of("kind", "mission", "text", "Không phải nhiệm vụ"))
                .post("/api/v1/programs/" + id + "/items").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        staff().header("If-Match", Fixtures.etag("/api/v1/programs/" + id)).body("{\"title\": 5}")
                .put("/api/v1/programs/" + id).then().statusCode(400);
        staff().body(Map.of("termLabel", "VII", "startYear", 2030, "endYear", 2029, "documentNumber", "x/CTr"))
                .post("/api/v1/programs/" + id + "/carry-over").then().statusCode(400).body("errors[0].field", equalTo("endYear"));
        staff().body(Map.of("termLabel", "VII", "startYear", 2015, "endYear", 2020, "documentNumber", "x/CTr"))
                .post("/api/v1/programs/" + id + "/carry-over").then().statusCode(400).body("errors[0].field", equalTo("startYear"));
        assertEquals(before, staff().get("/api/v1/programs/" + id).asString());
    }

    @Test
    void badTaskInput() {
        String programId = ProgramFixtures.importProgram(ProgramFixtures.variant());
        String taskId = staff().get("/api/v1/program-tasks?programId=" + programId + "&size=1").then().extract().path("items[0].id");
        String path = "/api/v1/program-tasks/" + taskId;
        String before = staff().get(path).asString();
        staff().header("If-Match", Fixtures.etag(path)).body(Map.of("plannedStart", "2021-05-01", "plannedEnd", "2021-04-01", "status", "done"))
                .put(path).then().statusCode(400).body("errors[0].field", equalTo("plannedEnd"));
        staff().header("If-Match", Fixtures.etag(path)).body(Map.of("plannedStart", "2021-01-01", "plannedEnd", "2021-04-01", "status", "done",
                "leadAssociationId", "00000000-0000-4000-8000-000000000000")).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("leadAssociationId"));
        staff().body(Map.of("reportedOn", "2999-01-01", "narrative", "tương lai")).post(path + "/progress").then().statusCode(400)
                .body("errors[0].field", equalTo("reportedOn"));
        staff().body(Map.of("reportedOn", "2021-01-01", "narrative", " ", "percent", 120)).post(path + "/progress").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("narrative", "percent"));
        staff().get("/api/v1/program-tasks?status=finished").then().statusCode(400).body("errors[0].field", equalTo("status"));
        staff().get("/api/v1/program-tasks?late=maybe").then().statusCode(400);
        staff().get("/api/v1/program-tasks/xyz").then().statusCode(400);
        assertEquals(before, staff().get(path).asString());
    }
}
