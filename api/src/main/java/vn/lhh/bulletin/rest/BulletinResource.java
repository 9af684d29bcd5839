package vn.lhh.bulletin.rest;

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
import vn.lhh.bulletin.BulletinIssue;
import vn.lhh.bulletin.BulletinRepository;
import vn.lhh.bulletin.IssueStatus;
import vn.lhh.bulletin.dto.BulletinDtos.IssueDto;
import vn.lhh.bulletin.dto.BulletinDtos.IssueInput;
import vn.lhh.bulletin.dto.BulletinDtos.IssueSummary;
import vn.lhh.bulletin.dto.BulletinDtos.TransitionInput;
import vn.lhh.bulletin.service.BulletinService;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.problem.Problem;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.common.files.FileParams;

/** Bulletin issues: the public archive reads published ones; the office (staff, admin) runs the editorial workflow. */
@Path("/api/v1/bulletins")
@Tag(name = "Bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BulletinResource {
    static final String BINARY = "application/octet-stream";

    @Inject
    BulletinService service;
    @Inject
    FileStore files;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listBulletinIssues", summary = "List bulletin issues: the public archive, or the editorial board",
            description = "Everyone sees published issues; staff and admin see every status. q is accent- and case-insensitive over the "
                    + "title and summary ('tap san so 11' finds 'Tập san … số 11'), the last word also as a prefix.")
    public Page<IssueSummary> list(
            @Parameter(description = "Words of the title or summary, accents optional", example = "cam vinh") @QueryParam("q") String q,
            @Parameter(description = "Year of the issue's month", example = "2026") @QueryParam("year") String year,
            @Parameter(schema = @Schema(implementation = IssueStatus.class), description = "Staff and admin: any status; others: published only")
            @QueryParam("status") IssueStatus status,
            @Parameter(description = "Issues with an article in this field of expertise (code)", example = "nong-nghiep") @QueryParam("field") String field,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = PageRequest.CURSOR_DOC) @QueryParam("cursor") String cursor,
            @Parameter(description = "month, number, publishedAt or updatedAt; '-' for descending. Default: -month") @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, cursor, sort, "-month", BulletinRepository.ISSUE_SORTABLE, "i.id");
        var filter = new BulletinRepository.IssueFilter(Params.text("q", q, 200), year == null ? null : Params.integer("year", year, 0, 1900, 2200),
                service.visibleStatuses(status), Params.text("field", field, 60));
        return service.list(filter, pr);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createBulletinIssue", summary = "Start a new issue as a draft (staff, admin); one issue a month")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = IssueDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull IssueInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getBulletinIssue", summary = "Get an issue with its table of contents (published: everyone; any status: staff, admin)")
    @APIResponse(responseCode = "200", description = "The issue; ETag carries its version", content = @Content(schema = @Schema(implementation = IssueDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        BulletinIssue i = service.get(id);
        return Responses.conditional(ifNoneMatch, i.version, () -> service.detail(i));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceBulletinIssue", summary = "Edit an issue (staff, admin; If-Match)",
            description = "Before release everything; a published issue only its title and summary (partners are told of the update); a withdrawn one nothing.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = IssueDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull IssueInput body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteBulletinIssue", summary = "Delete a draft issue (staff, admin; If-Match); its articles become unplaced")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "transitionBulletinIssue", summary = "Move an issue along the editorial workflow (staff, admin; If-Match)",
            description = "draft → in_review → scheduled (scheduledAt in the future; it publishes itself then) or published; in_review → draft; "
                    + "scheduled → in_review or published; published → withdrawn (reason required). Scheduling and publishing need the full PDF. "
                    + "Anything else is refused with 409 naming the allowed moves.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = IssueDto.class)))
    public Response transition(@PathParam("id") UUID id,
                               @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TransitionInput body) {
        return Responses.ok(service.transition(id, ifMatch, body));
    }

    @PUT
    @Path("{id}/pdf")
    @Consumes({"application/pdf", BINARY})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "putBulletinIssuePdf", summary = "Upload the issue's full PDF (staff, admin; at most 30 MB, checked by content); replaces the previous one; If-Match")
    @RequestBody(required = true, content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssueDto.class)))
    public Response putPdf(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Parameter(required = true, description = "The file's name", example = "tap-san-so-11-2026.pdf") @QueryParam("fileName") String fileName,
                           byte[] body) {
        return Responses.ok(service.putPdf(id, ifMatch, fileName, body));
    }

    @GET
    @Path("{id}/pdf")
    @PermitAll
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getBulletinIssuePdf", summary = "The issue's full PDF: streamed, with byte ranges for in-browser reading")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The requested byte range", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "416", description = "The range is outside the file; Content-Range gives its size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pdf(@PathParam("id") UUID id, @BeanParam FileParams params) {
        return params.respond(files, service.file(id, true));
    }

    @PUT
    @Path("{id}/cover")
    @Consumes({"image/png", "image/jpeg", BINARY})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "putBulletinIssueCover", summary = "Upload the cover image (staff, admin; PNG or JPEG, at most 5 MB, checked by content; If-Match)")
    @RequestBody(required = true, content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssueDto.class)))
    public Response putCover(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Parameter(required = true, description = "The file's name", example = "bia-so-11.jpg") @QueryParam("fileName") String fileName,
                             byte[] body) {
        return Responses.ok(service.putCover(id, ifMatch, fileName, body));
    }

    @GET
    @Path("{id}/cover")
    @PermitAll
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getBulletinIssueCover", summary = "The issue's cover image")
    @APIResponse(responseCode = "200", description = "The image", content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "416", description = "The range is outside the file; Content-Range gives its size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cover(@PathParam("id") UUID id, @BeanParam FileParams params) {
        return params.respond(files, service.file(id, false));
    }
}
