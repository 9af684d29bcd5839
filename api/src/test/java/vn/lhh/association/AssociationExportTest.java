package vn.lhh.association;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
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
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.XlsxReader;

/**
 * The association list exported as XLSX (read back with POI's XSSF reader) and CSV: typed cells, the
 * list's filters and visibility over several pages (the test profile reads 3 rows per page), the
 * Vietnamese file name, bad formats.
 */
@QuarkusTest
class AssociationExportTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PATH = "/api/v1/associations/export";
    static String tag;

    /** Built once, by the first test that runs (Quarkus and its port are up by then). */
    static synchronized void scene() {
        if (tag != null) {
            return;
        }
        tag = "xk" + java.util.UUID.randomUUID().toString().substring(0, 6);
        // six active (two pages of three), one of them with a term, and one suspended
        for (String name : List.of("Hội Y học Đà Nẵng", "Hội Luật gia", "Hội Nông nghiệp", "Hội Tin học", "Hội Điều dưỡng", "Hội Khoa học Lịch sử")) {
            Map<String, Object> body = Fixtures.associationBody(name + " " + tag);
            body.put("foundedOn", "2005-05-12");
            body.put("memberCount", 1250);
            String id = Fixtures.association(body);
            if (name.endsWith("Lịch sử")) {
                Fixtures.term(id, 3, LocalDate.of(2021, 3, 1), LocalDate.of(2026, 3, 1));
            }
        }
        Map<String, Object> suspended = Fixtures.associationBody("Hội Đông y " + tag);
        suspended.put("status", "suspended");
        Fixtures.association(suspended);
    }

    static ExtractableResponse<Response> export(RequestSpecification as, Map<String, ?> query) {
        return as.accept("*/*").queryParams(query).get(PATH).then().extract();
    }

    @Test
    void xlsxHasTypedCellsFrozenBoldHeaderAndAutofilter() throws Exception {
        scene();
        var r = export(Api.as("staff"), Map.of("q", tag, "format", "xlsx"));
        assertEquals(200, r.statusCode());
        assertEquals(XLSX, r.contentType());
        byte[] bytes = r.asByteArray();
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, Arrays.copyOf(bytes, 4));
        try (XSSFWorkbook wb = XlsxReader.open(bytes)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("Danh sách hội", sheet.getSheetName());
            assertEquals(7, sheet.getLastRowNum(), "header + 7 associations of the office's view, over 3 pages");
            XSSFRow header = sheet.getRow(0);
            assertEquals("Tên hội", header.getCell(0).getStringCellValue());
            assertEquals("Đại hội", header.getCell(9).getStringCellValue());
            assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals("A1:M8", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(sheet.getColumnWidth(0) >= 40 * 256 - 1);
            // ordered by name as the list: "Hội Điều dưỡng" sorts by its lower-case form
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                names.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertTrue(names.contains("Hội Y học Đà Nẵng " + tag), names.toString());
            assertTrue(names.contains("Hội Đông y " + tag), "staff see suspended associations: " + names);
            XSSFRow yhoc = sheet.getRow(names.indexOf("Hội Y học Đà Nẵng " + tag) + 1);
            assertEquals(CellType.NUMERIC, yhoc.getCell(4).getCellType());
            assertEquals(1250.0, yhoc.getCell(4).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(yhoc.getCell(5)));
            assertEquals(LocalDate.of(2005, 5, 12), yhoc.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Đang hoạt động", yhoc.getCell(3).getStringCellValue());
            assertEquals("Chưa có nhiệm kỳ", yhoc.getCell(9).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(yhoc.getCell(12)), "updatedAt is a date-time cell");
            XSSFRow history = sheet.getRow(names.indexOf("Hội Khoa học Lịch sử " + tag) + 1);
            assertEquals(3.0, history.getCell(6).getNumericCellValue());
            assertEquals(LocalDate.of(2021, 3, 1), history.getCell(7).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(LocalDate.of(2026, 3, 1), history.getCell(8).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(DateUtil.isCellDateFormatted(history.getCell(8)));
        }
        // the list's order (name): compared on names whose order does not depend on the collation of Đ
        List<String> shown = XlsxReader.rows(bytes).stream().map(x -> x.get(0)).filter(n -> n.matches("Hội [LNTY].*")).toList();
        assertEquals(List.of("Hội Luật gia " + tag, "Hội Nông nghiệp " + tag, "Hội Tin học " + tag, "Hội Y học Đà Nẵng " + tag), shown);
    }

    @Test
    void csvHasBomFiltersAndSort() {
        scene();
        var r = export(Api.as("staff"), Map.of("q", tag, "format", "csv", "status", "active", "sort", "-name"));
        assertEquals(200, r.statusCode());
        assertTrue(r.contentType().startsWith("text/csv"));
        byte[] bytes = r.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertTrue(lines[0].startsWith("\"Tên hội\",\"Tên viết tắt\",\"Lĩnh vực\",\"Trạng thái\",\"Số hội viên\",\"Ngày thành lập\""), lines[0]);
        assertEquals(7, lines.length, "six active ones (the suspended one is filtered out)");
        for (int i = 1; i < lines.length; i++) {
            assertFalse(lines[i].contains("Hội Đông y"), lines[i]);
            assertTrue(lines[i].contains(",\"1250\",\"12/05/2005\","), lines[i]);
        }
        // sort=-name: descending (on names whose order does not depend on the collation of Đ)
        List<String> ascii = Arrays.stream(lines).filter(l -> l.matches("\"Hội [LNTY].*")).map(l -> l.substring(1, l.indexOf('"', 1))).toList();
        assertEquals(List.of("Hội Y học Đà Nẵng " + tag, "Hội Tin học " + tag, "Hội Nông nghiệp " + tag, "Hội Luật gia " + tag), ascii);
    }

    @Test
    void outsideTheOfficeOnlyActiveAssociations() {
        scene();
        for (String who : List.of("anonymous", "officer", "officer2", "expert", "partner")) {
            var r = export(AccessMatrix.as(who), Map.of("q", tag, "format", "csv"));
            assertEquals(200, r.statusCode(), who);
            String body = new String(r.asByteArray(), StandardCharsets.UTF_8);
            assertFalse(body.contains("Hội Đông y"), who + " must not see a suspended association");
            assertTrue(body.contains("Hội Y học Đà Nẵng " + tag), who);
            // asking for suspended ones outside the office: an empty file, not an error
            var suspended = export(AccessMatrix.as(who), Map.of("q", tag, "format", "csv", "status", "suspended"));
            assertEquals(1, new String(suspended.asByteArray(), StandardCharsets.UTF_8).split("\r\n").length, who);
        }
    }

    @Test
    void headersFollowTheRequestLanguage() {
        scene();
        var r = export(Api.as("staff").header("Accept-Language", "en"), Map.of("q", tag, "format", "csv"));
        String body = new String(r.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("\uFEFF\"Name\",\"Abbreviation\",\"Field\",\"Status\",\"Members\""), body);
        assertTrue(body.contains("\"Active\""));
        // the data itself stays Vietnamese, diacritics intact
        assertTrue(body.contains("Hội Y học Đà Nẵng " + tag));
    }

    @Test
    void fileIsNamedInVietnameseWithAnAsciiFallback() {
        scene();
        Api.as("staff").accept("*/*").queryParam("q", tag).get(PATH).then().statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", startsWith("attachment; filename=\"Danh-sach-hoi-"))
                .header("Content-Disposition", containsString(".xlsx\"; filename*=UTF-8''Danh%20s%C3%A1ch%20h%E1%BB%99i%20"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void badInputsAreProblems() {
        scene();
        for (Map<String, String> q : List.of(Map.of("format", "pdf"), Map.of("format", "XLSX"), Map.of("status", "closed"),
                Map.of("congressStatus", "soon"), Map.of("sort", "password"))) {
            Api.as("staff").accept("*/*").queryParams(q).get(PATH).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.notNullValue());
        }
    }
}
