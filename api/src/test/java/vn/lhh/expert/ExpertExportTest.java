package vn.lhh.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.XlsxReader;

/** The expert export: the search's filters and each caller's view of each profile (visibility), over several pages. */
@QuarkusTest
class ExpertExportTest {
    static final String PATH = "/api/v1/experts/export";
    static String field;

    /** Built once, by the first test that runs (Quarkus and its port are up by then). */
    static synchronized void scene() {
        if (field != null) {
            return;
        }
        field = ExpertFixtures.field("Địa kỹ thuật");
        for (String[] e : List.of(new String[] {"Nguyễn Văn Hùng", "public"}, new String[] {"Trần Thị Lan", "public"},
                new String[] {"Lê Đức Thọ", "partners"}, new String[] {"Hoàng Minh Châu", "internal"})) {
            Map<String, Object> body = ExpertFixtures.body(e[0], field);
            body.put("visibility", Map.of("profile", e[1], "availability", "partners"));
            body.put("availability", "busy");
            body.put("busyUntil", "2027-03-31");
            ExpertFixtures.create(body);
        }
    }

    List<String> names(String who) {
        String csv = new String(AccessMatrix.as(who).accept("*/*").queryParams(Map.of("field", field, "format", "csv", "sort", "name"))
                .get(PATH).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"Họ và tên\",\"Học hàm\",\"Học vị\",\"Lĩnh vực chuyên môn\""), csv);
        String[] lines = csv.split("\r\n");
        return java.util.Arrays.stream(lines).skip(1).map(l -> l.substring(1, l.indexOf('"', 1))).sorted().toList();
    }

    @Test
    void eachCallerGetsTheProfilesTheyMaySee() {
        scene();
        assertEquals(List.of("Hoàng Minh Châu", "Lê Đức Thọ", "Nguyễn Văn Hùng", "Trần Thị Lan"), names("staff"));
        assertEquals(List.of("Hoàng Minh Châu", "Lê Đức Thọ", "Nguyễn Văn Hùng", "Trần Thị Lan"), names("admin"));
        assertEquals(List.of("Lê Đức Thọ", "Nguyễn Văn Hùng", "Trần Thị Lan"), names("partner"));
        assertEquals(List.of("Nguyễn Văn Hùng", "Trần Thị Lan"), names("anonymous"));
    }

    @Test
    void hiddenFieldsStayEmpty() {
        scene();
        String anonymous = new String(Api.anonymous().accept("*/*").queryParams(Map.of("field", field, "format", "csv"))
                .get(PATH).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertFalse(anonymous.contains("Đang bận"), "availability is for partners and the office");
        String partner = new String(AccessMatrix.as("partner").accept("*/*").queryParams(Map.of("field", field, "format", "csv"))
                .get(PATH).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(partner.contains("\"Đang bận\",\"31/03/2027\""), partner);
    }

    @Test
    void xlsxForTheOffice() throws Exception {
        scene();
        byte[] xlsx = Api.as("staff").accept("*/*").queryParams(Map.of("field", field, "sort", "name")).get(PATH).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (XSSFWorkbook wb = XlsxReader.open(xlsx)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("Danh sách chuyên gia", sheet.getSheetName());
            assertEquals(4, sheet.getLastRowNum());
            assertTrue(sheet.getRow(1).getCell(3).getStringCellValue().startsWith("Địa kỹ thuật"));
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(7)));
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
        }
    }

    @Test
    void badInputsAreProblems() {
        scene();
        for (Map<String, String> q : List.of(Map.of("format", "json"), Map.of("availability", "maybe"), Map.of("sort", "age"),
                Map.of("associationId", "not-a-uuid"))) {
            Api.as("staff").accept("*/*").queryParams(q).get(PATH).then().statusCode(400).contentType("application/problem+json");
        }
    }
}
