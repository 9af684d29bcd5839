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
import vn.lhh.contest.service.ContestDocuments;

/** All award certificates of an edition, one page each, in one PDF. */
@Path("/api/v1/contest-editions/{id}/certificates")
@Tag(name = ResultsResource.TAG, description = ResultsResource.TAG_DESCRIPTION)
public class EditionCertificatesResource {
    @Inject
    ContestDocuments service;
    @Inject
    DocumentRenderer documents;

    @GET
    @Produces({MediaType.TEXT_HTML, DocumentFormat.PDF_TYPE, DocumentFormat.DOCX_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getContestCertificates", summary = "Every award certificate of the edition, one A4 landscape page each, in one PDF or Word file (staff, admin)",
            description = "format=pdf or docx (an attachment named giay-chung-nhan-<year>.pdf or .docx, one A4 landscape page per certificate) or html (a preview); without it, Accept chooses, default the preview. "
                    + "409 while no entry is awarded.")
    @APIResponse(responseCode = "200", description = "The certificates", content = {@Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", ref = "Conflict", description = "No entry is awarded yet")
    public Response get(@PathParam("id") UUID id, @Parameter(schema = @Schema(enumeration = {"html", "pdf", "docx"}), description = DocumentFormat.DESCRIPTION) @QueryParam("format") String format,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        DocumentFormat f = DocumentFormat.choose(format, accept, DocumentFormat.html);
        var c = service.editionCertificates(id);
        return documents.certificatesResponse(c.title(), c.certificates(), f, c.fileName());
    }
}
