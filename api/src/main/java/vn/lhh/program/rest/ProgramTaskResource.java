package vn.lhh.program.rest;

import java.util.UUID;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.export.Column;
import vn.lhh.common.export.Export;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.export.Rows;
import vn.lhh.common.i18n.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.files.Downloads;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.common.web.Params;
import vn.lhh.program.ItemKind;
import vn.lhh.program.ProgramRepository;
import vn.lhh.program.ProgramTask;
import vn.lhh.program.TaskStatus;
import vn.lhh.program.dto.ProgramDtos.EvidenceDto;
import vn.lhh.program.dto.ProgramDtos.ProgressDto;
import vn.lhh.program.dto.ProgramDtos.ProgressInput;
import vn.lhh.program.dto.ProgramDtos.TaskDto;
import vn.lhh.program.dto.ProgramDtos.TaskInput;
import vn.lhh.program.dto.ProgramDtos.TaskSummary;
import vn.lhh.program.service.ProgramTaskService;
import vn.lhh.program.dto.ProgramDtos;

/** Tracked tasks: staff and admin manage them; an officer reports on the tasks their association leads or coordinates. */
@Path("/api/v1/program-tasks")
@Tag(name = "Programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgramTaskResource {
    @Inject
    ProgramTaskService service;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "listProgramTasks", summary = "List tracked tasks, filtered by program, year, status, section, association, lateness or text")
    public Page<TaskSummary> list(@Parameter(description = "Program id") @QueryParam("programId") UUID programId,
                                  @Parameter(description = "Year", example = "2021") @QueryParam("year") String year,
                                  @Parameter(schema = @Schema(implementation = TaskStatus.class)) @QueryParam("status") TaskStatus status,
                                  @Parameter(schema = @Schema(implementation = ItemKind.class)) @QueryParam("section") ItemKind section,
                                  @Parameter(description = "Tasks this association leads or coordinates") @QueryParam("associationId") UUID associationId,
                                  @Parameter(description = "true: only tasks still open after their planned end", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("late") String late,
                                  @Parameter(description = "Words of the task text, accents optional") @QueryParam("q") String q,
                                  @Parameter(description = "Page number from 1") @QueryParam("page") String page,
                                  @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = PageRequest.CURSOR_DOC) @QueryParam("cursor") String cursor,
                                  @Parameter(description = "year, plannedEnd, status or position; '-' for descending; default year,position") @QueryParam("sort") String sort) {
        var filter = new ProgramRepository.TaskFilter(programId,
                year == null ? null : Params.integer("year", year, 0, 1900, 2200), status,
                section, associationId,
                Params.bool("late", late), Params.text("q", q, 200), ProvinceClock.today());
        return service.list(filter, PageRequest.of(page, size, cursor, sort, "year,position", ProgramRepository.TASK_SORTABLE, "t.id"));
    }

    /** The tracked tasks as a spreadsheet, one row per task. */
    static final Export<TaskSummary> EXPORT = Export.of("Nhiệm vụ chương trình",
            Column.integer("Năm", "Year", 7, TaskSummary::year),
            Column.label("Phần", "Section", 18, (t, l) -> switch (t.section()) {
                case mission -> Column.pick(l, "Nhiệm vụ", "Mission");
                case regular_task -> Column.pick(l, "Nhiệm vụ thường xuyên", "Regular task");
                case year_task -> Column.pick(l, "Nhiệm vụ trong năm", "Task of the year");
                case implementation -> Column.pick(l, "Tổ chức thực hiện", "Implementation");
            }),
            Column.text("Mục", "Item", 6, TaskSummary::label),
            Column.text("Nội dung", "Task", 60, t -> t.shortTitle() != null ? t.shortTitle() : t.text()),
            Column.text("Đơn vị chủ trì", "Lead unit", 28, TaskSummary::leadUnit),
            Column.label("Trạng thái", "Status", 16, (t, l) -> switch (t.status()) {
                case not_started -> Column.pick(l, "Chưa triển khai", "Not started");
                case in_progress -> Column.pick(l, "Đang thực hiện", "In progress");
                case done -> Column.pick(l, "Hoàn thành", "Done");
                case postponed -> Column.pick(l, "Tạm hoãn", "Postponed");
                case cancelled -> Column.pick(l, "Hủy bỏ", "Cancelled");
            }),
            Column.integer("Tỷ lệ (%)", "Progress (%)", 10, TaskSummary::latestPercent),
            Column.date("Hạn", "Planned end", TaskSummary::plannedEnd),
            Column.yesNo("Trễ hạn", "Late", TaskSummary::late),
            Column.yesNo("Có nguy cơ trễ", "At risk", TaskSummary::atRisk));

    @GET
    @Path("export")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportProgramTasks", summary = "Export the tracked tasks as XLSX or CSV",
            description = "The filters, order and access of listProgramTasks, every page. " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment, streamed)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(@Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
                           @Parameter(description = "Program id") @QueryParam("programId") UUID programId,
                           @Parameter(description = "Year", example = "2021") @QueryParam("year") String year,
                           @Parameter(schema = @Schema(implementation = TaskStatus.class)) @QueryParam("status") TaskStatus status,
                           @Parameter(schema = @Schema(implementation = ItemKind.class)) @QueryParam("section") ItemKind section,
                           @Parameter(description = "Tasks this association leads or coordinates") @QueryParam("associationId") UUID associationId,
                           @Parameter(description = "true: only tasks still open after their planned end", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("late") String late,
                           @Parameter(description = "Words of the task text, accents optional") @QueryParam("q") String q,
                           @Parameter(description = "As in listProgramTasks; default year,position") @QueryParam("sort") String sort,
                           @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        var filter = new ProgramRepository.TaskFilter(programId,
                year == null ? null : Params.integer("year", year, 0, 1900, 2200), status,
                section, associationId,
                Params.bool("late", late), Params.text("q", q, 200), ProvinceClock.today());
        PageRequest order = PageRequest.of(null, null, null, sort, "year,position", ProgramRepository.TASK_SORTABLE, "t.id");
        return Exports.response(EXPORT, f, Messages.fromAcceptLanguage(language), Rows.pages(order, p -> service.list(filter, p)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "getProgramTask", summary = "Get a task with its progress history and evidence")
    @APIResponse(responseCode = "200", description = "The task; ETag carries its version", content = @Content(schema = @Schema(implementation = TaskDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ProgramTask t = service.get(id);
        return Responses.conditional(ifNoneMatch, t.version, () -> service.detail(t));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceProgramTask", summary = "Set a task's lead unit, coordinating bodies, plan and status (staff, admin; If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = TaskDto.class)))
    public Response replace(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull TaskInput body) {
        return Responses.ok(service.update(id, ifMatch, body), TaskDto::version);
    }

    @POST
    @Path("{id}/progress")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "reportProgramTaskProgress", summary = "Report progress on a task (staff, admin, officers of a leading or coordinating association)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ProgressDto.class)))
    public Response report(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull ProgressInput body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            ProgressDto p = service.report(id, body);
            return Response.status(Response.Status.CREATED).entity(p).build();
        });
    }

    @POST
    @Path("{id}/progress/{progressId}/evidence")
    @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "addProgramTaskEvidence", summary = "Attach a file (PDF, PNG or JPEG, at most 10 MB, checked by content) to a progress report")
    @RequestBody(required = true, content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceDto.class)))
    public Response addEvidence(@PathParam("id") UUID id, @PathParam("progressId") UUID progressId,
                                @Parameter(required = true, description = "The file's name", example = "bien-ban-hoi-nghi.pdf") @QueryParam("fileName") String fileName,
                                @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                                byte[] body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), new Object[] {fileName, body}, () -> {
            EvidenceDto e = service.addEvidence(id, progressId, fileName, body);
            return Response.status(Response.Status.CREATED).entity(e).build();
        });
    }

    @GET
    @Path("{id}/progress/{progressId}/evidence/{evidenceId}")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "downloadProgramTaskEvidence", summary = "Download an evidence file")
    @APIResponse(responseCode = "200", description = "The file", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response evidence(@PathParam("id") UUID id, @PathParam("progressId") UUID progressId, @PathParam("evidenceId") UUID evidenceId) {
        var f = service.evidence(id, progressId, evidenceId);
        return Downloads.attachment(f.content(), f.meta().contentType, f.meta().fileName);
    }
}
