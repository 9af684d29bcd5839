package vn.lhh.consultation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.paging.Page;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.consultation.AssignmentStatus;
import vn.lhh.consultation.dto.ConsultationDtos.MyAssignmentDto;
import vn.lhh.consultation.dto.ConsultationDtos.PoolEntry;
import vn.lhh.consultation.dto.ConsultationDtos.RulesDto;
import vn.lhh.consultation.service.AssignmentService;
import vn.lhh.consultation.service.ConsultationRulesService;
import vn.lhh.consultation.dto.ConsultationDtos;

/** Across consultations: an expert's own work, the office's overdue and history lists, the reviewer pool, the rules. */
@Path("/api/v1")
@Tag(name = "Consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpertWorkResource {
    @Inject
    AssignmentService assignments;
    @Inject
    ConsultationRulesService rules;

    @GET
    @Path("consultation-assignments/mine")
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "listMyAssignments", summary = "The calling expert's assignments, soonest due first")
    public Page<MyAssignmentDto> mine(@Parameter(schema = @Schema(implementation = AssignmentStatus.class)) @QueryParam("status") AssignmentStatus status,
                                      @Parameter(description = "Page number from 1") @QueryParam("page") String page,
                                      @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size) {
        return assignments.mine(status, Params.integer("page", page, 1, 1, 100_000),
                Params.integer("size", size, 20, 1, 100));
    }

    @GET
    @Path("consultation-assignments")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listAssignments", summary = "Assignments across consultations (staff, admin): one expert's engagement history, or the overdue opinions")
    public Page<MyAssignmentDto> list(@Parameter(description = "Only this expert's") @QueryParam("expertId") UUID expertId,
                                      @Parameter(schema = @Schema(implementation = AssignmentStatus.class)) @QueryParam("status") AssignmentStatus status,
                                      @Parameter(description = "true: only open assignments past their due date", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
                                      @Parameter(description = "Page number from 1") @QueryParam("page") String page,
                                      @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size) {
        return assignments.list(expertId, status,
                Params.bool("overdue", overdue), Params.integer("page", page, 1, 1, 100_000), Params.integer("size", size, 20, 1, 100));
    }

    @GET
    @Path("reviewer-pool")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getReviewerPool", summary = "Experts who were ever assigned: open assignments, engagements, last engagement (staff, admin)")
    public Page<PoolEntry> pool(@Parameter(description = "Page number from 1") @QueryParam("page") String page,
                                @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size) {
        return assignments.pool(Params.integer("page", page, 1, 1, 100_000), Params.integer("size", size, 20, 1, 100));
    }

    @GET
    @Path("consultation-rules")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getConsultationRules", summary = "The union's rules for using experts (staff, admin)")
    @APIResponse(responseCode = "200", description = "The rules; ETag carries their version", content = @Content(schema = @Schema(implementation = RulesDto.class)))
    public Response getRules() {
        var r = rules.get();
        return Responses.ok(r.rules(), r.version());
    }

    @PUT
    @Path("consultation-rules")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceConsultationRules", summary = "Set the rules for using experts (admin: the standing office; If-Match)")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = RulesDto.class)))
    public Response replaceRules(@Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull RulesDto body) {
        var r = rules.update(ifMatch, body);
        return Responses.ok(r.rules(), r.version());
    }
}
