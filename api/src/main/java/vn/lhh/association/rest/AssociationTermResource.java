package vn.lhh.association.rest;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.association.AssociationTerm;
import vn.lhh.association.mapping.AssociationMapper;
import vn.lhh.association.service.AssociationStructureService;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.security.Roles;
import vn.lhh.association.dto.TermDto;
import vn.lhh.association.dto.TermInput;

/** Terms (nhiệm kỳ) of an association. Writes: staff, admin and the association's own officers. */
@Path("/api/v1/associations/{associationId}/terms")
@Tag(name = "Associations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssociationTermResource {
    @Inject
    AssociationStructureService service;
    @Inject
    AssociationMapper mapper;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listTerms", summary = "List the terms of an association")
    public List<TermDto> list(@PathParam("associationId") UUID associationId) {
        return service.terms(associationId);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getTerm", summary = "Get one term of an association")
    @APIResponse(responseCode = "200", description = "The term; ETag carries its version",
            content = @Content(schema = @Schema(implementation = TermDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response get(@PathParam("associationId") UUID associationId, @PathParam("id") UUID id,
                        @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AssociationTerm part = service.get(AssociationTerm.class, associationId, id,
                AssociationStructureService.TERM);
        return Responses.conditional(ifNoneMatch, part.version, () -> mapper.toDto(part));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "createTerm", summary = "Record a term of an association")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = TermDto.class)))
    public Response create(@PathParam("associationId") UUID associationId,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe: the same key returns the first result")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull TermInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.addTerm(associationId, body));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "replaceTerm", summary = "Replace a term of an association (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated; new ETag set",
            content = @Content(schema = @Schema(implementation = TermDto.class)))
    public Response replace(@PathParam("associationId") UUID associationId, @PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull TermInput body) {
        return Responses.ok(service.updateTerm(associationId, id, ifMatch, body), TermDto::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "deleteTerm", summary = "Delete a term of an association (If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("associationId") UUID associationId, @PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteTerm(associationId, id, ifMatch);
        return Response.noContent().build();
    }
}
