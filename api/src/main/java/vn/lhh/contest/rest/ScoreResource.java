package vn.lhh.contest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.lhh.contest.dto.JudgingDtos.ReopenInput;
import vn.lhh.contest.dto.JudgingDtos.ScoreSheetDto;
import vn.lhh.contest.service.ScoringService;
import vn.lhh.contest.dto.JudgingDtos;

/** The office's hand on score sheets. */
@Path("/api/v1/contest-scores")
@Tag(name = JudgeResource.TAG, description = JudgeResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class ScoreResource {
    @Inject
    ScoringService service;

    @POST
    @Path("{id}/reopening")
    @Operation(operationId = "reopenContestScore", summary = "Reopen a submitted score sheet so its judge can correct it (staff, admin; If-Match on the sheet)",
            description = "Until the results are published (409 after). The sheet goes back to draft, without a total, with the reason recorded; "
                    + "it stops counting in the ranking until submitted again.")
    @APIResponse(responseCode = "200", description = "Reopened", content = @Content(schema = @Schema(implementation = ScoreSheetDto.class)))
    public Response reopen(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ReopenInput body) {
        return Responses.ok(service.reopen(id, ifMatch, body.reason()), ScoreSheetDto::version);
    }
}
