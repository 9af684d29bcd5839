package vn.lhh.common.audit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.audit.AuditEvent;
import vn.lhh.common.audit.AuditLog;
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
            @Parameter(description = "create, update or delete") @QueryParam("action") String action,
            @Parameter(description = "From this instant (RFC 3339), inclusive") @QueryParam("from") String from,
            @Parameter(description = "Before this instant (RFC 3339)") @QueryParam("to") String to,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = PageRequest.CURSOR_DOC) @QueryParam("cursor") String cursor,
            @Parameter(description = "occurredAt or -occurredAt (default)") @QueryParam("sort") String sort) {
        AuditLog.Action act = Params.enumValue("action", action, AuditLog.Action.class);
        var filter = new AuditLog.Filter(Params.text("entityType", entityType, 60), Params.text("entityId", entityId, 100),
                Params.text("actor", actor, 200), act == null ? null : act.name(),
                Params.instant("from", from), Params.instant("to", to));
        return audit.find(filter, PageRequest.of(page, size, cursor, sort, "-occurredAt", SORTABLE, "e.id")).map(this::toDto);
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
