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
import vn.lhh.contest.dto.JudgingDtos.ProgressDto;
import vn.lhh.contest.service.ScoringService;
import vn.lhh.contest.dto.JudgingDtos;

/** Who has not finished scoring (staff, admin). */
@Path("/api/v1/contest-editions/{id}/judging-progress")
@Tag(name = JudgeResource.TAG, description = JudgeResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class JudgingProgressResource {
    @Inject
    ScoringService service;

    @GET
    @Operation(operationId = "getContestJudgingProgress", summary = "Judging progress: per judge and per category, sheets assigned, submitted, in draft and missing (staff, admin)")
    public ProgressDto get(@PathParam("id") UUID id) {
        return service.progress(id);
    }
}
