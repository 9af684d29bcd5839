package vn.lhh.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.i18n.Messages;
import vn.lhh.contest.service.NominationExport;

/** The nominations export in the national form, as CSV and as XLSX read back with POI's XSSF reader. */
class NominationExportTest {
    static final NominationExport.Sheet SHEET = new NominationExport.Sheet(2026, List.of(
            new NominationExport.Nominee("2026-003", "Máy tưới cây \"thông minh\", tiết kiệm nước", "Kỹ thuật công nghệ",
                    List.of(new EntryAuthor("Nguyễn Thị Lan Anh", LocalDate.of(2011, 5, 14), "female", "Trường THCS Đặng Thai Mai", 9,
                                    "Thành phố Vinh", "Phường Trường Thi"),
                            new EntryAuthor("Trần Văn Bình", LocalDate.of(2010, 12, 1), "male", "Trường THCS Đặng Thai Mai", null,
                                    "Thành phố Vinh", null)),
                    new Supervisor("Thầy Hồ Văn Minh", "Trường THCS Đặng Thai Mai", "0912 345 678", null), Award.first, null, "=SUM(A1)")));

    static byte[] write(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(NominationExport.export(SHEET), format, Messages.VIETNAMESE, NominationExport.rows(SHEET), out);
        return out.toByteArray();
    }

    @Test
    void csvHasBomHeaderAndOneRowPerAuthor() throws IOException {
        String csv = new String(write(ExportFormat.csv), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"STT\",\"Mã bài\",\"Tên bài dự thi\",\"Lĩnh vực\",\"Họ và tên tác giả\",\"Ngày sinh\",\"Giới tính\",\"Lớp\","
                + "\"Trường\",\"Xã/Phường\",\"Huyện/Thị xã/Thành phố\",\"Giáo viên hướng dẫn\",\"Điện thoại GVHD\",\"Giải cấp tỉnh\",\"Ghi chú\"\r\n"));
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("\"1\",\"2026-003\",\"Máy tưới cây \"\"thông minh\"\", tiết kiệm nước\",\"Kỹ thuật công nghệ\",\"Nguyễn Thị Lan Anh\",\"14/05/2011\","
                + "\"Nữ\",\"9\",\"Trường THCS Đặng Thai Mai\",\"Phường Trường Thi\",\"Thành phố Vinh\",\"Thầy Hồ Văn Minh\",\"0912 345 678\",\"Giải Nhất\",\"'=SUM(A1)\"",
                lines[1]);
        assertTrue(lines[2].startsWith("\"2\",\"2026-003\","));
        assertTrue(lines[2].contains("\"Trần Văn Bình\",\"01/12/2010\",\"Nam\",\"\",\"Trường THCS Đặng Thai Mai\",\"\",\"Thành phố Vinh\""));
    }

    @Test
    void xlsxReadsBackWithTypedCells() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.xlsx)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("Đề cử toàn quốc 2026", sheet.getSheetName());
            assertEquals(2, sheet.getLastRowNum());
            XSSFRow header = sheet.getRow(0);
            assertEquals("Họ và tên tác giả", header.getCell(4).getStringCellValue());
            assertTrue(wb.getFontAt(header.getCell(4).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            XSSFRow first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
            assertEquals(1.0, first.getCell(0).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(5)));
            assertEquals(LocalDate.of(2011, 5, 14), first.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(9.0, first.getCell(7).getNumericCellValue());
            assertEquals("Máy tưới cây \"thông minh\", tiết kiệm nước", first.getCell(2).getStringCellValue());
            // a string cell is never a formula in XLSX: kept as typed
            assertEquals(CellType.STRING, first.getCell(14).getCellType());
            assertEquals("=SUM(A1)", first.getCell(14).getStringCellValue());
            assertEquals("Trần Văn Bình", sheet.getRow(2).getCell(4).getStringCellValue());
            assertEquals(null, sheet.getRow(2).getCell(7));
        }
    }
}
