package vn.lhh.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads produced office files back with independent readers: Apache POI for .docx, PDFBox for PDF
 * (text extraction, fonts), and the download headers (type, RFC 6266 file name).
 */
public final class OfficeFiles {
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*=UTF-8''([^;]+)");

    private OfficeFiles() {
    }

    public static XWPFDocument docx(byte[] bytes) {
        assertTrue(bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4, "a ZIP (OOXML) file");
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text of the Word file, tables included, as Word's own extractor gives it. */
    public static String docxText(XWPFDocument doc) {
        try (XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Pdf(String text, int pages, List<String> fonts, boolean allFontsEmbedded, String title) {
    }

    public static Pdf pdf(byte[] bytes) {
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    if (!fonts.contains(f.getName())) {
                        fonts.add(f.getName());
                    }
                    embedded &= f.isEmbedded();
                }
            }
            return new Pdf(text, doc.getNumberOfPages(), fonts, embedded, doc.getDocumentInformation().getTitle());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name of an attachment from its RFC 6266 filename* (UTF-8, percent-encoded). */
    public static String fileName(ExtractableResponse<Response> r) {
        String cd = r.header("Content-Disposition");
        assertTrue(cd != null && cd.startsWith("attachment;"), "an attachment: " + cd);
        Matcher m = FILENAME_STAR.matcher(cd);
        assertTrue(m.find(), "filename* in " + cd);
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }
}
