package vn.lhh.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.XlsxReader;

/** The program tasks export: every task of the program in the list's order, the list's filters and roles. */
@QuarkusTest
class ProgramTaskExportTest {
    static final String PATH = "/api/v1/program-tasks/export";

    @Test
    void everyTaskOfTheProgramAsTypedCells() throws Exception {
        String programId = ProgramFixtures.importProgram(ProgramFixtures.variant());
        byte[] xlsx = Api.as("staff").accept("*/*").queryParam("programId", programId).get(PATH).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = XlsxReader.open(xlsx)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("Nhiệm vụ chương trình", sheet.getSheetName());
            assertEquals(8 * 6 + 29, sheet.getLastRowNum(), "as many rows as the list has tasks");
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(0).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(7)));
            assertEquals("Chưa triển khai", sheet.getRow(1).getCell(5).getStringCellValue());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
        }
        // the same order as the list's pages
        List<String> listed = new java.util.ArrayList<>();
        for (int page = 1; page <= 8; page++) {
            var r = Api.as("staff").queryParams(Map.of("programId", programId, "page", page, "size", 10)).get("/api/v1/program-tasks")
                    .then().statusCode(200).extract();
            List<Integer> years = r.path("items.year");
            List<String> labels = r.path("items.label");
            for (int i = 0; i < years.size(); i++) {
                listed.add(years.get(i) + "|" + labels.get(i));
            }
        }
        List<List<String>> rows = XlsxReader.rows(xlsx);
        assertEquals(listed, rows.subList(1, rows.size()).stream().map(r -> r.get(0) + "|" + r.get(2)).toList());

        String csv = new String(AccessMatrix.as("officer").accept("*/*").queryParams(Map.of("programId", programId, "format", "csv",
                "status", "done")).get(PATH).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"Năm\",\"Phần\",\"Mục\",\"Nội dung\""), csv);
        assertEquals(1, csv.split("\r\n").length, "no task is done yet: the header alone");
    }

    @Test
    void refusedAndBadInputs() {
        Api.anonymous().accept("*/*").get(PATH).then().statusCode(401).contentType("application/problem+json");
        for (String who : List.of("expert", "partner")) {
            AccessMatrix.as(who).accept("*/*").get(PATH).then().statusCode(403).contentType("application/problem+json");
        }
        for (Map<String, String> q : List.of(Map.of("format", "pdf"), Map.of("status", "finished"), Map.of("programId", "x"),
                Map.of("sort", "text"), Map.of("late", "maybe"))) {
            Api.as("staff").accept("*/*").queryParams(q).get(PATH).then().statusCode(400).contentType("application/problem+json");
        }
    }
}
