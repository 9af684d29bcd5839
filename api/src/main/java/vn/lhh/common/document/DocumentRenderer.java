package vn.lhh.common.document;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.lhh.common.files.Downloads;

/**
 * Renders an {@link AdministrativeDocument} as an HTML preview, a PDF (from the same Qute template,
 * with the embedded font) or a Word file (written with Apache POI), and award certificates as
 * HTML, PDF or Word; and answers a download in the chosen format.
 */
@ApplicationScoped
public class DocumentRenderer {
    @Inject
    @Location("documents/administrative.html")
    Template administrative;
    @Inject
    @Location("documents/certificates.html")
    Template certificates;

    public String html(AdministrativeDocument doc) {
        return administrative.data("doc", doc).data("mode", "screen").render();
    }

    public byte[] pdf(AdministrativeDocument doc) {
        return PdfWriter.write(administrative.data("doc", doc).data("mode", "pdf").render());
    }

    public byte[] docx(AdministrativeDocument doc) {
        return DocxWriter.write(doc);
    }

    public String certificatesHtml(String title, List<Certificate> list) {
        return certificates.data("title", title).data("certificates", list).data("mode", "screen").render();
    }

    public byte[] certificatesPdf(String title, List<Certificate> list) {
        return PdfWriter.write(certificates.data("title", title).data("certificates", list).data("mode", "pdf").render());
    }

    /**
     * The response for a document: the HTML preview inline; .docx and PDF as attachments named
     * {@code baseName.docx|pdf} (RFC 6266 filename* in UTF-8, so Vietnamese names survive).
     */
    public Response response(AdministrativeDocument doc, DocumentFormat format, String baseName) {
        return switch (format) {
            case html -> Response.ok(html(doc), format.contentType).header("X-Content-Type-Options", "nosniff").build();
            case docx -> Downloads.attachment(docx(doc), format.contentType, baseName + ".docx");
            case pdf -> Downloads.attachment(pdf(doc), format.contentType, baseName + ".pdf");
        };
    }

    public byte[] certificatesDocx(String title, List<Certificate> list) {
        return DocxWriter.certificates(title, list);
    }

    /** Certificates: the HTML preview, or one PDF or one Word file with a page each. */
    public Response certificatesResponse(String title, List<Certificate> list, DocumentFormat format, String baseName) {
        return switch (format) {
            case html -> Response.ok(certificatesHtml(title, list), format.contentType).header("X-Content-Type-Options", "nosniff").build();
            case pdf -> Downloads.attachment(certificatesPdf(title, list), format.contentType, baseName + ".pdf");
            case docx -> Downloads.attachment(certificatesDocx(title, list), format.contentType, baseName + ".docx");
        };
    }
}
