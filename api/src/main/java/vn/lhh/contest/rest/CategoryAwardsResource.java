package vn.lhh.contest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.contest.dto.JudgingDtos.RankingDto;
import vn.lhh.contest.service.AwardService;
import vn.lhh.contest.dto.JudgingDtos;

/** Confirming a category's awards (staff, admin). */
@Path("/api/v1/contest-categories/{id}/awards")
@Tag(name = JudgeResource.TAG, description = JudgeResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class CategoryAwardsResource {
    @Inject
    AwardService service;

    @POST
    @Operation(operationId = "confirmContestAwards", summary = "Confirm the category's award proposal (staff, admin)",
            description = "Requires every ranked entry complete (409 naming the incomplete ones), not that judging has closed: the office may "
                    + "close early. Each ranked entry becomes awarded with its proposed award, or judged. Confirming again (before the results "
                    + "are published) replaces the category's awards and clears its nominations. " + RankingResource.RULES)
    @APIResponse(responseCode = "200", description = "Confirmed; the ranking with the awards", content = @Content(schema = @Schema(implementation = RankingDto.class)))
    public RankingDto confirm(@PathParam("id") UUID id) {
        return service.confirm(id);
    }
}
