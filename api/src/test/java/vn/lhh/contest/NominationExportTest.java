package vn.lhh.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.service.NominationExport;

/** The nominations export in the national form, as CSV and as XLSX read back (pure Java). */
class NominationExportTest {
    static final NominationExport.Sheet SHEET = new NominationExport.Sheet(2026, List.of(
            new NominationExport.Nominee("2026-003", "Máy tưới cây \"thông minh\", tiết kiệm nước", "Kỹ thuật công nghệ",
                    List.of(new EntryAuthor("Nguyễn Thị Lan Anh", LocalDate.of(2011, 5, 14), "female", "Trường THCS Đặng Thai Mai", 9,
                                    "Thành phố Vinh", "Phường Trường Thi"),
                            new EntryAuthor("Trần Văn Bình", LocalDate.of(2010, 12, 1), "male", "Trường THCS Đặng Thai Mai", null,
                                    "Thành phố Vinh", null)),
                    new Supervisor("Thầy Hồ Văn Minh", "Trường THCS Đặng Thai Mai", "0912 345 678", null), Award.first, null, "=SUM(A1)")));

    @Test
    void csvHasBomHeaderAndOneRowPerAuthor() {
        String csv = NominationExport.csv(SHEET);
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
    void xlsxReadsBackWithTheSameCells() throws IOException {
        List<List<String>> rows = readXlsx(NominationExport.xlsx(SHEET));
        assertEquals(NominationExport.rows(SHEET), rows);
        assertEquals("Họ và tên tác giả", rows.get(0).get(4));
        assertEquals("Máy tưới cây \"thông minh\", tiết kiệm nước", rows.get(1).get(2));
    }

    /** A reader for what {@link vn.lhh.common.files.Xlsx} writes: inline strings, cells addressed A1-style. */
    static List<List<String>> readXlsx(byte[] bytes) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(parts.containsKey("[Content_Types].xml") && parts.containsKey("xl/workbook.xml") && parts.containsKey("_rels/.rels"));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<row r=\"(\\d+)\">(.*?)</row>").matcher(sheet);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<c r=\"([A-Z]+)\\d+\"[^>]*><is><t[^>]*>(.*?)</t></is></c>").matcher(row.group(2));
            while (cell.find()) {
                int col = cell.group(1).charAt(0) - 'A';
                while (cells.size() < col) {
                    cells.add("");
                }
                cells.add(cell.group(2).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
            }
            while (cells.size() < NominationExport.HEADER.size()) {
                cells.add("");
            }
            rows.add(cells);
        }
        return rows;
    }
}
