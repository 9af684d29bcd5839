package vn.lhh.contest.rest;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.contest.ContestCoordinator;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.CoordinatorKind;
import vn.lhh.contest.mapping.ContestMapper;
import vn.lhh.contest.dto.ContestDtos.CoordinatorDto;
import vn.lhh.contest.dto.ContestDtos.CoordinatorInput;
import vn.lhh.contest.service.CoordinatorService;

/**
 * Contest coordinators: which school (school contact) or district (district coordinator) a
 * contest-coordinator account registers entries for. Kept by the office; each coordinator reads its own.
 */
@Path("/api/v1/contest-coordinators")
@Tag(name = EditionResource.TAG, description = EditionResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoordinatorResource {
    @Inject
    CoordinatorService service;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listContestCoordinators", summary = "List contest coordinators (staff, admin)",
            description = "q matches the name, account, school and district, accent- and case-insensitively.")
    public Page<CoordinatorDto> list(
            @Parameter(description = "Words of the name, account, school or district", example = "dang thai mai") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = CoordinatorKind.class)) @QueryParam("kind") CoordinatorKind kind,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") String active,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "fullName, username, district or updatedAt; '-' for descending. Default: fullName") @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, "fullName", ContestRepository.COORDINATOR_SORTABLE, "c.id");
        return service.list(new ContestRepository.CoordinatorFilter(Params.text("q", q, 200), kind,
                active == null ? null : Params.bool("active", active)), pr);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createContestCoordinator", summary = "Register a coordinator account for a school or a district (staff, admin)",
            description = "One record per account (409 otherwise). A school contact needs a school; its entries take the school and district from here.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = CoordinatorDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull CoordinatorInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getContestCoordinator", summary = "Get a coordinator record (staff, admin)")
    @APIResponse(responseCode = "200", description = "The record; ETag carries its version", content = @Content(schema = @Schema(implementation = CoordinatorDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ContestCoordinator c = service.get(id);
        return Responses.conditional(ifNoneMatch, c.version, () -> ContestMapper.coordinator(c));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceContestCoordinator", summary = "Edit a coordinator record (staff, admin; If-Match)",
            description = "A new school or district applies to entries registered from then on; active=false stops the account from registering and editing.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = CoordinatorDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull CoordinatorInput body) {
        return Responses.ok(service.update(id, ifMatch, body), CoordinatorDto::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteContestCoordinator", summary = "Delete a coordinator record (staff, admin; If-Match); its entries stay")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
