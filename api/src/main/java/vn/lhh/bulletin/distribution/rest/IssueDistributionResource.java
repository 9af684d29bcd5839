package vn.lhh.bulletin.distribution.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.bulletin.distribution.DistributionRepository;
import vn.lhh.bulletin.distribution.RecipientKind;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.BatchInput;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.BatchResult;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.IssueDistributionDto;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.RecordDto;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.RecordInput;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.RecordUpdate;
import vn.lhh.bulletin.distribution.service.DistributionExport;
import vn.lhh.bulletin.distribution.service.DistributionService;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;

/** What of an issue was sent to whom: its distribution records (union office only). */
@Path("/api/v1/bulletins/{issueId}/distribution")
@Tag(name = "Distribution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssueDistributionResource {
    @Inject
    DistributionService service;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getIssueDistribution", summary = "An issue's distribution: totals (recipients, copies, per kind) and a page of its records (staff, admin)")
    @APIResponse(responseCode = "200", description = "The distribution", content = @Content(schema = @Schema(implementation = IssueDistributionDto.class)))
    public IssueDistributionDto get(
            @PathParam("issueId") UUID issueId,
            @Parameter(schema = @Schema(implementation = RecipientKind.class), description = "Records of this kind of recipient only (the totals stay whole)")
            @QueryParam("kind") RecipientKind kind,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "recipient, district, sentOn, copies or createdAt; '-' for descending. Default: district,recipient")
            @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, "district,recipient", DistributionRepository.RECORD_SORTABLE, "r.id");
        return service.issueDistribution(issueId, kind, pr);
    }

    @GET
    @Path("export")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportIssueDistribution", summary = "Export an issue's distribution records as XLSX or CSV (staff, admin)",
            description = "The filter, order and access of getIssueDistribution, every record. " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment, streamed)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(
            @PathParam("issueId") UUID issueId,
            @Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
            @Parameter(schema = @Schema(implementation = RecipientKind.class), description = "Records of this kind of recipient only")
            @QueryParam("kind") RecipientKind kind,
            @Parameter(description = "As in getIssueDistribution; default district,recipient") @QueryParam("sort") String sort,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        var k = kind;
        PageRequest order = PageRequest.of(null, null, sort, "district,recipient", DistributionRepository.RECORD_SORTABLE, "r.id");
        var rows = service.exportRecords(issueId, k, order);
        return Exports.response(DistributionExport.RECORDS, f, Messages.fromAcceptLanguage(language), rows, service.recordsFileName(issueId));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "recordDistribution", summary = "Record copies of a published issue sent to one recipient (staff, admin)",
            description = "copies default to the recipient's. 409 when the issue is not published, the recipient is inactive or already recorded for the issue.")
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag set", content = @Content(schema = @Schema(implementation = RecordDto.class)))
    public Response record(@PathParam("issueId") UUID issueId,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull RecordInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(issueId, body));
    }

    @POST
    @Path("batches")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "sendDistributionToList", summary = "Record a published issue sent to every active member of a list (staff, admin)",
            description = "One record per active member, with the list's copies for it or else the recipient's. Members already recorded for "
                    + "the issue, and inactive ones, are skipped and reported. 201 when records were made, 200 when every member was skipped.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "200", description = "Nothing new to record: every member was skipped", content = @Content(schema = @Schema(implementation = BatchResult.class)))
    public Response sendToList(@PathParam("issueId") UUID issueId,
                               @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                               @Valid @NotNull BatchInput body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            BatchResult result = service.createFromList(issueId, body);
            return Response.status(result.created().isEmpty() ? Response.Status.OK : Response.Status.CREATED).entity(result).build();
        });
    }

    @GET
    @Path("{recordId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getDistributionRecord", summary = "Get one distribution record (staff, admin)")
    @APIResponse(responseCode = "200", description = "The record; ETag carries its version", content = @Content(schema = @Schema(implementation = RecordDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getRecord(@PathParam("issueId") UUID issueId, @PathParam("recordId") UUID recordId,
                              @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        RecordDto r = service.get(issueId, recordId);
        return Responses.conditional(ifNoneMatch, r.version(), () -> r);
    }

    @PUT
    @Path("{recordId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceDistributionRecord", summary = "Correct a record's copies, date, method or note (staff, admin; If-Match)")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = RecordDto.class)))
    public Response replaceRecord(@PathParam("issueId") UUID issueId, @PathParam("recordId") UUID recordId,
                                  @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull RecordUpdate body) {
        return Responses.ok(service.update(issueId, recordId, ifMatch, body));
    }

    @DELETE
    @Path("{recordId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteDistributionRecord", summary = "Delete a record made by mistake (staff, admin; If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteRecord(@PathParam("issueId") UUID issueId, @PathParam("recordId") UUID recordId,
                                 @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(issueId, recordId, ifMatch);
        return Response.noContent().build();
    }
}
