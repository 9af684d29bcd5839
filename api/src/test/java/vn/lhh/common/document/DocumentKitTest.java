package vn.lhh.common.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.lhh.common.document.AdministrativeDocument.Block;
import vn.lhh.testsupport.OfficeFiles;

/** The kit itself: one document read back from its .docx with POI and from its PDF with PDFBox. */
@QuarkusTest
class DocumentKitTest {
    /** Every Vietnamese vowel with every tone mark, and đ/Đ: the font must have them all. */
    static final String ALL_VIETNAMESE = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ Đ "
            + "AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ";

    @Inject
    DocumentRenderer renderer;

    static AdministrativeDocument sample() {
        return new AdministrativeDocument("Báo cáo thử", "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN", "25/BC-LHH", "Nghệ An", LocalDate.of(2026, 2, 5),
                "BÁO CÁO", "Kết quả thực hiện nhiệm vụ năm 2025", List.of(),
                List.of(Block.heading("I. Kết quả"), Block.paragraph("Đoạn văn có dấu: " + ALL_VIETNAMESE),
                        Block.list(List.of("Hội thảo khoa học về nước sạch nông thôn", "Tập san số 12")),
                        Block.table(List.of("TT", "Nhiệm vụ", "Trạng thái"),
                                List.of(List.of("1", "Tổ chức Đại hội đại biểu khóa VII", "Hoàn thành"), List.of("2", "Xuất bản Tập san\nsố 12", "Đang thực hiện")),
                                List.of(10, 60, 30))),
                AdministrativeDocument.Signature.of("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Nguyễn Văn Hùng"),
                List.of("Ban Thường vụ Tỉnh ủy", "Sở Khoa học và Công nghệ", "Lưu: VT"), false);
    }

    @Test
    void wordFileHasTheDecreeLayoutMarginsTableAndText() throws Exception {
        XWPFDocument doc = OfficeFiles.docx(renderer.docx(sample()));
        // A4 with the margins of the decree, in twips (1 mm = 56.7)
        CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
        assertEquals(BigInteger.valueOf(11906), size.getW());
        assertEquals(BigInteger.valueOf(16838), size.getH());
        CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
        assertMillimetres(20, mar.getTop());
        assertMillimetres(20, mar.getBottom());
        assertMillimetres(30, mar.getLeft());
        assertMillimetres(15, mar.getRight());
        // the header: the issuing body and number on the left, the national title, motto, place and date on the right
        XWPFTable header = doc.getTables().get(0);
        String left = header.getRow(0).getCell(0).getText();
        String right = header.getRow(0).getCell(1).getText();
        assertTrue(left.contains("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN") && left.contains("Số: 25/BC-LHH"), left);
        assertTrue(right.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && right.contains("Độc lập - Tự do - Hạnh phúc")
                && right.contains("Nghệ An, ngày 05 tháng 02 năm 2026"), right);
        // the body's table: a header row repeated on every page, then the rows, a line break kept
        XWPFTable table = doc.getTables().get(1);
        assertEquals(3, table.getNumberOfRows());
        assertEquals(List.of("TT", "Nhiệm vụ", "Trạng thái"), table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
        assertTrue(table.getRow(0).isRepeatHeader());
        assertEquals("Tổ chức Đại hội đại biểu khóa VII", table.getRow(1).getCell(1).getText());
        assertTrue(table.getRow(2).getCell(1).getText().contains("Xuất bản Tập san"));
        // paragraphs: the kind and title, the heading in a heading style, the text with every diacritic, the list
        List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertTrue(paragraphs.contains("BÁO CÁO") && paragraphs.contains("Kết quả thực hiện nhiệm vụ năm 2025"), paragraphs.toString());
        XWPFParagraph heading = doc.getParagraphs().stream().filter(p -> p.getText().equals("I. Kết quả")).findFirst().orElseThrow();
        assertEquals("Heading2", heading.getStyle());
        assertTrue(paragraphs.contains("Đoạn văn có dấu: " + ALL_VIETNAMESE), paragraphs.toString());
        assertTrue(paragraphs.contains("- Tập san số 12"), paragraphs.toString());
        assertEquals("Times New Roman", heading.getRuns().get(0).getFontFamily());
        // the end: recipients and the signature block
        XWPFTable footer = doc.getTables().get(2);
        String recipients = footer.getRow(0).getCell(0).getText();
        assertTrue(recipients.startsWith("Nơi nhận:") && recipients.contains("- Sở Khoa học và Công nghệ;") && recipients.contains("- Lưu: VT."), recipients);
        String sign = footer.getRow(0).getCell(1).getText();
        assertTrue(sign.contains("TM. BAN THƯỜNG VỤ") && sign.contains("CHỦ TỊCH") && sign.contains("Nguyễn Văn Hùng"), sign);
        assertEquals("Báo cáo thử", doc.getProperties().getCoreProperties().getTitle());
    }

    @Test
    void pdfHasTheTextWithDiacriticsAndOnlyEmbeddedFonts() {
        OfficeFiles.Pdf pdf = OfficeFiles.pdf(renderer.pdf(sample()));
        // lines may wrap (the issuing body does): compare with the whitespace flattened
        String text = Normalizer.normalize(pdf.text(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        assertTrue(pdf.text().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the national title on one line:\n" + pdf.text());
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nghệ An, ngày 05 tháng 02 năm 2026",
                "Số: 25/BC-LHH", "BÁO CÁO", "Tổ chức Đại hội đại biểu khóa VII", "Nơi nhận:", "TM. BAN THƯỜNG VỤ", "Nguyễn Văn Hùng")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertTrue(text.contains(ALL_VIETNAMESE), text);
        assertTrue(pdf.allFontsEmbedded(), pdf.fonts().toString());
        assertFalse(pdf.fonts().isEmpty());
        assertTrue(pdf.fonts().stream().allMatch(f -> f.contains("DejaVuSerif")), pdf.fonts().toString());
        assertEquals("Báo cáo thử", pdf.title());
    }

    @Test
    void htmlPreviewIsTheSameDocument() {
        String html = renderer.html(sample());
        assertTrue(html.contains("Nghệ An, ngày 05 tháng 02 năm 2026") && html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                && html.contains("<th>Nhiệm vụ</th>") && html.contains("Nguyễn Văn Hùng"), html);
    }

    @Test
    void certificatesArePagesOfOnePdf() {
        var sign = AdministrativeDocument.Signature.of("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Nguyễn Văn Hùng");
        List<Certificate> list = List.of(
                new Certificate("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN", "GIẤY CHỨNG NHẬN", List.of("Lê Thị Hằng", "Trần Đức Anh"),
                        List.of("Trường THPT Huỳnh Thúc Kháng", "Mô hình tưới nước tự động"), "Giải Nhất", "Cuộc thi năm 2026", "Số: 2026-001",
                        "Nghệ An", LocalDate.of(2026, 1, 9), sign),
                new Certificate("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN", "GIẤY CHỨNG NHẬN", List.of("Phạm Quỳnh"), List.of(), "Giải Ba",
                        "Cuộc thi năm 2026", "Số: 2026-002", "Nghệ An", LocalDate.of(2026, 1, 9), sign));
        OfficeFiles.Pdf pdf = OfficeFiles.pdf(renderer.certificatesPdf("Giấy chứng nhận", list));
        assertEquals(2, pdf.pages());
        String text = Normalizer.normalize(pdf.text(), Normalizer.Form.NFC);
        assertTrue(text.contains("Lê Thị Hằng") && text.contains("Trần Đức Anh") && text.contains("Giải Nhất") && text.contains("Phạm Quỳnh")
                && text.contains("Nghệ An, ngày 09 tháng 01 năm 2026"), text);
        assertTrue(pdf.allFontsEmbedded(), pdf.fonts().toString());
    }

    @Test
    void certificatesArePagesOfOneWordFile() {
        var sign = AdministrativeDocument.Signature.of("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Nguyễn Văn Hùng");
        List<Certificate> list = List.of(
                new Certificate("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN", "GIẤY CHỨNG NHẬN", List.of("Lê Thị Hằng", "Trần Đức Anh"),
                        List.of("Trường THPT Huỳnh Thúc Kháng", "Mô hình tưới nước tự động"), "Giải Nhất", "Cuộc thi năm 2026", "Số: 2026-001",
                        "Nghệ An", LocalDate.of(2026, 1, 9), sign),
                new Certificate("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN", "GIẤY CHỨNG NHẬN", List.of("Phạm Quỳnh"), List.of(), "Giải Ba",
                        "Cuộc thi năm 2026", "Số: 2026-002", "Nghệ An", LocalDate.of(2026, 1, 9), sign));
        XWPFDocument doc = OfficeFiles.docx(renderer.certificatesDocx("Giấy chứng nhận", list));
        var sect = doc.getDocument().getBody().getSectPr();
        assertEquals(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE, sect.getPgSz().getOrient());
        assertMillimetres(297, sect.getPgSz().getW());
        assertMillimetres(12, sect.getPgMar().getLeft());
        assertEquals(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.DOUBLE, sect.getPgBorders().getTop().getVal());
        assertEquals("Giấy chứng nhận", doc.getProperties().getCoreProperties().getTitle());
        // each certificate: its header table and its signature table
        assertEquals(4, doc.getTables().size());
        assertTrue(doc.getTables().get(0).getRow(0).getCell(1).getText().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        String sign1 = doc.getTables().get(1).getRow(0).getCell(1).getText();
        assertTrue(sign1.contains("Nghệ An, ngày 09 tháng 01 năm 2026") && sign1.contains("CHỦ TỊCH") && sign1.contains("Nguyễn Văn Hùng"), sign1);
        String text = OfficeFiles.docxText(doc);
        assertTrue(text.contains("Lê Thị Hằng") && text.contains("Trần Đức Anh") && text.contains("Giải Nhất") && text.contains("Phạm Quỳnh")
                && text.contains("Trường THPT Huỳnh Thúc Kháng"), text);
        assertTrue(text.indexOf("Giải Nhất") < text.indexOf("Phạm Quỳnh"), "in the given order");
        long breaks = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .mapToLong(r -> r.getCTR().getBrList().stream().filter(b -> b.getType() == org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType.PAGE).count())
                .sum();
        assertEquals(1, breaks, "a page break between the two certificates");
    }

    private static void assertMillimetres(int mm, Object twips) {
        assertEquals(mm, Math.round(Double.parseDouble(twips.toString()) * 25.4 / 1440), "margin " + twips + " twips");
    }
}
