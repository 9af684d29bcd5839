package vn.lhh.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.lhh.program.importing.ParsedProgram;
import vn.lhh.program.importing.ProgramDocumentException;
import vn.lhh.program.importing.ProgramDocumentParser;

/** The importer on the real source document, 106/CTr-LHH (a copy is kept in deploy/demo/). */
class ProgramDocumentParserTest {
    static final Path SEED = Path.of("../deploy/demo/program-106-CTr-LHH-2019.txt");
    private final ProgramDocumentParser parser = new ProgramDocumentParser(Locale.forLanguageTag("vi"));

    static String seed() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    @Test
    void theKeptCopyIsTheSharedSourceDocument() throws IOException {
        Path shared = Path.of("../../shared/seeds/000_379c9d78fe6fffdf.txt");
        if (Files.exists(shared)) {
            assertEquals(Files.readString(shared, StandardCharsets.UTF_8), seed());
        }
        assertTrue(seed().contains("106/CTr-LHH"));
    }

    @Test
    void readsTheHeaderOfTheSeed() throws IOException {
        ParsedProgram p = parser.parse(seed());
        assertEquals("Nghệ An", p.place());
        assertEquals(LocalDate.of(2019, 12, 23), p.documentDate());
        assertEquals("106/CTr-LHH", p.documentNumber());
        assertEquals("VI", p.termLabel());
        assertEquals(2019, p.startYear());
        assertEquals(2024, p.endYear());
        assertEquals("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN", p.unionName());
        assertEquals("CHƯƠNG TRÌNH HOẠT ĐỘNG CỦA LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN KHÓA VI, NHIỆM KỲ 2019-2024", p.title());
        assertTrue(p.preamble().startsWith("Nhằm thực hiện thắng lợi Nghị quyết Đại hội đại biểu"));
        assertEquals("TM. BAN CHẤP HÀNH\nCHỦ TỊCH", p.signerTitle());
        assertEquals("Nguyễn Thị Thu Hương", p.signer());
    }

    @Test
    void countsEveryPartOfTheSeed() throws IOException {
        ParsedProgram p = parser.parse(seed());
        assertEquals(5, p.missions().size());
        assertEquals(List.of(0, 2, 5, 2, 0), p.missions().stream().map(m -> m.subItems().size()).toList());
        assertEquals(8, p.regularTasks().size());
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024), p.years().stream().map(ParsedProgram.YearBlock::year).toList());
        assertEquals(List.of(3, 7, 5, 6, 3, 5), p.years().stream().map(y -> y.items().size()).toList());
        assertEquals(3, p.implementation().size());
        assertEquals(8, p.recipients().size());
        assertEquals("Liên hiệp các hội KH&KT Việt Nam (đề b/c)", p.recipients().get(0));
        assertEquals("Lưu: VT", p.recipients().get(7));
        assertTrue(p.closing().startsWith("Chương trình công tác toàn khóa của Liên hiệp các hội"));
        assertEquals(List.of(), p.flags(), "the seed has nothing the parser cannot place");
    }

    @Test
    void keepsTextsVerbatim() throws IOException {
        ParsedProgram p = parser.parse(seed());
        assertEquals("Củng cố, phát triển tổ chức; điều hòa, phối hợp và trợ giúp hoạt động của các hội thành viên; "
                + "tăng cường mối liên kết giữa các hội thành viên.", p.missions().get(0).text());
        assertEquals("c", p.missions().get(2).subItems().get(2).label());
        assertTrue(p.missions().get(2).subItems().get(2).text().startsWith("Phổ biến kiến thức khoa học và công nghệ trong nhân dân."));
        // emphasis markers are layout: "(*mỗi tháng 1 số*)" reads "(mỗi tháng 1 số)"; the second paragraph stays a paragraph
        String bulletin = p.regularTasks().get(2).text();
        assertTrue(bulletin.startsWith("Tổ chức xuất bản Tập san khoa học và ứng dụng (mỗi tháng 1 số) đảm bảo chất lượng"));
        assertTrue(bulletin.contains("trao đổi với 63 Liên hiệp hội tỉnh bạn.\nXây dựng website để tăng tương tác"));
        // a sentence cut by a page break is joined again
        assertTrue(p.regularTasks().get(3).text().contains("các mô hình, sản phẩm tham gia dự thi;"));
        assertTrue(p.years().get(1).items().get(0).text().contains("Khoa học và kỹ thuật Nghệ An Khóa VI"));
        assertEquals("Tổ chức hội nghị góp ý văn kiện Đại Hội Đảng Bộ tỉnh Nghệ An nhiệm kỳ 2020 -2025.",
                p.years().get(1).items().get(4).text());
        assertEquals(43, p.regularTasks().get(0).line());
    }

    @Test
    void flagsWhatItCannotPlace() throws IOException {
        String doc = seed().replace("2. Củng cố, kiện toàn cơ cấu tổ chức của cơ quan Liên hiệp hội;",
                "3. Củng cố, kiện toàn cơ cấu tổ chức của cơ quan Liên hiệp hội;")
                .replace("- Lưu: VT", "Lưu hồ sơ văn thư");
        ParsedProgram p = parser.parse(doc);
        assertEquals(2, p.flags().size(), p.flags().toString());
        assertEquals(45, p.flags().get(0).line());
        assertTrue(p.flags().get(0).reason().contains("cần 2, gặp 3"));
        assertEquals("Lưu hồ sơ văn thư", p.flags().get(1).text());
    }

    @Test
    void refusesDocumentsThatAreNoProgramPointingAtTheLine() throws IOException {
        var e = assertThrows(ProgramDocumentException.class, () -> parser.parse("   \n "));
        assertEquals("program.import.empty", e.messageKey());
        e = assertThrows(ProgramDocumentException.class, () -> parser.parse(seed().replace("Số: 106/CTr-LHH", "")));
        assertEquals("program.import.no-number", e.messageKey());
        e = assertThrows(ProgramDocumentException.class, () -> parser.parse(seed().replace("KHÓA VI, NHIỆM KỲ 2019-2024**", "**")));
        assertEquals("program.import.no-term", e.messageKey());
        assertEquals(7, e.line());
        e = assertThrows(ProgramDocumentException.class, () -> parser.parse(seed().replace("*** Năm 2023**", "*** Năm 2031**")));
        assertEquals("program.import.year-outside-period", e.messageKey());
        assertEquals(115, e.line());
        e = assertThrows(ProgramDocumentException.class, () -> parser.parse(seed().replace("*** Năm 2023**", "*** Năm 2022**")));
        assertEquals("program.import.duplicate-year", e.messageKey());
        e = assertThrows(ProgramDocumentException.class, () -> parser.parse(seed().replace("I. Chương trình công tác thường xuyên", "Chương trình công tác thường xuyên")
                .replace("II. Tổ chức thực hiện", "Tổ chức thực hiện")));
        assertEquals("program.import.no-regular-section", e.messageKey());
        e = assertThrows(ProgramDocumentException.class, () -> parser.parse("Hello world\nthis is not a program"));
        assertEquals(1, e.line());
    }

    @Test
    void windowsLineEndingsAndDecomposedTextReadTheSame() throws IOException {
        String crlf = java.text.Normalizer.normalize(seed(), java.text.Normalizer.Form.NFD).replace("\n", "\r\n");
        ParsedProgram a = parser.parse(seed());
        ParsedProgram b = parser.parse(crlf);
        assertEquals(a, b);
        assertNull(a.flags().isEmpty() ? null : a.flags());
    }
}
