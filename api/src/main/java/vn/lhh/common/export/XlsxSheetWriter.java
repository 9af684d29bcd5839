package vn.lhh.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.lhh.common.time.ProvinceClock;

/**
 * One sheet written with POI's streaming SXSSF: at most {@link #WINDOW} rows in memory, the rest
 * flushed to a compressed temporary file that {@code close()} deletes. Typed cells (numbers, dates,
 * date-times in the province's time), a bold frozen header, column widths and an autofilter.
 */
final class XlsxSheetWriter {
    static final int WINDOW = 200;

    private XlsxSheetWriter() {
    }

    /** A cell holds at most 32,767 characters (Excel's limit, which POI enforces): longer text is cut with an ellipsis. */
    static String fit(String s) {
        return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL - 1) + "…";
    }

    private static final int MAX_CELL = 32_767;

    static <T> void write(Export<T> export, Locale locale, Rows<T> rows, OutputStream out) throws IOException {
        List<Column<T>> columns = export.columns();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(export.title()));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            short dateFormat = wb.createDataFormat().getFormat("dd/mm/yyyy");
            short dateTimeFormat = wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm");
            short integerFormat = wb.createDataFormat().getFormat("0");
            short decimalFormat = wb.createDataFormat().getFormat("0.00");
            CellStyle[] styles = new CellStyle[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                short format = switch (columns.get(c).type()) {
                    case DATE -> dateFormat;
                    case DATE_TIME -> dateTimeFormat;
                    case INTEGER -> integerFormat;
                    case DECIMAL -> decimalFormat;
                    default -> -1;
                };
                if (format >= 0) {
                    styles[c] = wb.createCellStyle();
                    styles[c].setDataFormat(format);
                }
                sheet.setColumnWidth(c, Math.min(255, Math.max(columns.get(c).width(), 4)) * 256);
            }
            SXSSFRow header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                SXSSFCell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header(locale));
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            int[] r = {0};
            rows.forEach(row -> {
                SXSSFRow x = sheet.createRow(++r[0]);
                for (int c = 0; c < columns.size(); c++) {
                    Column<T> col = columns.get(c);
                    Object v = col.value().apply(row, locale);
                    if (v == null) {
                        continue;
                    }
                    SXSSFCell cell = x.createCell(c);
                    switch (col.type()) {
                        case INTEGER, DECIMAL -> cell.setCellValue(((Number) v).doubleValue());
                        case DATE -> cell.setCellValue((LocalDate) v);
                        case DATE_TIME -> cell.setCellValue(LocalDateTime.ofInstant((Instant) v, ProvinceClock.ZONE));
                        case YES_NO -> cell.setCellValue(Column.pick(locale, (Boolean) v ? "Có" : "Không", (Boolean) v ? "Yes" : "No"));
                        default -> cell.setCellValue(fit(Exports.cleanText(v.toString())));
                    }
                    if (styles[c] != null) {
                        cell.setCellStyle(styles[c]);
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r[0], 1), 0, columns.size() - 1));
            wb.write(out);
        }
    }
}
