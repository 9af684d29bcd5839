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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.openapi.ProblemResponsesFilter;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.bulletin.BulletinArticle;
import vn.lhh.bulletin.BulletinRepository;
import vn.lhh.bulletin.IssueStatus;
import vn.lhh.bulletin.dto.BulletinDtos.ArticleDto;
import vn.lhh.bulletin.dto.BulletinDtos.ArticleInput;
import vn.lhh.bulletin.dto.BulletinDtos.PlacementInput;
import vn.lhh.bulletin.service.ArticleService;
import vn.lhh.bulletin.service.BulletinService;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.problem.Problem;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.common.files.FileParams;

/** Bulletin articles: searched in the public archive, written and placed by the office. */
@Path("/api/v1/bulletin-articles")
@Tag(name = "Bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {
    @Inject
    ArticleService service;
    @Inject
    BulletinService issues;
    @Inject
    FileStore files;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listBulletinArticles", summary = "Search articles: the public archive's full-text search, or the office's article desk",
            description = "Everyone searches the articles of published issues; staff and admin search every article, placed or not. "
                    + "q is accent- and case-insensitive over title, abstract, keywords and authors, the last word also as a prefix; "
                    + "with q the default order is relevance.")
    @Extension(name = ProblemResponsesFilter.OFFICE_FILTERS, value = "placed")
    public Page<ArticleDto> list(
            @Parameter(description = "Words, accents optional", example = "che pham sinh hoc") @QueryParam("q") String q,
            @Parameter(description = "Year of the issue's month", example = "2026") @QueryParam("year") String year,
            @Parameter(description = "Field of expertise (code)", example = "nong-nghiep") @QueryParam("field") String field,
            @Parameter(description = "Only the articles of this issue, in their order") @QueryParam("issueId") UUID issueId,
            @Parameter(description = "Staff and admin: true placed in an issue, false not yet placed", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("placed") String placed,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = PageRequest.CURSOR_DOC) @QueryParam("cursor") String cursor,
            @Parameter(description = "relevance, month, title or createdAt; '-' for descending. Default: relevance (newest issue first without q)")
            @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, cursor, sort, issueId != null && sort == null ? "month" : "relevance",
                BulletinRepository.ARTICLE_SORTABLE, "a.id");
        boolean office = issues.isOffice();
        if (placed != null && !office) {
            issues.requireOffice();
        }
        var filter = new BulletinRepository.ArticleFilter(Params.text("q", q, 200),
                year == null ? null : Params.integer("year", year, 0, 1900, 2200), Params.text("field", field, 60),
                issueId, placed == null ? null : Params.bool("placed", placed),
                office ? null : java.util.Set.of(IssueStatus.published));
        return service.list(filter, pr);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createBulletinArticle", summary = "Write an article, before or after its issue exists (staff, admin)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = ArticleDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull ArticleInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getBulletinArticle", summary = "Get an article (of a published issue: everyone; any: staff, admin)")
    @APIResponse(responseCode = "200", description = "The article; ETag carries its version", content = @Content(schema = @Schema(implementation = ArticleDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        BulletinArticle a = service.get(id);
        return Responses.conditional(ifNoneMatch, a.version, () -> service.detail(a));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceBulletinArticle", summary = "Edit an article (staff, admin; If-Match); a correction to a published issue is announced to partners")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ArticleDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ArticleInput body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @PUT
    @Path("{id}/placement")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "placeBulletinArticle", summary = "Place an article in an issue at a position, move it, or take it out (staff, admin; If-Match)",
            description = "The issue it leaves and the one it enters must not be published or withdrawn; the other articles are renumbered.")
    @APIResponse(responseCode = "200", description = "Placed", content = @Content(schema = @Schema(implementation = ArticleDto.class)))
    public Response place(@PathParam("id") UUID id,
                          @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull PlacementInput body) {
        return Responses.ok(service.place(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteBulletinArticle", summary = "Delete an article not in a released issue (staff, admin; If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/pdf")
    @Consumes({"application/pdf", BulletinResource.BINARY})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "putBulletinArticlePdf", summary = "Upload the article's own PDF (staff, admin; at most 20 MB, checked by content; If-Match)")
    @RequestBody(required = true, content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDto.class)))
    public Response putPdf(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Parameter(required = true, description = "The file's name", example = "bai-bao.pdf") @QueryParam("fileName") String fileName,
                           byte[] body) {
        return Responses.ok(service.putPdf(id, ifMatch, fileName, body));
    }

    @GET
    @Path("{id}/pdf")
    @PermitAll
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getBulletinArticlePdf", summary = "The article's PDF: streamed, with byte ranges")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The requested byte range", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "416", description = "The range is outside the file; Content-Range gives its size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pdf(@PathParam("id") UUID id, @BeanParam FileParams params) {
        return params.respond(files, service.pdf(id));
    }
}
