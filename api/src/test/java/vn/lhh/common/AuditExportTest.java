package vn.lhh.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.XlsxReader;

/** The audit log export: admin only, the list's filters, instants shown in Asia/Ho_Chi_Minh. */
@QuarkusTest
class AuditExportTest {
    static final String PATH = "/api/v1/audit-events/export";

    @Test
    void adminExportsOneRecordsHistoryWithTypedInstants() throws Exception {
        String name = Api.unique("Hội Sử học Nghệ An");
        String id = Fixtures.association(name);
        Map<String, Object> body = Fixtures.associationBody(name + " (đổi tên)");
        Api.as("staff").header("If-Match", "\"0\"").body(body).put("/api/v1/associations/" + id).then().statusCode(200);

        var list = Api.as("admin").queryParam("entityId", id).get("/api/v1/audit-events").then().statusCode(200).extract();
        String occurredAt = list.path("items[0].occurredAt");

        byte[] xlsx = Api.as("admin").accept("*/*").queryParam("entityId", id).queryParam("format", "xlsx").get(PATH).then()
                .statusCode(200).extract().asByteArray();
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, Arrays.copyOf(xlsx, 4));
        try (XSSFWorkbook wb = XlsxReader.open(xlsx)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("Nhật ký thay đổi", sheet.getSheetName());
            assertEquals(2, sheet.getLastRowNum(), "create and update, newest first");
            assertEquals("Sửa", sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals("Tạo", sheet.getRow(2).getCell(2).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(0)));
            // the instant shown as the province's wall-clock time (to the millisecond Excel keeps)
            LocalDateTime shown = sheet.getRow(1).getCell(0).getLocalDateTimeCellValue();
            LocalDateTime expected = java.time.Instant.parse(occurredAt).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime();
            assertTrue(Math.abs(java.time.Duration.between(expected, shown).toMillis()) <= 1, shown + " vs " + expected);
            assertTrue(sheet.getRow(1).getCell(6).getStringCellValue().contains(name + " (đổi tên)"));
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
        }

        String csv = new String(Api.as("admin").accept("*/*").queryParams(Map.of("entityId", id, "format", "csv", "action", "create"))
                .get(PATH).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFF\"Thời điểm\",\"Người thực hiện\",\"Thao tác\""), lines[0]);
        assertEquals(2, lines.length, "action=create keeps one row");
        assertTrue(lines[1].matches("\"\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\",\"staff\",\"Tạo\",\"association\",\"" + id + "\",.*"), lines[1]);
    }

    @Test
    void onlyAdmin() {
        for (String who : List.of("anonymous", "staff", "officer", "officer2", "expert", "partner")) {
            int expected = who.equals("anonymous") ? 401 : 403;
            AccessMatrix.as(who).accept("*/*").get(PATH).then().statusCode(expected).contentType("application/problem+json");
        }
    }

    @Test
    void badInputsAreProblems() {
        for (Map<String, String> q : List.of(Map.of("format", "ods"), Map.of("action", "erase"), Map.of("from", "hôm qua"),
                Map.of("sort", "actor"))) {
            Api.as("admin").accept("*/*").queryParams(q).get(PATH).then().statusCode(400).contentType("application/problem+json");
        }
    }
}
