package vn.lhh.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.ExportFiles;
import vn.lhh.testsupport.OfficeFiles;
import vn.lhh.testsupport.XlsxReader;

/** The consultation board exported: the list's filters and order over several pages, typed cells, the office only. */
@QuarkusTest
class ConsultationExportTest {
    static final String PATH = "/api/v1/consultations/export";

    @Test
    void theBoardWithItsFiltersAndTypedCells() throws Exception {
        String tag = "xk" + java.util.UUID.randomUUID().toString().substring(0, 6);
        var late = ConsultationFixtures.body("Phản biện đề án thủy lợi Đô Lương " + tag, "thuy-loi");
        late.put("requestDate", LocalDate.now().minusDays(40).toString());
        late.put("deadline", LocalDate.now().minusDays(1).toString());
        Api.as("staff").body(late).post("/api/v1/consultations").then().statusCode(201);
        for (String subject : List.of("Tư vấn quy hoạch vùng nguyên liệu", "Góp ý dự thảo kế hoạch chuyển đổi số", "Phản biện dự án nước sạch")) {
            ConsultationFixtures.create(subject + " " + tag, "thuy-loi");
        }
        var advice = ConsultationFixtures.body("Tư vấn giống lúa chịu hạn " + tag, "nong-nghiep");
        advice.put("kind", "advice");
        Api.as("staff").body(advice).post("/api/v1/consultations").then().statusCode(201);

        var r = Api.as("staff").accept("*/*").queryParam("q", tag).get(PATH).then().statusCode(200).contentType(ExportFiles.XLSX).extract();
        assertTrue(OfficeFiles.fileName(r).matches("Danh sách tư vấn, phản biện \\d{2}-\\d{2}-\\d{4}\\.xlsx"), OfficeFiles.fileName(r));
        try (XSSFWorkbook wb = XlsxReader.open(r.asByteArray())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            ExportFiles.assertSheetShape(wb, sheet, 10);
            assertEquals("Nội dung", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(5, sheet.getLastRowNum(), "five consultations over two pages");
            XSSFRow first = sheet.getRow(1);
            assertEquals("Phản biện đề án thủy lợi Đô Lương " + tag, first.getCell(1).getStringCellValue(), "overdue first (urgency)");
            assertEquals("Phản biện", first.getCell(0).getStringCellValue());
            assertEquals("UBND tỉnh Nghệ An", first.getCell(2).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(5)));
            assertEquals(LocalDate.now().minusDays(1), first.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Có", first.getCell(7).getStringCellValue());
            assertEquals("Đã tiếp nhận", first.getCell(6).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(8).getCellType());
            assertEquals(0.0, first.getCell(8).getNumericCellValue());
        }

        // the filters: kind, overdue, accent-free words; CSV read back with its own parser
        List<List<String>> advices = ExportFiles.csv(Api.as("admin").accept("*/*")
                .queryParams(Map.of("q", tag, "kind", "advice", "format", "csv")).get(PATH).then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("Loại", "Nội dung", "Cơ quan đề nghị", "Số văn bản", "Ngày đề nghị", "Hạn trả lời", "Trạng thái", "Quá hạn",
                "Chuyên gia", "Ý kiến đã gửi"), advices.get(0));
        assertEquals(2, advices.size(), "the one advice among five: " + advices);
        assertEquals(List.of("Tư vấn", "Tư vấn giống lúa chịu hạn " + tag), advices.get(1).subList(0, 2));
        List<List<String>> overdue = ExportFiles.csv(Api.as("staff").accept("*/*")
                .queryParams(Map.of("q", tag, "overdue", "true", "format", "csv")).get(PATH).then().statusCode(200).extract().asByteArray());
        assertEquals(2, overdue.size(), overdue.toString());
        assertEquals(LocalDate.now().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), overdue.get(1).get(5));
        List<List<String>> words = ExportFiles.csv(Api.as("staff").accept("*/*")
                .queryParams(Map.of("q", "nuoc sach " + tag, "format", "csv", "sort", "-deadline")).get(PATH).then().statusCode(200).extract().asByteArray());
        assertEquals(2, words.size(), words.toString());
        assertEquals("Phản biện dự án nước sạch " + tag, words.get(1).get(1));
        // English headers on request
        List<List<String>> english = ExportFiles.csv(Api.as("staff").accept("*/*").header("Accept-Language", "en")
                .queryParams(Map.of("q", tag, "kind", "advice", "format", "csv")).get(PATH).then().statusCode(200).extract().asByteArray());
        assertEquals("Subject", english.get(0).get(1));
        assertEquals("Advice", english.get(1).get(0));
    }

    @Test
    void onlyTheOfficeAndBadInputsAreProblems() {
        for (String who : List.of("officer", "officer2", "expert", "partner")) {
            AccessMatrix.as(who).accept("*/*").queryParam("format", "csv").get(PATH).then().statusCode(403).contentType("application/problem+json");
        }
        Api.anonymous().accept("*/*").queryParam("format", "csv").get(PATH).then().statusCode(401);
        for (Map<String, String> q : List.of(Map.of("format", "ods"), Map.of("kind", "opinion"), Map.of("status", "lost"), Map.of("overdue", "maybe"),
                Map.of("sort", "subject"))) {
            Api.as("staff").accept("*/*").queryParams(q).get(PATH).then().statusCode(400).contentType("application/problem+json");
        }
    }
}
