package vn.lhh.registry;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.registry.RegistryFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.OfficeFiles;

/** An outgoing document of the registry printed as the formal document from its fields: .docx, PDF, HTML; who may; bad input. */
@QuarkusTest
class RegistryPrintoutTest {

    @Test
    void anOutgoingLetterPrintsWithItsNumberDateRecipientsAndSigner() {
        int year = RegistryFixtures.freshYear();
        String association = Fixtures.associationOf("officer");
        Map<String, Object> body = RegistryFixtures.outgoing("official_letter", year + "-02-05", "Đề nghị cử chuyên gia phản biện đề án nước sạch");
        body.put("recipients", List.of(RegistryFixtures.recipient("Hội Kỹ sư Xây dựng", association), RegistryFixtures.recipient("Sở Xây dựng", null)));
        body.put("note", "Liên hiệp hội đề nghị Quý Hội cử 02 chuyên gia tham gia phản biện.\n\nThời gian: tháng 3.");
        String id = RegistryFixtures.create(body);
        String symbol = Api.as("staff").get(path(id)).then().statusCode(200).extract().path("symbol");
        String fileBase = symbol.replace("/", "-");

        var docx = Api.as("staff").queryParam("format", "docx").get(path(id) + "/printout").then().statusCode(200)
                .contentType(OfficeFiles.DOCX).header("X-Content-Type-Options", "nosniff").extract();
        assertEquals(fileBase + ".docx", OfficeFiles.fileName(docx));
        XWPFDocument word = OfficeFiles.docx(docx.asByteArray());
        String left = word.getTables().get(0).getRow(0).getCell(0).getText();
        String right = word.getTables().get(0).getRow(0).getCell(1).getText();
        assertTrue(left.contains("Số: " + symbol) && left.contains("V/v Đề nghị cử chuyên gia phản biện đề án nước sạch"), left);
        assertTrue(right.contains("Nghệ An, ngày 05 tháng 02 năm " + year), right);
        String text = OfficeFiles.docxText(word);
        assertTrue(text.contains("Kính gửi:") && text.contains("- Hội Kỹ sư Xây dựng;") && text.contains("Thời gian: tháng 3.")
                && text.contains("Nguyễn Thị Thu Hương") && text.contains("CHỦ TỊCH") && text.contains("- Như trên;") && text.contains("- Lưu: VT."), text);

        var pdf = Api.as("officer").accept("application/pdf").get(path(id) + "/printout").then().statusCode(200).contentType("application/pdf").extract();
        assertEquals(fileBase + ".pdf", OfficeFiles.fileName(pdf));
        assertTrue(pdf.header("Content-Disposition").contains("filename*=UTF-8''"), pdf.header("Content-Disposition"));
        OfficeFiles.Pdf read = OfficeFiles.pdf(pdf.asByteArray());
        String pdfText = Normalizer.normalize(read.text(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        assertTrue(pdfText.contains("Độc lập - Tự do - Hạnh phúc") && pdfText.contains("ngày 05 tháng 02 năm " + year)
                && pdfText.contains("Liên hiệp hội đề nghị Quý Hội cử 02 chuyên gia tham gia phản biện."), pdfText);
        assertTrue(read.allFontsEmbedded() && !read.fonts().isEmpty(), read.fonts().toString());

        String html = Api.as("staff").get(path(id) + "/printout").then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertTrue(html.contains("Số: " + symbol) && html.contains("Hội Kỹ sư Xây dựng"), html);

        // read access of the document: the officer it is addressed to, not officer2, nor experts, partners or anonymous
        Api.as("officer2").queryParam("format", "pdf").get(path(id) + "/printout").then().statusCode(404).contentType("application/problem+json");
        Api.as("expert").queryParam("format", "pdf").get(path(id) + "/printout").then().statusCode(403);
        Api.as("partner").queryParam("format", "pdf").get(path(id) + "/printout").then().statusCode(403);
        Api.anonymous().queryParam("format", "pdf").get(path(id) + "/printout").then().statusCode(401);
        // bad input
        Api.as("staff").queryParam("format", "odt").get(path(id) + "/printout").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        Api.as("staff").queryParam("format", "pdf").get(RegistryFixtures.DOCS + "/nope/printout").then().statusCode(400)
                .contentType("application/problem+json");
        Api.as("staff").queryParam("format", "pdf").get(path("00000000-0000-0000-0000-000000000000") + "/printout").then().statusCode(404);
    }

    @Test
    void aDecisionHasItsKindAndTitleAndAPlaceholderBody() {
        String id = RegistryFixtures.create(RegistryFixtures.outgoing("decision", RegistryFixtures.freshYear() + "-11-20", "Về việc thành lập Hội đồng tư vấn"));
        XWPFDocument word = OfficeFiles.docx(Api.as("staff").queryParam("format", "docx").get(path(id) + "/printout").then().statusCode(200)
                .extract().asByteArray());
        String text = OfficeFiles.docxText(word);
        assertTrue(text.contains("QUYẾT ĐỊNH") && text.contains("Về việc thành lập Hội đồng tư vấn") && text.contains("[Nội dung văn bản]"), text);
        assertTrue(word.getTables().get(0).getText().contains("ngày 20 tháng 11 năm"), word.getTables().get(0).getText());
    }

    @Test
    void anIncomingDocumentIsNotPrinted() {
        int year = RegistryFixtures.freshYear();
        String id = RegistryFixtures.create(RegistryFixtures.incoming(year + "-03-01", year + "-03-03", "245/UBND-KGVX", "Về việc báo cáo"));
        Api.as("staff").queryParam("format", "pdf").get(path(id) + "/printout").then().statusCode(409).contentType("application/problem+json");
    }
}
