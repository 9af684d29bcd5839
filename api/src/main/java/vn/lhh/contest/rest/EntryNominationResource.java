package vn.lhh.contest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.contest.dto.JudgingDtos.EntryAwardDto;
import vn.lhh.contest.dto.JudgingDtos.NominationInput;
import vn.lhh.contest.service.AwardService;
import vn.lhh.contest.dto.JudgingDtos;

/** National nomination of an awarded entry (staff, admin). */
@Path("/api/v1/contest-entries/{id}/nomination")
@Tag(name = JudgeResource.TAG, description = JudgeResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class EntryNominationResource {
    @Inject
    AwardService service;

    @PUT
    @Operation(operationId = "setContestEntryNomination", summary = "Nominate an awarded entry for the national contest, or withdraw it (staff, admin; If-Match on the entry)",
            description = "awarded ↔ nominated; an entry without an award cannot be nominated (409). Allowed after publication too.")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the entry's version", content = @Content(schema = @Schema(implementation = EntryAwardDto.class)))
    public Response set(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull NominationInput body) {
        return Responses.ok(service.setNomination(id, ifMatch, body), EntryAwardDto::version);
    }
}
