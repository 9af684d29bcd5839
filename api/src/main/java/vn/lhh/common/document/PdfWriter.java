package vn.lhh.common.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * XHTML to PDF with openhtmltopdf. The fonts come from the application's own resources (DejaVu
 * Serif, which covers every Vietnamese letter) and are embedded as subsets, so the PDF is the same
 * on a server without any system font and reads correctly anywhere.
 */
final class PdfWriter {
    static final String FONT_FAMILY = "DejaVu Serif";
    private static final byte[] REGULAR = font("DejaVuSerif.ttf");
    private static final byte[] BOLD = font("DejaVuSerif-Bold.ttf");
    private static final byte[] ITALIC = font("DejaVuSerif-Italic.ttf");
    private static final byte[] BOLD_ITALIC = font("DejaVuSerif-BoldItalic.ttf");

    private PdfWriter() {
    }

    static byte[] write(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(ITALIC), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD_ITALIC), FONT_FAMILY, 700, FontStyle.ITALIC, true);
        builder.withProducer("LHH");
        // no base URI: the templates reference nothing outside themselves
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: /fonts/dejavu/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
