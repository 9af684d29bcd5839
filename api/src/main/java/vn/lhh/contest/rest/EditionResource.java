package vn.lhh.contest.rest;

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
import vn.lhh.common.files.FileParams;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.Problem;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.EditionStatus;
import vn.lhh.contest.dto.ContestDtos.CategoryDto;
import vn.lhh.contest.dto.ContestDtos.CategoryInput;
import vn.lhh.contest.dto.ContestDtos.EditionDto;
import vn.lhh.contest.dto.ContestDtos.EditionInput;
import vn.lhh.contest.dto.ContestDtos.EditionTransitionInput;
import vn.lhh.contest.dto.ContestDtos.StatisticsDto;
import vn.lhh.contest.service.CategoryService;
import vn.lhh.contest.service.ContestStatistics;
import vn.lhh.contest.service.EditionService;

/** Contest editions (one a year), their rules document, their categories and their statistics. */
@Path("/api/v1/contest-editions")
@Tag(name = EditionResource.TAG, description = EditionResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EditionResource {
    public static final String TAG = "Contests";
    public static final String TAG_DESCRIPTION = "The youth and children's creativity contest (Cuộc thi sáng tạo thanh thiếu niên và nhi đồng): "
            + "editions, categories and rubrics, coordinators, entries, statistics";
    static final String BINARY = "application/octet-stream";

    @Inject
    EditionService service;
    @Inject
    CategoryService categories;
    @Inject
    ContestStatistics statistics;
    @Inject
    FileStore files;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listContestEditions", summary = "List contest editions",
            description = "Everyone sees published editions; staff and admin see drafts too. Every edition carries its computed phase "
                    + "(upcoming, registration, submission, preparing_judging, judging, deliberation, results) for today in Asia/Ho_Chi_Minh.")
    public Page<EditionDto> list(
            @Parameter(description = "The edition's year", example = "2026") @QueryParam("year") String year,
            @Parameter(schema = @Schema(implementation = EditionStatus.class), description = "Staff and admin: any status; others: published only")
            @QueryParam("status") EditionStatus status,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "year or updatedAt; '-' for descending. Default: -year") @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, "-year", ContestRepository.EDITION_SORTABLE, "d.id");
        var filter = new ContestRepository.EditionFilter(year == null ? null : Params.integer("year", year, 0, 2000, 2200),
                service.visibleStatuses(status));
        return service.list(filter, pr);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createContestEdition", summary = "Create an edition as a draft (staff, admin); one edition a year",
            description = "Dates must be in order: registrationOpens ≤ registrationCloses ≤ submissionCloses ≤ judgingOpens ≤ judgingCloses ≤ "
                    + "resultsDate (400 naming the field otherwise); minAge ≤ maxAge, minGrade ≤ maxGrade. A year already used → 409.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = EditionDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull EditionInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("current")
    @PermitAll
    @Operation(operationId = "getCurrentContestEdition", summary = "The current edition: the published edition with the greatest year (404 when none)")
    @APIResponse(responseCode = "200", description = "The edition; ETag carries its version", content = @Content(schema = @Schema(implementation = EditionDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response current(@Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ContestEdition e = service.current();
        return Responses.conditional(ifNoneMatch, e.version, () -> service.dto(e));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getContestEdition", summary = "Get an edition (published: everyone; drafts: staff, admin)")
    @APIResponse(responseCode = "200", description = "The edition; ETag carries its version", content = @Content(schema = @Schema(implementation = EditionDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ContestEdition e = service.get(id);
        return Responses.conditional(ifNoneMatch, e.version, () -> service.dto(e));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceContestEdition", summary = "Edit an edition (staff, admin; If-Match)",
            description = "Allowed at any time, dates included: the office moves dates when the calendar slips. The deadlines, limits and "
                    + "eligibility rules apply from then on to what is done next; registered entries keep their numbers.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = EditionDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull EditionInput body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteContestEdition", summary = "Delete a draft edition without entries, with its categories (staff, admin; If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "transitionContestEdition", summary = "Publish an edition or take it back to draft (staff, admin; If-Match)",
            description = "draft → published at any time; published → draft only while the edition has no entries (409 otherwise).")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = EditionDto.class)))
    public Response transition(@PathParam("id") UUID id,
                               @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull EditionTransitionInput body) {
        return Responses.ok(service.transition(id, ifMatch, body));
    }

    @PUT
    @Path("{id}/rules")
    @Consumes({"application/pdf", BINARY})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "putContestEditionRules", summary = "Upload the rules document (thể lệ) of an edition (staff, admin; PDF at most 20 MB, "
            + "checked by content; If-Match on the edition); replaces the previous one")
    @RequestBody(required = true, content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionDto.class)))
    public Response putRules(@PathParam("id") UUID id,
                             @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Parameter(required = true, description = "The file's name", example = "the-le-cuoc-thi-2026.pdf") @QueryParam("fileName") String fileName,
                             byte[] body) {
        return Responses.ok(service.putRules(id, ifMatch, fileName, body));
    }

    @GET
    @Path("{id}/rules")
    @PermitAll
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getContestEditionRules", summary = "The rules document of an edition (as the edition is visible), with byte ranges")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The requested byte range", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "416", description = "The range is outside the file; Content-Range gives its size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rules(@PathParam("id") UUID id, @BeanParam FileParams params) {
        return params.respond(files, service.rules(id));
    }

    @GET
    @Path("{id}/categories")
    @PermitAll
    @Operation(operationId = "listContestCategories", summary = "The categories (lĩnh vực) of an edition with their rubrics, in order",
            description = "Visible with the edition: everyone for a published edition, staff and admin for a draft.")
    public Page<CategoryDto> listCategories(@PathParam("id") UUID id,
                                            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
                                            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
                                            @Parameter(description = "position, code or name; '-' for descending. Default: position") @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, "position", ContestRepository.CATEGORY_SORTABLE, "c.id");
        return categories.list(id, pr);
    }

    @POST
    @Path("{id}/categories")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createContestCategory", summary = "Add a category to an edition (staff, admin); its code is unique in the edition")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = CategoryDto.class)))
    public Response createCategory(@PathParam("id") UUID id,
                                   @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                                   @Valid @NotNull CategoryInput body) {
        return idempotency.created(idempotencyKey, uri, "/api/v1/contest-categories", body, () -> categories.create(id, body));
    }

    @GET
    @Path("{id}/statistics")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getContestStatistics", summary = "Counts of an edition's entries by district, school, category, grade and status (staff, admin)",
            description = "Drafts are left out unless includeDrafts=true. byGrade counts authors (key 'none' for authors without a grade); the others "
                    + "count entries. Districts and schools are grouped accent- and case-insensitively. Every category is listed, with 0 when empty.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = StatisticsDto.class)))
    public StatisticsDto statistics(@PathParam("id") UUID id,
                                    @Parameter(description = "Count drafts too", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("includeDrafts") String includeDrafts) {
        return statistics.of(id, Params.bool("includeDrafts", includeDrafts));
    }
}
