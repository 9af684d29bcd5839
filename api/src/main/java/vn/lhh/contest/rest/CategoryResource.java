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
import vn.lhh.contest.ContestCategory;
import vn.lhh.contest.dto.ContestDtos.CategoryDto;
import vn.lhh.contest.dto.ContestDtos.CategoryInput;
import vn.lhh.contest.dto.ContestDtos.RubricInput;
import vn.lhh.contest.service.CategoryService;
import vn.lhh.contest.dto.ContestDtos;

/** A category of an edition and its rubric (the criteria judges score). Created under its edition. */
@Path("/api/v1/contest-categories")
@Tag(name = EditionResource.TAG, description = EditionResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {
    @Inject
    CategoryService service;

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getContestCategory", summary = "Get a category with its rubric (published edition: everyone; draft: staff, admin)")
    @APIResponse(responseCode = "200", description = "The category; ETag carries its version (which also covers its rubric)",
            content = @Content(schema = @Schema(implementation = CategoryDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ContestCategory c = service.get(id);
        return Responses.conditional(ifNoneMatch, c.version, () -> service.dto(c));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceContestCategory", summary = "Edit a category's code, name, description and position (staff, admin; If-Match)")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = CategoryDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull CategoryInput body) {
        return Responses.ok(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteContestCategory", summary = "Delete a category without entries, with its rubric (staff, admin; If-Match; 409 when it has entries)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/rubric")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "putContestRubric", summary = "Replace a category's rubric as a whole (staff, admin; If-Match on the category)",
            description = "Criteria in order, each with a weight (0 < w ≤ 1000), a highest score (1–100) and optional level descriptions (each score at "
                    + "most maxScore, no score twice). A judge's total is 100 × Σ(wᵢ·sᵢ/maxᵢ)/Σwᵢ. Frozen (409) once any judge has a score sheet "
                    + "in the category: totals already given would change.")
    @APIResponse(responseCode = "200", description = "Replaced; the category's version moves",
            content = @Content(schema = @Schema(implementation = CategoryDto.class)))
    public Response putRubric(@PathParam("id") UUID id,
                              @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid @NotNull RubricInput body) {
        return Responses.ok(service.putRubric(id, ifMatch, body));
    }
}
