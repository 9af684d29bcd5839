package vn.lhh.bulletin.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.bulletin.distribution.DistributionFixtures.TOTALS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.distribution;
import static vn.lhh.bulletin.distribution.DistributionFixtures.recipient;
import static vn.lhh.bulletin.distribution.DistributionFixtures.record;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.ExportFiles;
import vn.lhh.testsupport.OfficeFiles;
import vn.lhh.testsupport.XlsxReader;

/**
 * The distribution exported: an issue's records (the list's kind filter and order, over several
 * pages) and a year's totals (the same figures as the JSON totals). The union office only.
 */
@QuarkusTest
class DistributionExportTest {

    @Test
    void anIssuesRecordsWithTheListsFilterAndOrder() throws Exception {
        String t = UUID.randomUUID().toString().substring(0, 6);
        String issue = BulletinFixtures.published(Api.unique("Tập san xuất khẩu"));
        String a = recipient("commune", "Xã Nghi Phong " + t, "Huyện Nghi Lộc " + t, 2);
        String b = recipient("commune", "Xã Diễn Châu " + t, "Huyện Diễn Châu " + t, 1);
        String c = recipient("ward", "Phường Hưng Dũng " + t, "Thành phố Vinh " + t, 3);
        String d = recipient("department", "Sở Giáo dục và Đào tạo " + t, null, 5);
        record(issue, a, 4, "2026-03-02");
        record(issue, b, null, "2026-03-03");
        record(issue, c, null, "2026-03-04");
        record(issue, d, 12, "2026-03-05");
        String path = distribution(issue) + "/export";

        var r = Api.as("staff").accept("*/*").get(path).then().statusCode(200).contentType(ExportFiles.XLSX).extract();
        String name = OfficeFiles.fileName(r);
        assertTrue(name.startsWith("Danh sách phát hành tập san số ") && name.endsWith(".xlsx"), name);
        try (XSSFWorkbook wb = XlsxReader.open(r.asByteArray())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            ExportFiles.assertSheetShape(wb, sheet, 8);
            assertEquals(4, sheet.getLastRowNum(), "four records over two pages");
            // district, then recipient: the department (no district) first, then Diễn Châu, Nghi Lộc, Vinh
            assertEquals("Sở Giáo dục và Đào tạo " + t, sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Sở, ban, ngành", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Xã Diễn Châu " + t, sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("Xã Nghi Phong " + t, sheet.getRow(3).getCell(1).getStringCellValue());
            assertEquals("Phường Hưng Dũng " + t, sheet.getRow(4).getCell(1).getStringCellValue());
            XSSFRow nghiPhong = sheet.getRow(3);
            assertEquals("Huyện Nghi Lộc " + t, nghiPhong.getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, nghiPhong.getCell(4).getCellType());
            assertEquals(4.0, nghiPhong.getCell(4).getNumericCellValue());
            assertEquals(3.0, sheet.getRow(4).getCell(4).getNumericCellValue(), "the recipient's default copies");
            assertTrue(DateUtil.isCellDateFormatted(nghiPhong.getCell(5)));
            assertEquals(LocalDate.of(2026, 3, 2), nghiPhong.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Bưu điện", nghiPhong.getCell(6).getStringCellValue());
            assertNull(sheet.getRow(1).getCell(2), "no district: an empty cell");
        }
        List<List<String>> communes = ExportFiles.csv(Api.as("admin").accept("*/*").queryParams(Map.of("kind", "commune", "format", "csv",
                "sort", "-copies")).get(path).then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("Đối tượng", "Nơi nhận", "Huyện, thị xã", "Địa chỉ", "Số bản", "Ngày gửi", "Hình thức", "Ghi chú"), communes.get(0));
        assertEquals(3, communes.size(), communes.toString());
        assertEquals(List.of("Xã", "Xã Nghi Phong " + t, "Huyện Nghi Lộc " + t, "Trụ sở Xã Nghi Phong " + t + ", Nghệ An", "4", "02/03/2026", "Bưu điện", ""),
                communes.get(1));
        assertEquals("Xã Diễn Châu " + t, communes.get(2).get(1));

        // the office only; an unknown issue is 404 before any byte; bad inputs are 400
        for (String who : List.of("officer", "officer2", "expert", "partner")) {
            AccessMatrix.as(who).accept("*/*").get(path).then().statusCode(403).contentType("application/problem+json");
        }
        Api.anonymous().accept("*/*").get(path).then().statusCode(401);
        Api.as("staff").accept("*/*").get(distribution(UUID.randomUUID().toString()) + "/export").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("staff").accept("*/*").get("/api/v1/bulletins/not-a-uuid/distribution/export").then().statusCode(400)
                .contentType("application/problem+json");
        for (Map<String, String> q : List.of(Map.of("format", "pdf"), Map.of("kind", "village"), Map.of("sort", "address"))) {
            Api.as("staff").accept("*/*").queryParams(q).get(path).then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void theYearsTotalsAreTheFiguresOfTheJson() throws Exception {
        String t = UUID.randomUUID().toString().substring(0, 6);
        String issue = BulletinFixtures.published(Api.unique("Tập san tổng hợp xuất khẩu"));
        record(issue, recipient("commune", "Xã Thanh Chương " + t, "Huyện Thanh Chương " + t, 1), 3, "2011-02-14");
        record(issue, recipient("partner_union", "Liên hiệp hội Hà Tĩnh " + t, null, 2), null, "2011-09-01");
        JsonPath json = Api.as("staff").queryParam("year", 2011).get(TOTALS).then().statusCode(200).extract().jsonPath();

        var r = Api.as("staff").accept("*/*").queryParam("year", "2011").get(TOTALS + "/export").then().statusCode(200)
                .contentType(ExportFiles.XLSX).extract();
        assertEquals("Tổng hợp phát hành tập san năm 2011.xlsx", OfficeFiles.fileName(r));
        try (XSSFWorkbook wb = XlsxReader.open(r.asByteArray())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            ExportFiles.assertSheetShape(wb, sheet, 7);
            assertEquals(12 + 1 + 6, sheet.getLastRowNum(), "twelve months, the year, six kinds");
            for (int m = 0; m < 12; m++) {
                XSSFRow row = sheet.getRow(1 + m);
                assertEquals("Tháng", row.getCell(0).getStringCellValue());
                assertEquals(String.format("Tháng %02d/2011", m + 1), row.getCell(1).getStringCellValue());
                assertEquals(m + 1, (int) row.getCell(2).getNumericCellValue());
                assertEquals(json.getLong("months[" + m + "].issues"), (long) row.getCell(3).getNumericCellValue());
                assertNull(row.getCell(4), "a month has no distinct recipients");
                assertEquals(json.getLong("months[" + m + "].records"), (long) row.getCell(5).getNumericCellValue());
                assertEquals(json.getLong("months[" + m + "].copies"), (long) row.getCell(6).getNumericCellValue());
            }
            assertTrue(sheet.getRow(2).getCell(6).getNumericCellValue() >= 3, "February holds what was sent then");
            XSSFRow year = sheet.getRow(13);
            assertEquals("Năm 2011", year.getCell(1).getStringCellValue());
            assertEquals(json.getLong("total.recipients"), (long) year.getCell(4).getNumericCellValue());
            assertEquals(json.getLong("total.copies"), (long) year.getCell(6).getNumericCellValue());
            XSSFRow partner = sheet.getRow(14 + 4);
            assertEquals("Liên hiệp hội tỉnh bạn", partner.getCell(1).getStringCellValue());
            assertEquals(json.getLong("byKind[4].copies"), (long) partner.getCell(6).getNumericCellValue());
            assertTrue(partner.getCell(6).getNumericCellValue() >= 2);
        }
        List<List<String>> english = ExportFiles.csv(Api.as("admin").accept("*/*").header("Accept-Language", "en")
                .queryParams(Map.of("year", "2011", "format", "csv")).get(TOTALS + "/export").then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("Group", "Item", "Month", "Issues", "Recipients", "Records", "Copies"), english.get(0));
        assertEquals(20, english.size());
        assertEquals("Partner union", english.get(18).get(1));

        for (String who : List.of("officer", "officer2", "expert", "partner")) {
            AccessMatrix.as(who).accept("*/*").get(TOTALS + "/export").then().statusCode(403).contentType("application/problem+json");
        }
        Api.anonymous().accept("*/*").get(TOTALS + "/export").then().statusCode(401);
        for (Map<String, String> q : List.of(Map.of("format", "ods"), Map.of("year", "20x1"), Map.of("year", "1800"))) {
            Api.as("staff").accept("*/*").queryParams(q).get(TOTALS + "/export").then().statusCode(400).contentType("application/problem+json");
        }
    }
}
