package vn.lhh.me.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.association.service.AssociationService;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;

/** The caller as the API sees them: what the SPA shows and hides follows from this. */
@Path("/api/v1/me")
@Tag(name = "Account")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    @Inject
    CurrentUser user;
    @Inject
    AssociationService associations;

    @Schema(name = "Me")
    public record MeDto(
            @Schema(required = true, examples = "officer") String username,
            @Schema(required = true, examples = "[\"association-officer\"]") Set<String> roles,
            @Schema(required = true, description = "Associations the caller acts for as an officer") List<UUID> associationIds) {
    }

    @GET
    @Authenticated
    @Operation(operationId = "getMe", summary = "Who am I: username, roles and the associations I act for")
    public MeDto me() {
        List<UUID> mine = user.hasRole(Roles.ASSOCIATION_OFFICER) ? associations.associationsOfOfficer(user.username()) : List.of();
        return new MeDto(user.username(), user.roles(), mine);
    }
}
