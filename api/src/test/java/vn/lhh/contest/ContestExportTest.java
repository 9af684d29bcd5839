package vn.lhh.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.contest.ContestFixtures.editionPath;
import static vn.lhh.contest.ContestFixtures.entryPath;
import static vn.lhh.contest.ContestFixtures.etag;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.contest.JudgingFixtures.Worked;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.ExportFiles;
import vn.lhh.testsupport.OfficeFiles;
import vn.lhh.testsupport.XlsxReader;

/**
 * The contest's exports. Authors are minors: an export holds only what its caller reads in the list it
 * comes from — the entries list's names, school and district for the office and the registering
 * coordinator (never a date of birth, grade, commune or contact); the results' consent rule for everyone.
 */
@QuarkusTest
class ContestExportTest {
    static final String ENTRIES = "/api/v1/contest-entries/export";

    @Test
    void entriesWithTheListsFiltersAndAccess() throws Exception {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition, "ky-thuat", "Kỹ thuật công nghệ");
        String school = Api.unique("Trường THCS Đặng Thai Mai");
        ContestFixtures.coordinator("coordinator", "school", school, "Thành phố Vinh");
        ContestFixtures.coordinator("coordinator2", "school", Api.unique("Trường THCS Hưng Dũng"), "Thành phố Vinh");
        String mine = ContestFixtures.entry("coordinator", ContestFixtures.entryBody(category, "Máy tưới cây tự động của đầu mối", school));
        ContestFixtures.eligibleEntry(category, "Robot phân loại rác thải nhựa", Api.unique("Trường THPT Huỳnh Thúc Kháng"));
        String other = Api.unique("Trường THPT Huỳnh Thúc Kháng");
        ContestFixtures.entry("staff", ContestFixtures.entryBody(category, "Đèn học thông minh tiết kiệm điện", other, "Huyện Nghi Lộc",
                List.of(ContestFixtures.author("Lê Văn Đức", other, "Huyện Nghi Lộc"), ContestFixtures.author("Trần Thị Ngọc Ánh", other, "Huyện Nghi Lộc"))));
        ContestFixtures.entry("staff", ContestFixtures.entryBody(category, "Hệ thống cảnh báo lũ sớm", Api.unique("Trường THCS Lê Mao")));

        // the office: every entry of the edition, in number order, over two pages
        var r = Api.as("staff").accept("*/*").queryParam("edition", edition).get(ENTRIES).then().statusCode(200)
                .contentType(ExportFiles.XLSX).extract();
        assertTrue(OfficeFiles.fileName(r).matches("Danh sách bài dự thi \\d{2}-\\d{2}-\\d{4}\\.xlsx"), OfficeFiles.fileName(r));
        try (XSSFWorkbook wb = XlsxReader.open(r.asByteArray())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            ExportFiles.assertSheetShape(wb, sheet, 11);
            assertEquals(4, sheet.getLastRowNum());
            assertEquals("Máy tưới cây tự động của đầu mối", sheet.getRow(1).getCell(3).getStringCellValue(), "number order");
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
            assertTrue(sheet.getRow(1).getCell(1).getNumericCellValue() < sheet.getRow(2).getCell(1).getNumericCellValue());
            assertEquals("Kỹ thuật công nghệ", sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals("Nháp", sheet.getRow(1).getCell(7).getStringCellValue());
            assertEquals("Hợp lệ", sheet.getRow(2).getCell(7).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(2).getCell(9)), "submitted at, a date-time cell");
            assertNull(sheet.getRow(1).getCell(9), "a draft was never submitted");
            assertEquals("Lê Văn Đức; Trần Thị Ngọc Ánh", sheet.getRow(3).getCell(4).getStringCellValue());
            assertEquals("Huyện Nghi Lộc", sheet.getRow(3).getCell(6).getStringCellValue());
        }
        // the list's filters
        List<List<String>> eligible = csv("staff", Map.of("edition", edition, "status", "eligible"));
        assertEquals(2, eligible.size());
        assertEquals("Robot phân loại rác thải nhựa", eligible.get(1).get(3));
        List<List<String>> words = csv("admin", Map.of("edition", edition, "q", "den hoc thong minh"));
        assertEquals(2, words.size(), words.toString());
        assertEquals(2, csv("staff", Map.of("edition", edition, "district", "huyen nghi loc")).size());
        List<List<String>> bySchool = csv("staff", Map.of("edition", edition, "school", "huynh thuc khang", "sort", "-number"));
        assertEquals(3, bySchool.size(), bySchool.toString());
        assertEquals("Đèn học thông minh tiết kiệm điện", bySchool.get(1).get(3), "the list's sort");

        // the coordinator: only what it registered; the other coordinator: nothing (the header alone)
        List<List<String>> own = csv("coordinator", Map.of("edition", edition));
        assertEquals(2, own.size(), own.toString());
        assertEquals("Máy tưới cây tự động của đầu mối", own.get(1).get(3));
        assertEquals(Api.as("coordinator").get(entryPath(mine)).then().statusCode(200).extract().path("code"), own.get(0 + 1).get(0));
        assertEquals(1, csv("coordinator2", Map.of("edition", edition)).size());

        // nothing the list does not show: no date of birth, grade, commune, supervisor or contact
        String all = new String(Api.as("staff").accept("*/*").queryParams(Map.of("edition", edition, "format", "csv")).get(ENTRIES).then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertFalse(all.contains("Phường Trường Thi") || all.contains("Trần Văn Minh") || all.contains("0912 345 678") || all.contains("example"), all);
        String dob = ContestFixtures.author("x", "x", "x").get("dateOfBirth").toString();
        assertFalse(all.contains(dob.substring(8, 10) + "/" + dob.substring(5, 7) + "/" + dob.substring(0, 4)), "no date of birth");

        for (String who : List.of("officer", "officer2", "expert", "partner", "judge")) {
            AccessMatrix.as(who).accept("*/*").queryParam("format", "csv").get(ENTRIES).then().statusCode(403).contentType("application/problem+json");
        }
        Api.anonymous().accept("*/*").queryParam("format", "csv").get(ENTRIES).then().statusCode(401);
        for (Map<String, String> q : List.of(Map.of("format", "json"), Map.of("edition", "2026"), Map.of("status", "won"), Map.of("grade", "13"),
                Map.of("sort", "award"))) {
            Api.as("staff").accept("*/*").queryParams(q).get(ENTRIES).then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void resultsFollowThePublicationAndTheConsentRule() throws Exception {
        Worked w = JudgingFixtures.workedExample(false);
        String edition = w.scene().edition();
        String path = editionPath(edition) + "/results/export";
        Api.as("staff").post("/api/v1/contest-categories/" + w.scene().category() + "/awards").then().statusCode(200);
        String y = entryPath(w.entry("Y"));
        Api.as("staff").header("If-Match", etag(y)).body(Map.of("consentPublic", true, "note", "Phụ huynh đồng ý bằng văn bản"))
                .put(y + "/consent").then().statusCode(200);
        Api.as("staff").header("If-Match", etag(y)).body(Map.of("nominated", true, "note", "Đề cử Y")).put(y + "/nomination").then().statusCode(200);

        // before publication: the office's preview; nobody else
        assertEquals(6, ExportFiles.csv(Api.as("staff").accept("*/*").queryParam("format", "csv").get(path).then().statusCode(200)
                .extract().asByteArray()).size());
        for (String who : List.of("anonymous", "officer", "officer2", "expert", "partner")) {
            AccessMatrix.as(who).accept("*/*").queryParam("format", "csv").get(path).then().statusCode(404).contentType("application/problem+json");
        }
        Api.as("staff").header("If-Match", etag(editionPath(edition))).post(editionPath(edition) + "/results/publication").then().statusCode(200);

        // published: everyone, the same rows as the JSON results
        var r = Api.anonymous().accept("*/*").get(path).then().statusCode(200).contentType(ExportFiles.XLSX).extract();
        String year = Api.as("staff").get(editionPath(edition)).then().extract().path("year").toString();
        assertEquals("Kết quả cuộc thi " + year + ".xlsx", OfficeFiles.fileName(r));
        try (XSSFWorkbook wb = XlsxReader.open(r.asByteArray())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            ExportFiles.assertSheetShape(wb, sheet, 9);
            assertEquals(5, sheet.getLastRowNum());
            assertEquals(List.of("Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Ba", "Giải Khuyến khích"),
                    List.of(1, 2, 3, 4, 5).stream().map(i -> sheet.getRow(i).getCell(4).getStringCellValue()).toList());
            // Y, with consent: its author's name, school and district; nominated
            assertEquals("Nguyễn Thị Lan Anh", sheet.getRow(1).getCell(6).getStringCellValue());
            assertEquals(w.scene().schools().get(1), sheet.getRow(1).getCell(7).getStringCellValue());
            assertEquals("Thành phố Vinh", sheet.getRow(1).getCell(8).getStringCellValue());
            assertEquals("Có", sheet.getRow(1).getCell(5).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(2).getCellType());
            // X, without consent: withheld, no school, no district
            assertEquals("(không công bố)", sheet.getRow(2).getCell(6).getStringCellValue());
            assertNull(sheet.getRow(2).getCell(7));
            assertNull(sheet.getRow(2).getCell(8));
            assertEquals("Không", sheet.getRow(2).getCell(5).getStringCellValue());
        }
        String csv = new String(AccessMatrix.as("partner").accept("*/*").queryParam("format", "csv").get(path).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(1, csv.split("Nguyễn Thị Lan Anh", -1).length - 1, "the author's name once: only Y has consent");
        assertFalse(csv.contains(w.scene().schools().get(0)) || csv.contains("Phường Trường Thi") || csv.contains("Trần Văn Minh"), csv);
        List<List<String>> english = ExportFiles.csv(Api.as("officer2").accept("*/*").header("Accept-Language", "en").queryParam("format", "csv")
                .get(path).then().statusCode(200).extract().asByteArray());
        assertEquals("Award", english.get(0).get(4));
        assertEquals("First prize", english.get(1).get(4));
        assertEquals("(withheld)", english.get(2).get(6));

        // bad inputs
        Api.anonymous().accept("*/*").queryParam("format", "pdf").get(path).then().statusCode(400).contentType("application/problem+json");
        Api.anonymous().accept("*/*").get("/api/v1/contest-editions/not-a-uuid/results/export").then().statusCode(400)
                .contentType("application/problem+json");
        Api.as("staff").accept("*/*").get("/api/v1/contest-editions/00000000-0000-0000-0000-000000000000/results/export").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static List<List<String>> csv(String who, Map<String, String> query) {
        return ExportFiles.csv(Api.as(who).accept("*/*").queryParams(query).queryParam("format", "csv").get(ENTRIES).then().statusCode(200)
                .extract().asByteArray());
    }
}
