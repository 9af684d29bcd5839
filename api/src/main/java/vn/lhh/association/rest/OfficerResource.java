package vn.lhh.association.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.association.service.OfficerService;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.association.dto.OfficerDto;

/** Who acts for an association: the data behind the association-officer role's object-level checks. */
@Path("/api/v1/associations/{associationId}/officers")
@Tag(name = "Associations")
@Produces(MediaType.APPLICATION_JSON)
public class OfficerResource {
    @Inject
    OfficerService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "listAssociationOfficers", summary = "List the users who act for an association (staff, admin, its own officers)")
    public List<OfficerDto> list(@PathParam("associationId") UUID associationId) {
        return service.list(associationId);
    }

    @PUT
    @Path("{username}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "assignAssociationOfficer", summary = "Make a user an officer of an association (admin)",
            description = "Idempotent. The user also needs the association-officer realm role in Keycloak.")
    @APIResponse(responseCode = "201", description = "Assigned")
    @APIResponse(responseCode = "204", description = "Was already assigned")
    public Response assign(@PathParam("associationId") UUID associationId, @PathParam("username") String username) {
        boolean added = service.assign(associationId, username);
        return added ? Response.status(Response.Status.CREATED).build() : Response.noContent().build();
    }

    @DELETE
    @Path("{username}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "removeAssociationOfficer", summary = "Stop a user acting for an association (admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("associationId") UUID associationId, @PathParam("username") String username) {
        service.remove(associationId, username);
        return Response.noContent().build();
    }
}
