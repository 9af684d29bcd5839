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

/** The national nominations as a formal list (Decree 30/2020/NĐ-CP), beside their CSV/XLSX export. */
@Path("/api/v1/contest-editions/{id}/nomination-list")
@Tag(name = ResultsResource.TAG, description = ResultsResource.TAG_DESCRIPTION)
public class NominationListResource {
    @Inject
    ContestDocuments service;
    @Inject
    DocumentRenderer documents;

    @GET
    @Produces({MediaType.TEXT_HTML, DocumentFormat.DOCX_TYPE, DocumentFormat.PDF_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getContestNominationList", summary = "The entries nominated for the national contest as a signed list: PDF, Word (.docx) or an HTML preview (staff, admin)",
            description = "A4 landscape; one row per nominated entry with its authors and schools, supervisor and provincial award. Choose with "
                    + "format=html|docx|pdf or with Accept (format wins; default the HTML preview); .docx and PDF are attachments named danh-sach-de-cu-<year>.")
    @APIResponse(responseCode = "200", description = "The document", content = {@Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response get(@PathParam("id") UUID id, @Parameter(schema = @Schema(enumeration = {"html", "docx", "pdf"}), description = DocumentFormat.DESCRIPTION) @QueryParam("format") String format,
                        @Parameter(description = "The list's number for the header", example = "15/DS-LHH") @QueryParam("number") String number,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        DocumentFormat f = DocumentFormat.choose(format, accept, DocumentFormat.html);
        var doc = service.nominationList(id, Params.text("number", number, 100));
        return documents.response(doc, f, "danh-sach-de-cu-" + doc.date().getYear());
    }
}
