package vn.lhh.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.registry.HandlingState;
import vn.lhh.registry.dto.HandlingDtos.CandidateDto;
import vn.lhh.registry.dto.HandlingDtos.HandlingLine;
import vn.lhh.registry.service.HandlingService;
import vn.lhh.registry.dto.HandlingDtos;

/** The lists of incoming documents by handling: the office's (overdue first) and each handler's "my documents". */
@Path("/api/v1/document-handlings")
@Tag(name = "Document handling")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class HandlingListResource {
    @Inject
    HandlingService service;

    @GET
    @Operation(operationId = "listDocumentHandlings", summary = "Incoming documents with their handling (staff, admin): overdue first, then open "
            + "ones by deadline, then the newest received",
            description = "overdue: past the deadline and neither done nor filed (Asia/Ho_Chi_Minh). handler: the documents one office user handles.")
    public Page<HandlingLine> list(
            @Parameter(schema = @Schema(implementation = HandlingState.class)) @QueryParam("state") HandlingState state,
            @Parameter(description = "true: only overdue; false: none overdue", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "Username of a handler", example = "staff") @QueryParam("handler") String handler,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return service.list(state, overdue == null ? null : Params.bool("overdue", overdue),
                Params.text("handler", handler, 200), Params.integer("page", page, 1, 1, 100_000),
                Params.integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }

    @GET
    @Path("mine")
    @Operation(operationId = "listMyDocumentHandlings", summary = "My documents: the incoming documents assigned to me (staff, admin), overdue first")
    public Page<HandlingLine> mine(
            @Parameter(schema = @Schema(implementation = HandlingState.class)) @QueryParam("state") HandlingState state,
            @Parameter(description = "true: only overdue; false: none overdue", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return service.mine(state, overdue == null ? null : Params.bool("overdue", overdue),
                Params.integer("page", page, 1, 1, 100_000), Params.integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }

    @GET
    @Path("candidate-handlers")
    @Operation(operationId = "listHandlerCandidates", summary = "The office users a document can be assigned to (staff, admin)")
    public List<CandidateDto> candidates() {
        return service.candidates();
    }
}
