package vn.lhh.contest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.security.Roles;
import vn.lhh.contest.mapping.ContestMapper;
import vn.lhh.contest.dto.ContestDtos.CoordinatorDto;
import vn.lhh.contest.service.CoordinatorService;
import vn.lhh.contest.dto.ContestDtos;

/**
 * The signed-in coordinator's own record. A class of its own: under /api/v1/me the account resource
 * would otherwise take the request (JAX-RS matches the longest class path first).
 */
@Path("/api/v1/me/contest-coordinator")
@Tag(name = EditionResource.TAG, description = EditionResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class MyCoordinatorResource {
    @Inject
    CoordinatorService service;

    @GET
    @RolesAllowed(Roles.CONTEST_COORDINATOR)
    @Operation(operationId = "getMyContestCoordinator", summary = "The caller's own coordinator record (role contest-coordinator; 404 until the office registers it)",
            description = "Tells a coordinator for which school or district it registers entries, and whether it is active.")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(schema = @Schema(implementation = CoordinatorDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "The office has not registered the caller as a coordinator yet")
    public CoordinatorDto mine() {
        return ContestMapper.coordinator(service.mine());
    }
}
