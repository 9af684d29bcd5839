package vn.lhh.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads exports back independently of the API's writers: CSV with a small RFC 4180 parser written
 * here (quotes, doubled quotes, line breaks inside quotes), XLSX with POI's DOM reader.
 */
public final class ExportFiles {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExportFiles() {
    }

    /** The rows of a CSV file that starts with a UTF-8 byte-order mark; header first. */
    public static List<List<String>> csv(byte[] bytes) {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "a UTF-8 byte-order mark");
        String s = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' || ch == '\n') {
                if (ch == '\r') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The sheet's shape every export promises: a bold frozen header row, an autofilter over all columns, widths set. */
    public static void assertSheetShape(XSSFWorkbook wb, XSSFSheet sheet, int columns) {
        assertEquals(columns, sheet.getRow(0).getLastCellNum(), "header cells");
        assertTrue(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
        assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane(), "frozen pane");
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row frozen");
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "autofilter");
        CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(0, filter.getFirstColumn());
        assertEquals(columns - 1, filter.getLastColumn());
        for (int c = 0; c < columns; c++) {
            assertTrue(sheet.getColumnWidth(c) >= 4 * 256, "column " + c + " has a width");
        }
    }
}
