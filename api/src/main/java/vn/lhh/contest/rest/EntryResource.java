package vn.lhh.contest.rest;

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
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.export.Rows;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.Problem;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.contest.ContestEntry;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.dto.ContestDtos.ConsentInput;
import vn.lhh.contest.dto.ContestDtos.EntryDto;
import vn.lhh.contest.dto.ContestDtos.EntryInput;
import vn.lhh.contest.dto.ContestDtos.EntrySummary;
import vn.lhh.contest.dto.ContestDtos.EntryTransitionInput;
import vn.lhh.contest.service.ContestExport;
import vn.lhh.contest.service.EntryService;

/**
 * Contest entries (bài dự thi). Staff and admin reach every entry; a contest coordinator (role
 * contest-coordinator with an active coordinator record) only those it registered — any other is 404.
 * Other roles get 403. Authors are minors: nothing here is public.
 */
@Path("/api/v1/contest-entries")
@Tag(name = EditionResource.TAG, description = EditionResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.CONTEST_COORDINATOR})
public class EntryResource {
    static final String BINARY = "application/octet-stream";

    @Inject
    EntryService service;
    @Inject
    FileStore files;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listContestEntries", summary = "List entries (staff, admin: all; coordinator: those it registered)",
            description = "Filters combine. district: the district, accents and case ignored; school: part of the school's name, accents ignored; "
                    + "grade: entries with an author in that grade; q: words of the title, description, school, district, code (2026-007) and the "
                    + "authors' and supervisor's names, accents optional, the last word also as a prefix.")
    public Page<EntrySummary> list(
            @Parameter(description = "Edition id") @QueryParam("edition") UUID edition,
            @Parameter(description = "Category id") @QueryParam("category") UUID category,
            @Parameter(schema = @Schema(implementation = EntryStatus.class)) @QueryParam("status") EntryStatus status,
            @Parameter(example = "Thành phố Vinh") @QueryParam("district") String district,
            @Parameter(example = "dang thai mai") @QueryParam("school") String school,
            @Parameter(description = "1–12") @QueryParam("grade") String grade,
            @Parameter(description = "Words to search, accents optional", example = "may tuoi cay") @QueryParam("q") String q,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = PageRequest.CURSOR_DOC) @QueryParam("cursor") String cursor,
            @Parameter(description = "number, title, school, district, status, createdAt or updatedAt; '-' for descending. Default: number")
            @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, cursor, sort, "number", ContestRepository.ENTRY_SORTABLE, "e.id");
        var filter = new ContestRepository.EntryFilter(edition, category,
                status, Params.text("district", district, 200), Params.text("school", school, 300),
                grade == null ? null : Params.integer("grade", grade, 0, 1, 12), Params.text("q", q, 200), null);
        return service.list(filter, pr);
    }

    @GET
    @Path("export")
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportContestEntries", summary = "Export entries as XLSX or CSV (staff, admin: all; coordinator: those it registered)",
            description = "The filters, order and access of listContestEntries, every page, with the list's columns only (authors are minors: "
                    + "names, school and district, never a date of birth, grade or contact). " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment, streamed)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(
            @Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
            @Parameter(description = "Edition id") @QueryParam("edition") UUID edition,
            @Parameter(description = "Category id") @QueryParam("category") UUID category,
            @Parameter(schema = @Schema(implementation = EntryStatus.class)) @QueryParam("status") EntryStatus status,
            @Parameter(example = "Thành phố Vinh") @QueryParam("district") String district,
            @Parameter(example = "dang thai mai") @QueryParam("school") String school,
            @Parameter(description = "1–12") @QueryParam("grade") String grade,
            @Parameter(description = "Words to search, accents optional", example = "may tuoi cay") @QueryParam("q") String q,
            @Parameter(description = "As in listContestEntries; default number") @QueryParam("sort") String sort,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        PageRequest order = PageRequest.of(null, null, null, sort, "number", ContestRepository.ENTRY_SORTABLE, "e.id");
        var filter = new ContestRepository.EntryFilter(edition, category,
                status, Params.text("district", district, 200), Params.text("school", school, 300),
                grade == null ? null : Params.integer("grade", grade, 0, 1, 12), Params.text("q", q, 200), null);
        return Exports.response(ContestExport.ENTRIES, f, Messages.fromAcceptLanguage(language), Rows.pages(order, p -> service.list(filter, p)));
    }

    @POST
    @Operation(operationId = "createContestEntry", summary = "Register an entry as a draft (staff, admin, coordinator)",
            description = "Only in a published edition and from registrationOpens to registrationCloses inclusive (409 deadline naming the dates). "
                    + "A coordinator needs an active coordinator record (403); a school contact's entry takes the school and district of its record; "
                    + "a district coordinator's entry must be in its district (400). Authors ≤ maxAuthorsPerEntry (409). Eligibility: each author's "
                    + "age in full years on registrationCloses within [minAge, maxAge], a grade when given within [minGrade, maxGrade] (400 naming "
                    + "authors[i].dateOfBirth or authors[i].grade). Entries of the same school (accents and case ignored) not rejected ≤ "
                    + "maxEntriesPerSchool (409), counted under a lock on the edition, so concurrent registrations never exceed it. The number is "
                    + "the edition's next (max + 1), without duplicates.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = EntryDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull EntryInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getContestEntry", summary = "Get an entry with its authors, supervisor and files (staff, admin, its coordinator)")
    @APIResponse(responseCode = "200", description = "The entry; ETag carries its version", content = @Content(schema = @Schema(implementation = EntryDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ContestEntry x = service.get(id);
        return Responses.conditional(ifNoneMatch, x.version, () -> service.dto(x));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceContestEntry", summary = "Edit an entry (staff, admin, its coordinator; If-Match)",
            description = "Only while draft or submitted (409) and until submissionCloses inclusive (409 deadline naming the date). The category "
                    + "must be of the same edition. The same limits and eligibility rules as at registration.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = EntryDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull EntryInput body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteContestEntry", summary = "Delete a draft entry with its files (staff, admin, its coordinator; If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transitions")
    @Operation(operationId = "transitionContestEntry", summary = "Submit an entry, take it back, or decide its eligibility (If-Match)",
            description = "draft → submitted and submitted → draft: its coordinator or the office, until submissionCloses (submitting checks "
                    + "eligibility and the authors' limit again). submitted → eligible or rejected, rejected → eligible, eligible → rejected: staff "
                    + "and admin only (403 for a coordinator), until judgingCloses; rejecting needs a reason. judged, awarded and nominated follow "
                    + "from the judging and are never asked for here. Anything else → 409 naming the allowed moves; a passed date → 409 deadline.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = EntryDto.class)))
    public Response transition(@PathParam("id") UUID id,
                               @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull EntryTransitionInput body) {
        return Responses.ok(service.transition(id, ifMatch, body));
    }

    @PUT
    @Path("{id}/consent")
    @Operation(operationId = "putContestEntryConsent", summary = "Record or withdraw the consent to publish the authors' names (staff, admin, its coordinator; If-Match)",
            description = "At any time, whatever the status. Without consent public results show no name, school or district of the entry. "
                    + "Who recorded it and when are kept on the entry, the note in the audit log.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = EntryDto.class)))
    public Response consent(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ConsentInput body) {
        return Responses.ok(service.consent(id, ifMatch, body));
    }

    @POST
    @Path("{id}/files")
    @Consumes({"image/png", "image/jpeg", "application/pdf", BINARY})
    @Operation(operationId = "addContestEntryFile", summary = "Add a photo or document to an entry (staff, admin, its coordinator; If-Match on the entry)",
            description = "kind=photo: PNG or JPEG at most 5 MB; kind=document: PDF at most 20 MB; checked by content, not by name (415), size "
                    + "413. At most 20 files. The same rules as editing the entry (draft or submitted, until submissionCloses). The entry's version moves.")
    @RequestBody(required = true, content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Stored; the entry with its files", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EntryDto.class)))
    public Response addFile(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Parameter(required = true, schema = @Schema(implementation = EntryService.FileKind.class)) @QueryParam("kind") EntryService.FileKind kind,
                            @Parameter(required = true, description = "The file's name", example = "mo-hinh.jpg") @QueryParam("fileName") String fileName,
                            byte[] body) {
        return Responses.ok(service.addFile(id, ifMatch, kind, fileName, body));
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces({"image/png", "image/jpeg", "application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getContestEntryFile", summary = "A photo or document of an entry (staff, admin, its coordinator), with byte ranges")
    @APIResponse(responseCode = "200", description = "The file", content = {@Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "206", description = "The requested byte range")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "416", description = "The range is outside the file; Content-Range gives its size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response file(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId, @BeanParam FileParams params) {
        return params.respond(files, service.file(id, fileId));
    }

    @DELETE
    @Path("{id}/files/{fileId}")
    @Operation(operationId = "deleteContestEntryFile", summary = "Remove a photo or document (staff, admin, its coordinator; If-Match on the entry)",
            description = "The same rules as editing the entry. Answers the entry with its new version.")
    @APIResponse(responseCode = "200", description = "Removed; the entry with its files", content = @Content(schema = @Schema(implementation = EntryDto.class)))
    public Response deleteFile(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId,
                               @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.deleteFile(id, fileId, ifMatch));
    }
}
