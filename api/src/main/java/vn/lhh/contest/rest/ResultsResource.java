package vn.lhh.contest.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.export.Rows;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.contest.dto.JudgingDtos.ResultsDto;
import vn.lhh.contest.service.ContestExport;
import vn.lhh.contest.service.ResultsService;
import vn.lhh.contest.dto.JudgingDtos;

/** An edition's results: the public reads them once published; the office previews and publishes them. */
@Path("/api/v1/contest-editions/{id}/results")
@Tag(name = ResultsResource.TAG, description = ResultsResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {
    public static final String TAG = "Contest results";
    public static final String TAG_DESCRIPTION = "Results of the creativity contest (public once published, with the consent rule) and the national nominations";
    static final String CONSENT = "Consent rule (authors are minors): without the entry's recorded consent to publish, authors is empty, "
            + "authorsWithheld is true and the entry's school and district are null; with it, each author's full name, school and district only — "
            + "never a date of birth, grade, commune or contact.";

    @Inject
    ResultsService service;

    @GET
    @PermitAll
    @Operation(operationId = "getContestResults", summary = "The results by category: awarded and nominated entries in award order",
            description = "Everyone once published; before that staff and admin only (a preview), others 404. " + CONSENT)
    public ResultsDto get(@PathParam("id") UUID id) {
        return service.results(id);
    }

    @GET
    @Path("export")
    @PermitAll
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportContestResults", summary = "Export the results as XLSX or CSV: one row per awarded entry",
            description = "The access of getContestResults (everyone once published; before that staff and admin only, others 404) and its "
                    + "content: an entry without consent has its authors withheld and no school or district. " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(@PathParam("id") UUID id,
                           @Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
                           @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        ResultsDto results = service.results(id);
        return Exports.response(ContestExport.RESULTS, f, Messages.fromAcceptLanguage(language), Rows.of(ContestExport.lines(results)),
                ContestExport.resultsFileBase(results));
    }

    @POST
    @Path("publication")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "publishContestResults", summary = "Publish the results (staff, admin; If-Match on the edition)",
            description = "Only for a published edition whose every category has its awards confirmed (409 naming the others). "
                    + "Score sheets can no longer be reopened, nor awards changed, until unpublished.")
    @APIResponse(responseCode = "200", description = "Published; ETag carries the edition's new version", content = @Content(schema = @Schema(implementation = ResultsDto.class)))
    public Response publish(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var p = service.publish(id, ifMatch);
        return Responses.ok(p.results(), p.editionVersion());
    }

    @DELETE
    @Path("publication")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "unpublishContestResults", summary = "Withdraw the results from the public (staff, admin; If-Match on the edition)")
    @APIResponse(responseCode = "200", description = "Unpublished; ETag carries the edition's new version", content = @Content(schema = @Schema(implementation = ResultsDto.class)))
    public Response unpublish(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var p = service.unpublish(id, ifMatch);
        return Responses.ok(p.results(), p.editionVersion());
    }
}
