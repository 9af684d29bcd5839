package vn.lhh.expert.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.security.Roles;
import vn.lhh.expert.dto.ExpertDtos.FieldDto;
import vn.lhh.expert.dto.ExpertDtos.FieldInput;
import vn.lhh.expert.dto.ExpertDtos.Vocabulary;
import vn.lhh.expert.service.ExpertVocabularyService;
import vn.lhh.expert.dto.ExpertDtos;

/** Fields of expertise (managed by the office) and titles and degrees. */
@Path("/api/v1/expertise-fields")
@Tag(name = "Experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpertVocabularyResource {
    @Inject
    ExpertVocabularyService service;
    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "getExpertVocabulary", summary = "Fields of expertise (with their expert counts) and titles and degrees")
    public Vocabulary list() {
        return service.vocabulary();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createExpertiseField", summary = "Add a field of expertise (staff, admin)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = FieldDto.class)))
    public Response create(@Valid @NotNull FieldInput body) {
        FieldDto f = service.createField(body);
        return Responses.created(uri.getAbsolutePathBuilder().path(f.code()).build(), f, f.version());
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceExpertiseField", summary = "Rename a field of expertise (staff, admin; If-Match: the version from the list)")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = FieldDto.class)))
    public Response replace(@PathParam("code") String code,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull FieldInput body) {
        return Responses.ok(service.updateField(code, ifMatch, body), FieldDto::version);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteExpertiseField", summary = "Delete a field no profile or consultation uses (staff, admin; If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("code") String code,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteField(code, ifMatch);
        return Response.noContent().build();
    }
}
