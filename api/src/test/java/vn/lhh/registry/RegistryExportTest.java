package vn.lhh.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.XlsxReader;

/** The registry export: the list's filters, an officer reads only what is addressed to their association. */
@QuarkusTest
class RegistryExportTest {
    static final String PATH = RegistryFixtures.DOCS + "/export";

    static String csv(String who, Map<String, ?> query) {
        return new String(AccessMatrix.as(who).accept("*/*").queryParams(query).get(PATH).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
    }

    @Test
    void officeGetsTheFilteredYearAsTypedCells() throws Exception {
        int year = RegistryFixtures.freshYear();
        for (int i = 1; i <= 4; i++) {
            Map<String, Object> b = RegistryFixtures.outgoing("plan", year + "-0" + i + "-0" + (i + 1), "Kế hoạch tổ chức Hội thảo số " + i);
            RegistryFixtures.create(b);
        }
        var r = Api.as("staff").accept("*/*").queryParams(Map.of("year", year, "type", "plan", "sort", "documentDate")).get(PATH)
                .then().statusCode(200).extract();
        try (XSSFWorkbook wb = XlsxReader.open(r.asByteArray())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("Sổ đăng ký văn bản", sheet.getSheetName());
            assertEquals(4, sheet.getLastRowNum(), "four plans over two pages");
            assertEquals("Văn bản đi", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
            assertEquals(1.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals((double) year, sheet.getRow(1).getCell(2).getNumericCellValue());
            assertTrue(sheet.getRow(1).getCell(3).getStringCellValue().startsWith("1/KH-"), sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals("Kế hoạch", sheet.getRow(1).getCell(4).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(5)));
            assertEquals(LocalDate.of(year, 1, 2), sheet.getRow(1).getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Kế hoạch tổ chức Hội thảo số 4", sheet.getRow(4).getCell(7).getStringCellValue());
            assertEquals("Không", sheet.getRow(1).getCell(10).getStringCellValue());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertTrue(sheet.getPaneInformation().isFreezePane());
        }
        String csv = csv("admin", Map.of("year", year, "q", "hoi thao so 3", "format", "csv"));
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[1].contains("\"Kế hoạch tổ chức Hội thảo số 3\""), lines[1]);
        assertTrue(lines[1].contains("\"04/03/" + year + "\""), lines[1]);
    }

    @Test
    void officerReadsOnlyWhatIsAddressedToTheirAssociation() {
        String own = Fixtures.associationOf("officer");
        String other = Fixtures.associationOf("officer2");
        String tag = Api.unique("Thông báo xuất sổ");
        RegistryFixtures.addressedTo(own, tag + " cho hội của officer");
        RegistryFixtures.addressedTo(other, tag + " cho hội của officer2");
        Map<String, String> q = Map.of("q", tag, "format", "csv");
        assertEquals(3, csv("staff", q).split("\r\n").length);
        String officer = csv("officer", q);
        assertTrue(officer.contains("cho hội của officer\"") && !officer.contains("officer2"), officer);
        String officer2 = csv("officer2", q);
        assertTrue(officer2.contains("cho hội của officer2") && Arrays.stream(officer2.split("\r\n")).count() == 2, officer2);
        // asking for the other association's documents gives nothing of them
        assertEquals(1, csv("officer2", Map.of("q", tag, "format", "csv", "associationId", own)).split("\r\n").length);
    }

    @Test
    void refusedAndBadInputs() {
        Api.anonymous().accept("*/*").get(PATH).then().statusCode(401).contentType("application/problem+json");
        for (String who : List.of("expert", "partner")) {
            AccessMatrix.as(who).accept("*/*").get(PATH).then().statusCode(403).contentType("application/problem+json");
        }
        for (Map<String, String> q : List.of(Map.of("format", "docx"), Map.of("type", "memo"), Map.of("from", "2020-13-01"),
                Map.of("from", "2020-05-01", "to", "2020-01-01"), Map.of("sort", "subject"))) {
            Api.as("staff").accept("*/*").queryParams(q).get(PATH).then().statusCode(400).contentType("application/problem+json");
        }
    }
}
