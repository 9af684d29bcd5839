package vn.lhh.program.rest;

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
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.document.DocumentFormat;
import vn.lhh.common.document.DocumentRenderer;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.files.Downloads;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.program.Program;
import vn.lhh.program.ProgramRepository;
import vn.lhh.program.report.AnnualReport;
import vn.lhh.program.report.ProgramReportService;
import vn.lhh.program.report.ProgramStatistics;
import vn.lhh.program.report.ReportRenderer;
import vn.lhh.program.dto.ProgramDtos.CarryOverInput;
import vn.lhh.program.dto.ProgramDtos.ItemDto;
import vn.lhh.program.dto.ProgramDtos.ItemInput;
import vn.lhh.program.dto.ProgramDtos.ProgramDetail;
import vn.lhh.program.dto.ProgramDtos.ProgramInput;
import vn.lhh.program.dto.ProgramDtos.ProgramSummary;
import vn.lhh.program.service.ProgramService;

/** Term action programs: read by the union office and association officers; managed by staff and admin. */
@Path("/api/v1/programs")
@Tag(name = "Programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgramResource {
    @Inject
    ProgramService service;
    @Inject
    ProgramReportService reports;
    @Inject
    IdempotencyService idempotency;
    @Inject
    DocumentRenderer documents;
    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "listPrograms", summary = "List the term programs, newest term first")
    public Page<ProgramSummary> list(@Parameter(description = "Page number from 1") @QueryParam("page") String page,
                                     @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
                                     @Parameter(description = "startYear or documentNumber, '-' for descending; default -startYear") @QueryParam("sort") String sort) {
        return service.list(PageRequest.of(page, size, sort, "-startYear", ProgramRepository.PROGRAM_SORTABLE, "p.id"));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "getProgram", summary = "Get a program in its document's structure, with each task's status")
    @APIResponse(responseCode = "200", description = "The program; ETag carries its version", content = @Content(schema = @Schema(implementation = ProgramDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Program p = service.get(id);
        return Responses.conditional(ifNoneMatch, p.version, () -> service.detail(p));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceProgram", summary = "Replace a program's header (staff, admin; If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ProgramDetail.class)))
    public Response replace(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ProgramInput body) {
        return Responses.ok(service.update(id, ifMatch, body), ProgramDetail::version);
    }

    @POST
    @Path("{id}/items")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "addProgramTask", summary = "Add a regular task or a task of one year (staff, admin; If-Match: the program's ETag)")
    @APIResponse(responseCode = "201", description = "Added, with its tracked tasks", content = @Content(schema = @Schema(implementation = ItemDto.class)))
    public Response addItem(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ItemInput body) {
        ItemDto item = service.addTask(id, ifMatch, body);
        return Response.status(Response.Status.CREATED).entity(item).build();
    }

    @PUT
    @Path("{id}/items/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceProgramItemText", summary = "Correct an item's text (staff, admin; If-Match: the program's ETag)")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ItemDto.class)))
    public ItemDto replaceItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
                               @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull ItemInput body) {
        return service.updateItemText(id, itemId, ifMatch, body);
    }

    @DELETE
    @Path("{id}/items/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteProgramTask", summary = "Delete a task item with no progress reported (staff, admin; If-Match: the program's ETag)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
                               @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteItem(id, itemId, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/carry-over")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "carryOverProgram", summary = "Create the next term's program (draft) from this one's regular tasks (staff, admin)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgramDetail.class)))
    public Response carryOver(@PathParam("id") UUID id,
                              @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                              @Valid @NotNull CarryOverInput body) {
        return idempotency.created(idempotencyKey, uri, "api/v1/programs", body, () -> service.carryOver(id, body));
    }

    @GET
    @Path("{id}/statistics")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "getProgramStatistics", summary = "Task counts by status, per year and per section")
    public ProgramStatistics statistics(@PathParam("id") UUID id) {
        return reports.statistics(id);
    }

    @GET
    @Path("{id}/reports/{year}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", ExportFormat.XLSX_TYPE, MediaType.TEXT_HTML, DocumentFormat.DOCX_TYPE, DocumentFormat.PDF_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "getAnnualReport", summary = "The annual report of a program: JSON, CSV, Excel (.xlsx), or the formal report as PDF, Word (.docx) or an HTML preview",
            description = "Choose with format=json|csv|xlsx|html|docx|pdf or with Accept (format wins; default JSON). Tasks grouped by section and lead unit, "
                    + "totals, late and at-risk tasks, recipients. The document follows Decree 30/2020/NĐ-CP (A4, national title and motto, "
                    + "number, place and date, signature block, recipients); .docx and PDF come as attachments named bao-cao-<year>. XLSX: one row per "
                    + "task in the document's order, typed cells (progress as a number, dates as dates), a bold frozen header, column widths "
                    + "and an autofilter; headers in the request's language (Accept-Language).")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response report(@PathParam("id") UUID id, @PathParam("year") String year,
                           @Parameter(description = "json, csv, xlsx, html, docx or pdf", schema = @Schema(enumeration = {"json", "csv", "xlsx", "html", "docx", "pdf"}))
                           @QueryParam("format") String format,
                           @Parameter(description = "The report's own number for the document header", example = "25/BC-LHH") @QueryParam("number") String number,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept,
                           @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        String f = format == null ? accept != null && accept.contains("text/csv") ? "csv" : accept != null && accept.contains(ExportFormat.XLSX_TYPE) ? "xlsx" : null
                : format.strip().toLowerCase(java.util.Locale.ROOT);
        DocumentFormat document = "json".equals(f) || "csv".equals(f) || "xlsx".equals(f) ? null : DocumentFormat.choose(f, accept, null, "json", "csv", "xlsx");
        String docNumber = Params.text("number", number, 100);
        AnnualReport r = reports.annual(id, Params.integer("year", year, 0, 1900, 2200));
        String base = "bao-cao-" + r.year();
        if (document != null) {
            return documents.response(ReportRenderer.document(r, docNumber == null ? "…/BC-LHH" : docNumber), document, base);
        }
        if ("xlsx".equals(f)) {
            return Exports.response(ReportRenderer.EXPORT, ExportFormat.xlsx, Messages.fromAcceptLanguage(language), ReportRenderer.lines(r), base);
        }
        if ("csv".equals(f)) {
            return Downloads.attachment(ReportRenderer.csv(r).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", base + ".csv");
        }
        return Response.ok(r, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
