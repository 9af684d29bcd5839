package vn.lhh.contest.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.contest.dto.JudgingDtos.AssignmentsDto;
import vn.lhh.contest.dto.JudgingDtos.JudgeDto;
import vn.lhh.contest.dto.JudgingDtos.JudgeInput;
import vn.lhh.contest.dto.JudgingDtos.RelationDto;
import vn.lhh.contest.dto.JudgingDtos.RelationInput;
import vn.lhh.contest.service.JudgeService;
import vn.lhh.contest.dto.JudgingDtos;

/**
 * A judge of an edition, their declared relations and assignments (staff, admin). Assignment changes are
 * set-membership PUT/DELETE without If-Match, like an association's officers: they are idempotent and
 * carry no data that a concurrent writer could overwrite; they do bump the judge's version.
 */
@Path("/api/v1/contest-judges")
@Tag(name = JudgeResource.TAG, description = JudgeResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class JudgeResource {
    public static final String TAG = "Contest judging";
    public static final String TAG_DESCRIPTION = "Judging of the creativity contest: judges and their conflicts of interest, assignments, "
            + "blind score sheets, progress, normalised ranking and awards";
    static final String CONFLICT_RULE = "Conflict of interest: the entry's school, an author's school or the supervisor's school equals one of the "
            + "judge's schools (accent- and case-insensitive), or the judge declared a relation with the entry.";

    @Inject
    JudgeService service;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Operation(operationId = "getContestJudge", summary = "Get a judge with assigned categories and entries and declared relations (staff, admin)")
    @APIResponse(responseCode = "200", description = "The judge; ETag carries its version", content = @Content(schema = @Schema(implementation = JudgeDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        var j = service.get(id);
        return Responses.conditional(ifNoneMatch, j.version, () -> service.detail(j));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceContestJudge", summary = "Edit a judge (staff, admin; If-Match)",
            description = "Changing the judge's schools changes their conflicts at once: newly conflicting entries leave the judge's set "
                    + "and their sheets stop counting. " + CONFLICT_RULE)
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = JudgeDto.class)))
    public Response replace(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull JudgeInput body) {
        return Responses.ok(service.update(id, ifMatch, body), JudgeDto::version);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteContestJudge", summary = "Remove a judge without score sheets (staff, admin; If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/relations")
    @Operation(operationId = "declareContestJudgeRelation", summary = "Declare a relation between the judge and an entry (a conflict of interest)",
            description = "The entry leaves the judge's set at once; an assignment of that entry one by one is removed and the judge's score "
                    + "sheet for it, even a submitted one, is discarded.")
    @APIResponse(responseCode = "201", description = "Declared", content = @Content(schema = @Schema(implementation = RelationDto.class)))
    public Response declare(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                            @Valid @NotNull RelationInput body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            RelationDto created = service.addRelation(id, body);
            return Responses.created(uri, created.id(), created);
        });
    }

    @DELETE
    @Path("{id}/relations/{relationId}")
    @Operation(operationId = "deleteContestJudgeRelation", summary = "Withdraw a declared relation (staff, admin)",
            description = "A relation is never edited, only declared or withdrawn, so no If-Match. A discarded score sheet does not come back.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response deleteRelation(@PathParam("id") UUID id, @PathParam("relationId") UUID relationId) {
        service.deleteRelation(id, relationId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/categories/{categoryId}")
    @Operation(operationId = "assignContestJudgeCategory", summary = "Assign the judge to a whole category (staff, admin)",
            description = "The judge scores every entry in judging (eligible, judged, awarded, nominated) of the category, now and later, "
                    + "less the conflicting ones, which are listed in excluded with their reason. " + CONFLICT_RULE)
    @APIResponse(responseCode = "200", description = "The judge's assignments", content = @Content(schema = @Schema(implementation = AssignmentsDto.class)))
    public AssignmentsDto assignCategory(@PathParam("id") UUID id, @PathParam("categoryId") UUID categoryId) {
        return service.assignCategory(id, categoryId);
    }

    @DELETE
    @Path("{id}/categories/{categoryId}")
    @Operation(operationId = "unassignContestJudgeCategory", summary = "Remove a category assignment (staff, admin); the judge's sheets there stop counting")
    @APIResponse(responseCode = "200", description = "The judge's assignments", content = @Content(schema = @Schema(implementation = AssignmentsDto.class)))
    public AssignmentsDto unassignCategory(@PathParam("id") UUID id, @PathParam("categoryId") UUID categoryId) {
        return service.unassignCategory(id, categoryId);
    }

    @PUT
    @Path("{id}/entries/{entryId}")
    @Operation(operationId = "assignContestJudgeEntry", summary = "Assign the judge to one entry (staff, admin)",
            description = "Refused with 409 when the judge has a conflict of interest with the entry, naming the reason. " + CONFLICT_RULE
                    + " The judge scores it once it is in judging.")
    @APIResponse(responseCode = "200", description = "The judge's assignments", content = @Content(schema = @Schema(implementation = AssignmentsDto.class)))
    public AssignmentsDto assignEntry(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
        return service.assignEntry(id, entryId);
    }

    @DELETE
    @Path("{id}/entries/{entryId}")
    @Operation(operationId = "unassignContestJudgeEntry", summary = "Remove an entry assignment (staff, admin)")
    @APIResponse(responseCode = "200", description = "The judge's assignments", content = @Content(schema = @Schema(implementation = AssignmentsDto.class)))
    public AssignmentsDto unassignEntry(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
        return service.unassignEntry(id, entryId);
    }

    @GET
    @Path("{id}/assignments")
    @Operation(operationId = "getContestJudgeAssignments", summary = "What the judge scores: the effective entries with score status, and the excluded conflicts with reasons")
    @APIResponse(responseCode = "200", description = "The judge's assignments", content = @Content(schema = @Schema(implementation = AssignmentsDto.class)))
    public AssignmentsDto assignments(@PathParam("id") UUID id) {
        return service.assignments(id);
    }
}
