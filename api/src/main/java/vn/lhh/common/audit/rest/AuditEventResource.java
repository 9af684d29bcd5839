package vn.lhh.common.audit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.audit.AuditEvent;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.export.Column;
import vn.lhh.common.export.Export;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.export.Rows;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;

@Path("/api/v1/audit-events")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {
    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "e.occurredAt not null");

    @Inject
    AuditLog audit;
    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAuditEvents", summary = "List recorded writes (admin only), newest first")
    public Page<AuditEventDto> list(
            @Parameter(description = "Kind of record, e.g. association, association-term") @QueryParam("entityType") String entityType,
            @Parameter(description = "Id of the record") @QueryParam("entityId") String entityId,
            @Parameter(description = "Username of the writer") @QueryParam("actor") String actor,
            @Parameter(description = "create, update or delete", schema = @Schema(type = SchemaType.STRING)) @QueryParam("action") AuditLog.Action action,
            @Parameter(description = "From this instant (RFC 3339), inclusive") @QueryParam("from") Instant from,
            @Parameter(description = "Before this instant (RFC 3339)") @QueryParam("to") Instant to,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = PageRequest.CURSOR_DOC) @QueryParam("cursor") String cursor,
            @Parameter(description = "occurredAt or -occurredAt (default)") @QueryParam("sort") String sort) {
        AuditLog.Action act = action;
        var filter = new AuditLog.Filter(Params.text("entityType", entityType, 60), Params.text("entityId", entityId, 100),
                Params.text("actor", actor, 200), act == null ? null : act.name(),
                from, to);
        return audit.find(filter, PageRequest.of(page, size, cursor, sort, "-occurredAt", SORTABLE, "e.id")).map(this::toDto);
    }

    /** The audit log as a spreadsheet: the states as their stored JSON. */
    static final Export<AuditEvent> EXPORT = Export.of("Nhật ký thay đổi",
            Column.dateTime("Thời điểm", "Occurred at", e -> e.occurredAt),
            Column.text("Người thực hiện", "Actor", 16, e -> e.actor),
            Column.label("Thao tác", "Action", 10, (e, l) -> switch (e.action) {
                case "create" -> Column.pick(l, "Tạo", "Create");
                case "update" -> Column.pick(l, "Sửa", "Update");
                case "delete" -> Column.pick(l, "Xóa", "Delete");
                default -> e.action;
            }),
            Column.text("Loại bản ghi", "Record type", 22, e -> e.entityType),
            Column.text("Mã bản ghi", "Record id", 38, e -> e.entityId),
            Column.text("Trước", "Before", 50, e -> e.beforeState),
            Column.text("Sau", "After", 50, e -> e.afterState),
            Column.text("Mã yêu cầu", "Request id", 38, e -> e.requestId));

    @GET
    @Path("export")
    @RolesAllowed(Roles.ADMIN)
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportAuditEvents", summary = "Export the recorded writes as XLSX or CSV (admin only)",
            description = "The list's filters and order, every page: one row per write, the states as JSON text. " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment, streamed)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(
            @Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
            @Parameter(description = "Kind of record, e.g. association, association-term") @QueryParam("entityType") String entityType,
            @Parameter(description = "Id of the record") @QueryParam("entityId") String entityId,
            @Parameter(description = "Username of the writer") @QueryParam("actor") String actor,
            @Parameter(description = "create, update or delete", schema = @Schema(type = SchemaType.STRING)) @QueryParam("action") AuditLog.Action action,
            @Parameter(description = "From this instant (RFC 3339), inclusive") @QueryParam("from") Instant from,
            @Parameter(description = "Before this instant (RFC 3339)") @QueryParam("to") Instant to,
            @Parameter(description = "occurredAt or -occurredAt (default)") @QueryParam("sort") String sort,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        AuditLog.Action act = action;
        var filter = new AuditLog.Filter(Params.text("entityType", entityType, 60), Params.text("entityId", entityId, 100),
                Params.text("actor", actor, 200), act == null ? null : act.name(),
                from, to);
        PageRequest order = PageRequest.of(null, null, null, sort, "-occurredAt", SORTABLE, "e.id");
        return Exports.response(EXPORT, f, Messages.fromAcceptLanguage(language), Rows.pages(order, p -> audit.find(filter, p)));
    }

    private AuditEventDto toDto(AuditEvent e) {
        return new AuditEventDto(e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId,
                parse(e.beforeState), parse(e.afterState), e.requestId);
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Map<String, Object> parse(String s) {
        try {
            return s == null ? null : json.readValue(s, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit JSON is unreadable", e);
        }
    }
}
