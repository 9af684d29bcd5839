package vn.lhh.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.document.DocumentFormat;
import vn.lhh.common.document.DocumentRenderer;
import vn.lhh.common.security.Roles;
import vn.lhh.registry.service.RegistryPrintout;

/** An outgoing document laid out as the formal document (Decree 30/2020/NĐ-CP), from its registered fields. */
@Path("/api/v1/official-documents/{id}/printout")
@Tag(name = "Document registry")
public class RegistryPrintoutResource {
    @Inject
    RegistryPrintout printouts;
    @Inject
    DocumentRenderer documents;

    @GET
    @Produces({MediaType.TEXT_HTML, DocumentFormat.DOCX_TYPE, DocumentFormat.PDF_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "printOfficialDocument", summary = "An outgoing document as the formal document: PDF, Word (.docx) or an HTML preview "
            + "(whoever may read the document)",
            description = "Laid out from the registered fields (number and symbol, date, type, subject, recipients, signer; the note as the body, "
                    + "else a placeholder to complete in Word), so a drafted document can be printed before it is sent. Choose with format=html|docx|pdf "
                    + "or with Accept (format wins; default the HTML preview); .docx and PDF are attachments named after the symbol (106-CTr-LHH.pdf). "
                    + "Incoming documents are the sender's: 409.")
    @APIResponse(responseCode = "200", description = "The document", content = {@Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", ref = "Conflict", description = "An incoming document")
    public Response print(@PathParam("id") UUID id,
                          @Parameter(schema = @Schema(enumeration = {"html", "docx", "pdf"}), description = DocumentFormat.DESCRIPTION)
                          @QueryParam("format") String format,
                          @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        DocumentFormat f = DocumentFormat.choose(format, accept, DocumentFormat.html);
        RegistryPrintout.Printout p = printouts.printout(id);
        return documents.response(p.document(), f, p.fileName());
    }
}
