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
import vn.lhh.contest.dto.JudgingDtos.EntryScoresDto;
import vn.lhh.contest.service.ScoringService;
import vn.lhh.contest.dto.JudgingDtos;

/** Every judge's sheet for an entry, for the office (the judges' names included: the office is not blind). */
@Path("/api/v1/contest-entries/{id}/scores")
@Tag(name = JudgeResource.TAG, description = JudgeResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class EntryScoresResource {
    @Inject
    ScoringService service;

    @GET
    @Operation(operationId = "listContestEntryScores", summary = "The score sheets of an entry, drafts included, with the rubric (staff, admin)")
    public EntryScoresDto list(@PathParam("id") UUID id) {
        return service.entryScores(id);
    }
}
