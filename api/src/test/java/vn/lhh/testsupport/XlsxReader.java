package vn.lhh.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an exported XLSX back with POI's XSSF (the DOM reader, independent of the streaming SXSSF
 * writer the API uses).
 */
public final class XlsxReader {
    private XlsxReader() {
    }

    public static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's cells as Excel would show them (dates as formatted), empty cells as "". */
    public static List<List<String>> rows(byte[] bytes) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = open(bytes)) {
            int width = wb.getSheetAt(0).getRow(0).getLastCellNum();
            for (Row r : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = r.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
