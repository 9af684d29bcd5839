package vn.lhh.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.XlsxReader;

/** The calendar export: the range and each caller's visibility, times as the province's wall clock. */
@QuarkusTest
class CalendarExportTest {
    static final String PATH = CalendarFixtures.EVENTS + "/export";

    @Test
    void rangeVisibilityAndTypedTimes() throws Exception {
        LocalDate day = CalendarFixtures.freshDay();
        for (int h = 7; h <= 11; h++) {
            CalendarFixtures.create(CalendarFixtures.body("Họp giao ban lúc " + h + " giờ", day, h, h + 1));
        }
        Map<String, Object> internal = CalendarFixtures.body("Họp nội bộ cơ quan", day, 14, 15);
        internal.put("visibility", "office");
        CalendarFixtures.create(internal);
        CalendarFixtures.create(CalendarFixtures.workshop("Hội thảo chuyển đổi số", day, 80));

        byte[] xlsx = Api.as("staff").accept("*/*").queryParams(Map.of("from", day.toString(), "to", day.toString())).get(PATH)
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = XlsxReader.open(xlsx)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("Lịch công tác", sheet.getSheetName());
            assertEquals(7, sheet.getLastRowNum(), "every event of the day, over three pages");
            assertEquals("Họp giao ban lúc 7 giờ", sheet.getRow(1).getCell(1).getStringCellValue(), "earliest first");
            assertEquals("Họp", sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2)));
            assertEquals(LocalDateTime.of(day, java.time.LocalTime.of(7, 0)), sheet.getRow(1).getCell(2).getLocalDateTimeCellValue());
            int workshop = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(1).getStringCellValue().equals("Hội thảo chuyển đổi số")) {
                    workshop = r;
                }
            }
            assertTrue(workshop > 0);
            assertEquals("Hội thảo", sheet.getRow(workshop).getCell(0).getStringCellValue());
            assertEquals(80.0, sheet.getRow(workshop).getCell(8).getNumericCellValue());
            assertEquals(0.0, sheet.getRow(workshop).getCell(7).getNumericCellValue());
        }
        String anonymous = new String(Api.anonymous().accept("*/*").queryParams(Map.of("from", day.toString(), "to", day.toString(), "format", "csv"))
                .get(PATH).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(anonymous.startsWith("\uFEFF\"Loại\",\"Nội dung\",\"Bắt đầu\""), anonymous);
        assertEquals(7, anonymous.split("\r\n").length, "the office-only meeting is not exported to the public");
        assertFalse(anonymous.contains("Họp nội bộ cơ quan"));
        assertTrue(anonymous.contains("\"" + String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear()) + " 07:00\""), anonymous);
        String partner = new String(AccessMatrix.as("partner").accept("*/*").queryParams(Map.of("from", day.toString(), "to", day.toString(),
                "format", "csv", "kind", "workshop")).get(PATH).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(2, partner.split("\r\n").length, partner);
    }

    @Test
    void badInputsAreProblems() {
        for (Map<String, String> q : List.of(Map.of("from", "2031-01-01", "to", "2031-01-02", "format", "ics"), Map.of("to", "2031-01-02"),
                Map.of("from", "2031-01-01", "to", "2032-01-01"), Map.of("from", "2031-01-01", "to", "2031-01-02", "kind", "party"))) {
            Api.as("staff").accept("*/*").queryParams(q).get(PATH).then().statusCode(400).contentType("application/problem+json");
        }
        Api.anonymous().accept("*/*").queryParams(Map.of("from", "2031-01-01", "to", "2031-01-02", "mine", "true")).get(PATH).then()
                .statusCode(401).contentType("application/problem+json");
    }
}
