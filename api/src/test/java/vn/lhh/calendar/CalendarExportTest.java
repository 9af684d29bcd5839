package vn.lhh.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
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
import vn.lhh.testsupport.ExportFiles;
import vn.lhh.testsupport.OfficeFiles;
import vn.lhh.testsupport.XlsxReader;

/** The calendar export: the range and each caller's visibility, times as the province's wall clock. */
@QuarkusTest
class CalendarExportTest {
    @Inject
    DataSource ds;

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
    void aWorkshopsRegistrantsForTheOfficeOnly() throws Exception {
        LocalDate day = CalendarFixtures.freshDay();
        String workshop = CalendarFixtures.create(CalendarFixtures.workshop("Hội thảo khoa học về nước sạch nông thôn", day, 50));
        String path = CalendarFixtures.path(workshop) + "/registrations/export";
        List<String> names = List.of("Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Đình Khoa", "Phạm Ngọc Ánh");
        for (int i = 0; i < names.size(); i++) {
            CalendarFixtures.registerConfirmed(ds, Api.anonymous(), workshop, Map.of("fullName", names.get(i),
                    "email", "dk" + i + "-" + workshop.substring(0, 8) + "@example.vn", "organisation", "Hội Tin học Nghệ An"));
        }
        CalendarFixtures.registerConfirmed(ds, Api.as("expert"), workshop,
                Map.of("fullName", "Đặng Quốc Việt", "email", "viet-" + workshop.substring(0, 8) + "@example.vn"));
        // a registration nobody confirmed holds no seat and is not in the list
        Api.anonymous().body(Map.of("fullName", "Chưa Xác Nhận", "email", "cho-" + workshop.substring(0, 8) + "@example.vn"))
                .post(CalendarFixtures.path(workshop) + "/registrations").then().statusCode(202);

        var r = Api.as("staff").accept("*/*").get(path).then().statusCode(200).contentType(ExportFiles.XLSX).extract();
        assertEquals("Danh sách đăng ký hội thảo - Hội thảo khoa học về nước sạch nông thôn.xlsx", OfficeFiles.fileName(r));
        try (XSSFWorkbook wb = XlsxReader.open(r.asByteArray())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            ExportFiles.assertSheetShape(wb, sheet, 5);
            assertEquals("Danh sách đăng ký hội thảo", sheet.getSheetName());
            assertEquals(5, sheet.getLastRowNum(), "five registrants over two pages");
            for (int i = 0; i < names.size(); i++) {
                assertEquals(names.get(i), sheet.getRow(1 + i).getCell(0).getStringCellValue(), "in order of registration");
            }
            assertEquals("Hội Tin học Nghệ An", sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals(null, sheet.getRow(1).getCell(3), "anonymous: no account");
            assertEquals("expert", sheet.getRow(5).getCell(3).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(4)));
            LocalDateTime at = sheet.getRow(1).getCell(4).getLocalDateTimeCellValue();
            assertTrue(Math.abs(java.time.Duration.between(at, LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).toMinutes()) < 30,
                    "the province's wall clock: " + at);
        }
        List<List<String>> csv = ExportFiles.csv(Api.as("admin").accept("*/*").header("Accept-Language", "en").queryParam("format", "csv")
                .get(path).then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("Full name", "E-mail", "Organisation", "Username", "Registered at"), csv.get(0));
        assertEquals(6, csv.size());
        assertEquals("Trần Thị Thu Hà", csv.get(2).get(0));
        assertTrue(csv.get(2).get(4).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"), csv.get(2).get(4));

        // the office only (registrants' e-mail addresses); an unknown or hidden event is 404
        for (String who : List.of("officer", "officer2", "expert", "expert2", "partner")) {
            AccessMatrix.as(who).accept("*/*").get(path).then().statusCode(403).contentType("application/problem+json");
        }
        Api.anonymous().accept("*/*").get(path).then().statusCode(401);
        Api.as("staff").accept("*/*").get(CalendarFixtures.path(java.util.UUID.randomUUID().toString()) + "/registrations/export").then()
                .statusCode(404).contentType("application/problem+json");
        Api.as("staff").accept("*/*").get(CalendarFixtures.EVENTS + "/not-a-uuid/registrations/export").then().statusCode(400)
                .contentType("application/problem+json");
        Api.as("staff").accept("*/*").queryParam("format", "ics").get(path).then().statusCode(400).contentType("application/problem+json");
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
