package vn.lhh.contest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.contest.ContestFixtures.editionPath;
import static vn.lhh.contest.ContestFixtures.entryPath;
import static vn.lhh.contest.ContestFixtures.etag;

import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.lhh.contest.JudgingFixtures.Worked;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.OfficeFiles;

/**
 * The contest's formal documents from its confirmed awards: the award decision (.docx, PDF), the
 * national nomination list (landscape), the certificates (one PDF or .docx per entry, all in one file); read
 * back with POI and PDFBox; who may download them; bad formats.
 */
@QuarkusTest
class ContestDocumentsTest {

    @Test
    void decisionListAndCertificatesFromTheConfirmedAwards() {
        Worked w = JudgingFixtures.workedExample(false);
        String edition = editionPath(w.scene().edition());
        // nothing awarded yet: no decision, no certificates
        Api.as("staff").queryParam("format", "pdf").get(edition + "/award-decision").then().statusCode(409)
                .contentType("application/problem+json");
        Api.as("staff").queryParam("format", "pdf").get(edition + "/certificates").then().statusCode(409);
        Api.as("staff").queryParam("format", "pdf").get(entryPath(w.entry("Y")) + "/certificate").then().statusCode(409);

        Api.as("staff").post("/api/v1/contest-categories/" + w.scene().category() + "/awards").then().statusCode(200);
        for (String letter : List.of("Y", "P")) {
            String p = entryPath(w.entry(letter));
            Api.as("staff").header("If-Match", etag(p)).body(Map.of("nominated", true, "note", "Đề cử " + letter)).put(p + "/nomination").then().statusCode(200);
        }
        String codeY = Api.as("staff").get(entryPath(w.entry("Y"))).then().statusCode(200).extract().path("code");

        // the decision as Word: the header, Điều 1 with the five awarded entries in award order, the authors' names intact
        var docx = Api.as("staff").queryParam("format", "docx").queryParam("number", "12/QĐ-LHH").get(edition + "/award-decision").then()
                .statusCode(200).contentType(OfficeFiles.DOCX).extract();
        assertTrue(OfficeFiles.fileName(docx).matches("quyet-dinh-tang-giai-\\d{4}\\.docx"), OfficeFiles.fileName(docx));
        XWPFDocument word = OfficeFiles.docx(docx.asByteArray());
        String left = word.getTables().get(0).getRow(0).getCell(0).getText();
        assertTrue(left.contains("Số: 12/QĐ-LHH"), left);
        String text = OfficeFiles.docxText(word);
        assertTrue(text.contains("QUYẾT ĐỊNH") && text.contains("Điều 1. Tặng giải") && text.contains("Nguyễn Thị Lan Anh"), text);
        XWPFTable awards = word.getTables().get(1);
        assertEquals(List.of("STT", "Mã bài", "Tên bài dự thi", "Tác giả", "Trường", "Giải"),
                awards.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
        assertEquals(1 + 5, awards.getNumberOfRows());
        assertEquals(List.of("Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Ba", "Giải Khuyến khích"),
                awards.getRows().subList(1, 6).stream().map(r -> r.getCell(5).getText()).toList());
        assertEquals(codeY, awards.getRow(1).getCell(1).getText());

        // the decision as PDF
        var pdf = Api.as("staff").accept("application/pdf").get(edition + "/award-decision").then().statusCode(200).contentType("application/pdf").extract();
        OfficeFiles.Pdf read = OfficeFiles.pdf(pdf.asByteArray());
        String pdfText = flat(read.text());
        assertTrue(pdfText.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && pdfText.contains("Độc lập - Tự do - Hạnh phúc")
                && pdfText.contains("Nguyễn Thị Lan Anh") && pdfText.contains("Giải Khuyến khích") && pdfText.contains("Nơi nhận:"), pdfText);
        assertTrue(read.allFontsEmbedded(), read.fonts().toString());

        // the nomination list: landscape, Y and P only
        XWPFDocument list = OfficeFiles.docx(Api.as("staff").queryParam("format", "docx").get(edition + "/nomination-list").then().statusCode(200)
                .contentType(OfficeFiles.DOCX).extract().asByteArray());
        assertEquals(STPageOrientation.LANDSCAPE, list.getDocument().getBody().getSectPr().getPgSz().getOrient());
        XWPFTable nominated = list.getTables().get(1);
        assertEquals(1 + 2, nominated.getNumberOfRows());
        assertTrue(nominated.getRow(1).getCell(4).getText().contains("Nguyễn Thị Lan Anh"));
        assertEquals("Đề cử P", nominated.getRow(2).getCell(7).getText());
        String html = Api.as("staff").get(edition + "/nomination-list").then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertTrue(html.contains("DANH SÁCH") && html.contains("Đề cử Y"), html);

        // certificates: all five in one PDF, a page each; one entry's alone
        var all = Api.as("staff").queryParam("format", "pdf").get(edition + "/certificates").then().statusCode(200).contentType("application/pdf").extract();
        assertTrue(OfficeFiles.fileName(all).matches("giay-chung-nhan-\\d{4}\\.pdf"), OfficeFiles.fileName(all));
        OfficeFiles.Pdf certificates = OfficeFiles.pdf(all.asByteArray());
        assertEquals(5, certificates.pages());
        assertTrue(flat(certificates.text()).contains("GIẤY CHỨNG NHẬN") && flat(certificates.text()).contains("Đạt Giải Nhất"), certificates.text());
        assertTrue(certificates.allFontsEmbedded());
        var one = Api.as("admin").queryParam("format", "pdf").get(entryPath(w.entry("Y")) + "/certificate").then().statusCode(200)
                .contentType("application/pdf").extract();
        assertEquals("giay-chung-nhan-" + codeY + ".pdf", OfficeFiles.fileName(one));
        OfficeFiles.Pdf y = OfficeFiles.pdf(one.asByteArray());
        assertEquals(1, y.pages());
        assertTrue(flat(y.text()).contains("Nguyễn Thị Lan Anh") && flat(y.text()).contains("Đạt Giải Nhất"), y.text());

        // certificates as Word too: all five in one file, a page each (a page break between them); one entry's alone
        var allDocx = Api.as("staff").queryParam("format", "docx").get(edition + "/certificates").then().statusCode(200)
                .contentType(OfficeFiles.DOCX).extract();
        assertTrue(OfficeFiles.fileName(allDocx).matches("giay-chung-nhan-\\d{4}\\.docx"), OfficeFiles.fileName(allDocx));
        XWPFDocument words = OfficeFiles.docx(allDocx.asByteArray());
        assertEquals(STPageOrientation.LANDSCAPE, words.getDocument().getBody().getSectPr().getPgSz().getOrient());
        String wordsText = OfficeFiles.docxText(words);
        assertEquals(5, count(wordsText, "GIẤY CHỨNG NHẬN"), wordsText);
        assertEquals(5, count(wordsText, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), wordsText);
        assertEquals(4, pageBreaks(words), "one page per certificate");
        assertTrue(wordsText.contains("Nguyễn Thị Lan Anh") && wordsText.contains("Đạt Giải Nhất") && wordsText.contains("Đạt Giải Khuyến khích")
                && wordsText.contains("Độc lập - Tự do - Hạnh phúc"), wordsText);
        var oneDocx = Api.as("admin").accept(OfficeFiles.DOCX).get(entryPath(w.entry("Y")) + "/certificate").then().statusCode(200)
                .contentType(OfficeFiles.DOCX).extract();
        assertEquals("giay-chung-nhan-" + codeY + ".docx", OfficeFiles.fileName(oneDocx));
        XWPFDocument yWord = OfficeFiles.docx(oneDocx.asByteArray());
        String yText = OfficeFiles.docxText(yWord);
        assertEquals(1, count(yText, "GIẤY CHỨNG NHẬN"), yText);
        assertEquals(0, pageBreaks(yWord));
        assertTrue(yText.contains("Nguyễn Thị Lan Anh") && yText.contains("Đạt Giải Nhất") && !yText.contains("Đạt Giải Nhì"), yText);
        assertTrue(Normalizer.isNormalized(yText, Normalizer.Form.NFC));

        // who may: the office; not officers, experts, judges, partners, anonymous; a coordinator only for their own entries
        for (String who : List.of("officer", "officer2", "expert", "judge", "partner", "coordinator")) {
            Api.as(who).queryParam("format", "pdf").get(edition + "/award-decision").then().statusCode(403);
            Api.as(who).queryParam("format", "pdf").get(edition + "/certificates").then().statusCode(403);
            Api.as(who).queryParam("format", "docx").get(edition + "/certificates").then().statusCode(403).contentType("application/problem+json");
            Api.as(who).queryParam("format", "docx").get(edition + "/nomination-list").then().statusCode(403);
        }
        Api.anonymous().queryParam("format", "pdf").get(edition + "/award-decision").then().statusCode(401);
        Api.anonymous().queryParam("format", "pdf").get(entryPath(w.entry("Y")) + "/certificate").then().statusCode(401);
        Api.anonymous().queryParam("format", "docx").get(edition + "/certificates").then().statusCode(401);
        Api.as("coordinator2").queryParam("format", "pdf").get(entryPath(w.entry("Y")) + "/certificate").then().statusCode(404);
        Api.as("coordinator2").queryParam("format", "docx").get(entryPath(w.entry("Y")) + "/certificate").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("partner").queryParam("format", "pdf").get(entryPath(w.entry("Y")) + "/certificate").then().statusCode(403);

        // bad input: unknown formats (a certificate is no spreadsheet), a malformed id
        Api.as("staff").queryParam("format", "doc").get(edition + "/award-decision").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        Api.as("staff").queryParam("format", "xlsx").get(edition + "/certificates").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        Api.as("staff").queryParam("format", "doc").get(entryPath(w.entry("Y")) + "/certificate").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        Api.as("staff").queryParam("format", "pdf").get("/api/v1/contest-editions/not-a-uuid/award-decision").then().statusCode(400)
                .contentType("application/problem+json");
        Api.as("staff").queryParam("format", "pdf").get("/api/v1/contest-editions/00000000-0000-0000-0000-000000000000/certificates").then()
                .statusCode(404).contentType("application/problem+json");
    }

    static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** Explicit page breaks in the body's paragraphs. */
    static long pageBreaks(XWPFDocument doc) {
        return doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .mapToLong(r -> r.getCTR().getBrList().stream().filter(b -> b.getType() == org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType.PAGE).count())
                .sum();
    }

    static String flat(String pdfText) {
        return Normalizer.normalize(pdfText, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }
}
