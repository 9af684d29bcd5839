package vn.lhh.news.rest;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.files.Downloads;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.Problem;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.news.Post;
import vn.lhh.news.PostKind;
import vn.lhh.news.PostRepository;
import vn.lhh.news.PostStatus;
import vn.lhh.news.dto.PostDtos.PostDto;
import vn.lhh.news.dto.PostDtos.PostInput;
import vn.lhh.news.dto.PostDtos.PostSummary;
import vn.lhh.news.dto.PostDtos.TransitionInput;
import vn.lhh.news.service.PostService;

/**
 * News, announcements and events of the union's website. Everyone reads published public posts,
 * any signed-in user also those for members, the office (staff, admin) everything; only the office writes.
 */
@Path("/api/v1/posts")
@Tag(name = "News")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostResource {
    static final String BINARY = "application/octet-stream";

    @Inject
    PostService service;
    @Inject
    FileStore files;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listPosts", summary = "List posts: the public news, what members may read, or the office's whole list",
            description = "Anonymous callers see published public posts; signed-in users also those for members; staff and admin every post in "
                    + "every status. q is accent- and case-insensitive over the title, summary and tags ('hoi thi sang tao' finds 'Hội thi Sáng tạo'), "
                    + "the last word also as a prefix. The home page asks pinned=true for the pinned announcements.")
    public Page<PostSummary> list(
            @Parameter(description = "Words of the title, summary or tags, accents optional", example = "hoi thi sang tao") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = PostKind.class)) @QueryParam("kind") PostKind kind,
            @Parameter(description = "Posts with this tag (exact, lower case)", example = "hội thi") @QueryParam("tag") String tag,
            @Parameter(description = "true: pinned posts only; false: the others", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("pinned") String pinned,
            @Parameter(schema = @Schema(implementation = PostStatus.class), description = "Staff and admin: any status; others: published only")
            @QueryParam("status") PostStatus status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"public", "members", "internal"}),
                    description = "Only this audience (within what the caller may read)") @QueryParam("audience") String audience,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "publishedAt, updatedAt, createdAt, title, pinned or eventStartsAt; '-' for descending. Default: -publishedAt "
                    + "(not yet published first for the office)") @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, "-publishedAt", PostRepository.SORTABLE, "p.id");
        return service.list(Params.text("q", q, 200), kind, Params.text("tag", tag, 60),
                pinned == null ? null : Params.bool("pinned", pinned), status,
                Params.text("audience", audience, 20), pr);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createPost", summary = "Write a new post as a draft (staff, admin); its HTML body is sanitised")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = PostDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull PostInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getPost", summary = "Get a post (published, for the caller's audience: everyone; any status: staff, admin)")
    @APIResponse(responseCode = "200", description = "The post; ETag carries its version", content = @Content(schema = @Schema(implementation = PostDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Post p = service.get(id);
        return Responses.conditional(ifNoneMatch, p.version, () -> service.detail(p));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replacePost", summary = "Edit a post in any status (staff, admin; If-Match); its HTML body is sanitised")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = PostDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull PostInput body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deletePost", summary = "Delete a post that is not published (staff, admin; If-Match); unpublish it first")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "transitionPost", summary = "Publish, schedule, unpublish or return a post to draft (staff, admin; If-Match)",
            description = "draft → scheduled (scheduledAt in the future; it publishes itself then) or published; scheduled → draft or published; "
                    + "published → unpublished (taken off the site); unpublished → draft or published. Anything else is refused with 409 naming "
                    + "the allowed moves.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = PostDto.class)))
    public Response transition(@PathParam("id") UUID id,
                               @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TransitionInput body) {
        return Responses.ok(service.transition(id, ifMatch, body));
    }

    @PUT
    @Path("{id}/cover")
    @Consumes({"image/png", "image/jpeg", BINARY})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "putPostCover", summary = "Upload the cover image (staff, admin; PNG or JPEG, at most 5 MB, checked by content; If-Match)")
    @RequestBody(required = true, content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostDto.class)))
    public Response putCover(@PathParam("id") UUID id,
                             @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Parameter(required = true, description = "The file's name", example = "khai-mac-hoi-thi.jpg") @QueryParam("fileName") String fileName,
                             byte[] body) {
        return Responses.ok(service.putCover(id, ifMatch, fileName, body));
    }

    @DELETE
    @Path("{id}/cover")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deletePostCover", summary = "Remove the cover image (staff, admin; If-Match)")
    @APIResponse(responseCode = "200", description = "Removed", content = @Content(schema = @Schema(implementation = PostDto.class)))
    public Response deleteCover(@PathParam("id") UUID id,
                                @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.deleteCover(id, ifMatch));
    }

    @GET
    @Path("{id}/cover")
    @PermitAll
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getPostCover", summary = "The post's cover image (for whoever may read the post)")
    @APIResponse(responseCode = "200", description = "The image", content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "416", description = "The range is outside the file; Content-Range gives its size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cover(@PathParam("id") UUID id,
                          @Parameter(in = ParameterIn.HEADER, description = "One byte range, e.g. bytes=0-1023") @HeaderParam("Range") String range,
                          @Parameter(in = ParameterIn.HEADER, description = "The range applies only if the file still has this ETag") @HeaderParam("If-Range") String ifRange,
                          @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                          @Parameter(description = "true: offer the file as a download; default: shown in the browser (inline)", schema = @Schema(type = SchemaType.BOOLEAN))
                          @QueryParam("download") String download) {
        return Downloads.stream(files, service.cover(id), range, ifRange, ifNoneMatch, Params.bool("download", download));
    }
}
