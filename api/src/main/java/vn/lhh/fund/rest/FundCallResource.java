package vn.lhh.fund.rest;

import jakarta.annotation.security.PermitAll;
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
import vn.lhh.fund.FundCall;
import vn.lhh.fund.FundCallKind;
import vn.lhh.fund.FundCallStatus;
import vn.lhh.fund.dto.FundDtos.CallDto;
import vn.lhh.fund.dto.FundDtos.CallInput;
import vn.lhh.fund.dto.FundDtos.FundCallSummary;
import vn.lhh.fund.dto.FundDtos.CallTransitionInput;
import vn.lhh.fund.service.FundCallService;

/**
 * Calls of the S&T activities fund and for task proposals to the province. Everyone reads the calls that have
 * opened (and their later states); drafts and every write are the office's (staff, admin).
 */
@Path("/api/v1/fund-calls")
@Tag(name = "Fund")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundCallResource {
    static final String BINARY = "application/octet-stream";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    FundCallService service;
    @Inject
    FileStore files;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listFundCalls", summary = "List calls: the public ones (open and after), or every call for the office",
            description = "q is accent- and case-insensitive over the title and description ('quy ho tro' finds 'Quỹ hỗ trợ').")
    public Page<FundCallSummary> list(
            @Parameter(description = "Words of the title or description, accents optional", example = "quy ho tro") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = FundCallKind.class)) @QueryParam("kind") FundCallKind kind,
            @Parameter(schema = @Schema(implementation = FundCallStatus.class), description = "Drafts: staff and admin only (others get an empty list)")
            @QueryParam("status") FundCallStatus status,
            @Parameter(description = "Calls for this field code (calls open to any field are not listed then)", example = "nong-nghiep") @QueryParam("field") String field,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "closesAt, opensAt, title, budgetVnd or updatedAt; '-' for descending. Default: -closesAt") @QueryParam("sort") String sort) {
        return service.list(Params.text("q", q, 200), kind, status, Params.text("field", field, 60), page, size, sort);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createFundCall", summary = "Write a new call as a draft (staff, admin)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = CallDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull CallInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getFundCall", summary = "Get a call with its rubric and documents (public once opened; a draft: staff, admin)")
    @APIResponse(responseCode = "200", description = "The call; ETag carries its version", content = @Content(schema = @Schema(implementation = CallDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        FundCall c = service.get(id);
        return Responses.conditionalPerViewer(ifNoneMatch, c.version, () -> service.detail(c));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceFundCall", summary = "Edit a call (staff, admin; If-Match)",
            description = "A draft changes freely. An open call takes only a corrected title and description and a later closesAt (409 for any other "
                    + "change); from its close on, nothing changes.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = CallDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull CallInput body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteFundCall", summary = "Delete a draft call and its documents (staff, admin; If-Match); a call that opened is archived instead")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "transitionFundCall", summary = "Move a call along its workflow (staff, admin; If-Match)",
            description = "draft → open (the rubric's weights sum to 100 and closesAt is still to come) → closed → under_review → decided → archived. "
                    + "Anything else is refused with 409 naming the allowed moves.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = CallDto.class)))
    public Response transition(@PathParam("id") UUID id,
                               @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull CallTransitionInput body) {
        return Responses.ok(service.transition(id, ifMatch, body.to()));
    }

    @POST
    @Path("{id}/documents")
    @Consumes({"application/pdf", DOCX, BINARY})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "addFundCallDocument", summary = "Add a document to a call (staff, admin; PDF or Word .docx, at most 20 MB, checked by content; If-Match)",
            description = "While the call is a draft or open; at most 20 documents. The call's version moves.")
    @RequestBody(required = true, content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Stored; the call with its documents", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CallDto.class)))
    public Response addDocument(@PathParam("id") UUID id,
                                @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Parameter(required = true, description = "The file's name", example = "the-le-quy-2027.pdf") @QueryParam("fileName") String fileName,
                                byte[] body) {
        return Responses.ok(service.addDocument(id, ifMatch, fileName, body));
    }

    @GET
    @Path("{id}/documents/{fileId}")
    @PermitAll
    @Produces({"application/pdf", DOCX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getFundCallDocument", summary = "A document of a call (for whoever may read the call), with byte ranges")
    @APIResponse(responseCode = "200", description = "The file", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "206", description = "The requested byte range")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "416", description = "The range is outside the file; Content-Range gives its size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response document(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId, @BeanParam FileParams params) {
        return params.respond(files, service.document(id, fileId));
    }

    @DELETE
    @Path("{id}/documents/{fileId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteFundCallDocument", summary = "Remove a document of a call (staff, admin; If-Match on the call; while a draft or open)")
    @APIResponse(responseCode = "200", description = "Removed; the call with its documents", content = @Content(schema = @Schema(implementation = CallDto.class)))
    public Response deleteDocument(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId,
                                   @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.deleteDocument(id, fileId, ifMatch));
    }
}
