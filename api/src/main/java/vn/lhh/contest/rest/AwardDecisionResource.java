package vn.lhh.contest.rest;

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
import vn.lhh.common.web.Params;
import vn.lhh.contest.service.ContestDocuments;

/** The award decision of an edition as a formal document (Decree 30/2020/NĐ-CP). */
@Path("/api/v1/contest-editions/{id}/award-decision")
@Tag(name = ResultsResource.TAG, description = ResultsResource.TAG_DESCRIPTION)
public class AwardDecisionResource {
    @Inject
    ContestDocuments service;
    @Inject
    DocumentRenderer documents;

    @GET
    @Produces({MediaType.TEXT_HTML, DocumentFormat.DOCX_TYPE, DocumentFormat.PDF_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getContestAwardDecision", summary = "The award decision (quyết định tặng giải): PDF, Word (.docx) or an HTML preview (staff, admin)",
            description = "Built from the confirmed awards: the awarded entries by category in award order, with their authors and schools. "
                    + "Choose with format=html|docx|pdf or with Accept (format wins; default the HTML preview); .docx and PDF are attachments named "
                    + "quyet-dinh-tang-giai-<year>. 409 while no entry is awarded.")
    @APIResponse(responseCode = "200", description = "The document", content = {@Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", ref = "Conflict", description = "No entry is awarded yet")
    public Response get(@PathParam("id") UUID id, @Parameter(schema = @Schema(enumeration = {"html", "docx", "pdf"}), description = DocumentFormat.DESCRIPTION) @QueryParam("format") String format,
                        @Parameter(description = "The decision's number for the header", example = "12/QĐ-LHH") @QueryParam("number") String number,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        DocumentFormat f = DocumentFormat.choose(format, accept, DocumentFormat.html);
        var doc = service.awardDecision(id, Params.text("number", number, 100));
        return documents.response(doc, f, "quyet-dinh-tang-giai-" + doc.date().getYear());
    }
}
