package vn.lhh.contest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.contest.dto.JudgingDtos.RankingDto;
import vn.lhh.contest.service.Normalisation;
import vn.lhh.contest.service.RankingService;
import vn.lhh.contest.dto.JudgingDtos;

/** A category's ranking and award proposal (staff, admin). */
@Path("/api/v1/contest-categories/{id}/ranking")
@Tag(name = JudgeResource.TAG, description = JudgeResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class RankingResource {
    static final String RULES = "Normalisation, per judge within the category: μ_j and σ_j are the mean and POPULATION standard deviation of "
            + "judge j's submitted totals there; z = (total − μ_j) / σ_j, and z = 0 for all of a judge's totals when they have fewer than 2 or σ_j = 0. "
            + "normalisedScore = mean of the entry's judges' z (6 decimals); rawScore = mean of their totals (3 decimals). Only submitted sheets of "
            + "judges who score the entry now count. Ranked: entries in judging with at least one such sheet. Order: normalisedScore desc, then "
            + "rawScore desc; still equal → the same rank (1, 2, 2, 4), listed by entry number. Proposal: with cumulative quotas "
            + "Q1 = first, Q2 = Q1 + second, Q3 = Q2 + third, Q4 = Q3 + consolation, rank r gets the first award whose cumulative quota ≥ r "
            + "(tied entries share an award even beyond its quota); none beyond Q4. complete: every judge who scores the entry has submitted.";

    @Inject
    RankingService service;

    @GET
    @Operation(operationId = "getContestRanking", summary = "The category's ranking with normalised and raw scores and the award proposal (staff, admin)",
            description = RULES)
    public RankingDto get(@PathParam("id") UUID id) {
        return service.ranking(id);
    }
}
