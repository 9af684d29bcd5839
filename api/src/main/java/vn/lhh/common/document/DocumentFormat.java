package vn.lhh.common.document;

import java.util.Locale;
import vn.lhh.common.problem.ProblemException;

/** The forms a produced document downloads in: an HTML preview, a Word file (.docx), a PDF. */
public enum DocumentFormat {
    html("text/html; charset=UTF-8", "html"),
    docx("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    pdf("application/pdf", "pdf");

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_TYPE = "application/pdf";
    /** The OpenAPI description shared by every document operation. */
    public static final String DESCRIPTION = "html (a preview), docx or pdf; without it, the Accept header chooses "
            + "(application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/html)";

    public final String contentType;
    public final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /**
     * The format asked for: the format parameter wins; else the Accept header; else the fallback
     * (null when the caller has another default, such as JSON). An unknown format value is a 400
     * naming the allowed ones.
     */
    public static DocumentFormat choose(String format, String accept, DocumentFormat fallback, String... otherAllowed) {
        if (format != null) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            for (DocumentFormat d : values()) {
                if (d.name().equals(f)) {
                    return d;
                }
            }
            for (String o : otherAllowed) {
                if (o.equals(f)) {
                    return null;
                }
            }
            StringBuilder allowed = new StringBuilder();
            for (String o : otherAllowed) {
                allowed.append(o).append(", ");
            }
            throw ProblemException.invalidField("format", "validation.one-of", allowed + "html, docx, pdf");
        }
        if (accept != null) {
            if (accept.contains(PDF_TYPE)) {
                return pdf;
            }
            if (accept.contains(DOCX_TYPE)) {
                return docx;
            }
            if (accept.contains("text/html")) {
                return html;
            }
        }
        return fallback;
    }
}
