package vn.lhh.contest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.contest.dto.JudgingDtos.JudgeDto;
import vn.lhh.contest.dto.JudgingDtos.JudgeInput;
import vn.lhh.contest.service.JudgeService;

/** The judges of an edition (staff, admin). */
@Path("/api/v1/contest-editions/{id}/judges")
@Tag(name = JudgeResource.TAG, description = JudgeResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class EditionJudgesResource {
    @Inject
    JudgeService service;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listContestJudges", summary = "List an edition's judges by name (staff, admin)")
    public Page<JudgeDto> list(@PathParam("id") UUID id,
                               @Parameter(description = "Page number from 1") @QueryParam("page") String page,
                               @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size) {
        return service.list(id, Params.integer("page", page, 1, 1, 100_000), Params.integer("size", size, 20, 1, 100));
    }

    @POST
    @Operation(operationId = "createContestJudge", summary = "Add a judge to an edition (staff, admin)",
            description = "An expert of the network (expertId: name, affiliation and account default to the profile) or an external person. "
                    + "username is the account that scores (role judge or expert); one judge per account and per expert in an edition (409).")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = JudgeDto.class)))
    public Response create(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull JudgeInput body) {
        return idempotency.created(idempotencyKey, uri, "api/v1/contest-judges", body, () -> service.create(id, body));
    }
}
