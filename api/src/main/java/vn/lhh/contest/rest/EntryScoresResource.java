package vn.lhh.contest.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.contest.rest.JudgingDtos.*;
import vn.lhh.contest.service.*;
/** Every judge's sheet for an entry, for the office (the judges' names included: the office is not blind). */
@Path("/api/v1/contest-entries/{id}/scores")
@Tag(name = "Contest judging")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class EntryScoresResource {
    @Inject
    ScoringService service;

    @GET
    @Operation(operationId = "listContestEntryScores", summary = "The score sheets of an entry, drafts included, with the rubric (staff, admin)")
    public EntryScoresDto list(@PathParam("id") String id) {
        return service.entryScores(Params.uuid("id", id));
    }
}
