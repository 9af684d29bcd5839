package vn.lhh.fund.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.files.FileParams;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.problem.Problem;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.fund.ApplicationStatus;
import vn.lhh.fund.FundApplication;
import vn.lhh.fund.dto.FundDtos.ApplicationDto;
import vn.lhh.fund.dto.FundDtos.ApplicationInput;
import vn.lhh.fund.dto.FundDtos.ApplicationTransitionInput;
import vn.lhh.fund.dto.FundDtos.FundApplicationSummary;
import vn.lhh.fund.service.FundApplicationService;

/**
 * Applications to the fund's calls and for task proposals. Private: the applicant (an association's officers, or the
 * expert) and the office (staff, admin) see an application; for everyone else it does not exist.
 */
@Path("/api/v1/fund-applications")
@Tag(name = "Fund")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER, Roles.EXPERT})
public class FundApplicationResource {
    static final String BINARY = "application/octet-stream";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    FundApplicationService service;
    @Inject
    FileStore files;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listFundApplications", summary = "List applications: the caller's own (an officer's associations', an expert's), or every one for the office")
    public Page<FundApplicationSummary> list(
            @Parameter(description = "Words of the title or summary, accents optional", example = "hoi thao cam vinh") @QueryParam("q") String q,
            @Parameter(description = "Applications to this call") @QueryParam("callId") UUID callId,
            @Parameter(schema = @Schema(implementation = ApplicationStatus.class)) @QueryParam("status") ApplicationStatus status,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "updatedAt, submittedAt, title or requestedVnd; '-' for descending. Default: -updatedAt") @QueryParam("sort") String sort) {
        return service.list(Params.text("q", q, 200), callId, status, page, size, sort);
    }

    @POST
    @RolesAllowed({Roles.ASSOCIATION_OFFICER, Roles.EXPERT})
    @Operation(operationId = "createFundApplication", summary = "Start an application as a draft (an officer for their association, an expert for themselves)",
            description = "Only while the call accepts applications and allows this kind of applicant (409 otherwise). The requested total is at most "
                    + "the call's budget.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = ApplicationDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull ApplicationInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getFundApplication", summary = "Get an application (its applicant; staff, admin)")
    @APIResponse(responseCode = "200", description = "The application; ETag carries its version", content = @Content(schema = @Schema(implementation = ApplicationDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        FundApplication a = service.get(id);
        return Responses.conditionalPerViewer(ifNoneMatch, a.version, () -> service.detail(a));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ASSOCIATION_OFFICER, Roles.EXPERT})
    @Operation(operationId = "replaceFundApplication", summary = "Edit a draft application (its applicant; If-Match) while the call accepts applications")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ApplicationDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ApplicationInput body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ASSOCIATION_OFFICER, Roles.EXPERT})
    @Operation(operationId = "deleteFundApplication", summary = "Delete a draft application and its attachments (its applicant; If-Match); a submitted one is withdrawn instead")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transitions")
    @Operation(operationId = "transitionFundApplication", summary = "Submit or withdraw an application (its applicant), or check its eligibility (staff, admin); If-Match",
            description = "The applicant: draft → submitted, only while the call accepts applications (at or after closesAt: 409, decided by the "
                    + "database's clock, also under concurrent requests); submitted, eligible or under_review → withdrawn. The office: submitted → "
                    + "eligible or ineligible (reason required); eligible → under_review. Anything else is refused with 409 naming the allowed moves.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = ApplicationDto.class)))
    public Response transition(@PathParam("id") UUID id,
                               @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull ApplicationTransitionInput body) {
        return Responses.ok(service.transition(id, ifMatch, body));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes({"application/pdf", DOCX, "image/png", "image/jpeg", BINARY})
    @RolesAllowed({Roles.ASSOCIATION_OFFICER, Roles.EXPERT})
    @Operation(operationId = "addFundApplicationAttachment", summary = "Attach a file to a draft application (its applicant; PDF, Word, PNG or JPEG, at most 20 MB, checked by content; If-Match)",
            description = "While the application may be edited; at most 20 files. The application's version moves.")
    @RequestBody(required = true, content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Stored; the application with its attachments", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationDto.class)))
    public Response addAttachment(@PathParam("id") UUID id,
                                  @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Parameter(required = true, description = "The file's name", example = "thuyet-minh.pdf") @QueryParam("fileName") String fileName,
                                  byte[] body) {
        return Responses.ok(service.addAttachment(id, ifMatch, fileName, body));
    }

    @GET
    @Path("{id}/attachments/{fileId}")
    @Produces({"application/pdf", DOCX, "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getFundApplicationAttachment", summary = "An attachment of an application (its applicant; staff, admin), with byte ranges")
    @APIResponse(responseCode = "200", description = "The file", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "206", description = "The requested byte range")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "416", description = "The range is outside the file; Content-Range gives its size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attachment(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId, @BeanParam FileParams params) {
        return params.respond(files, service.attachment(id, fileId));
    }

    @DELETE
    @Path("{id}/attachments/{fileId}")
    @RolesAllowed({Roles.ASSOCIATION_OFFICER, Roles.EXPERT})
    @Operation(operationId = "deleteFundApplicationAttachment", summary = "Remove an attachment of a draft application (its applicant; If-Match on the application)")
    @APIResponse(responseCode = "200", description = "Removed; the application with its attachments", content = @Content(schema = @Schema(implementation = ApplicationDto.class)))
    public Response deleteAttachment(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId,
                                     @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.deleteAttachment(id, fileId, ifMatch));
    }
}
