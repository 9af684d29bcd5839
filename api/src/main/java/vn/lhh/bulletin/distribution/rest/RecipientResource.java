package vn.lhh.bulletin.distribution.rest;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.bulletin.distribution.DistributionRecipient;
import vn.lhh.bulletin.distribution.DistributionRepository;
import vn.lhh.bulletin.distribution.RecipientKind;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.RecipientDto;
import vn.lhh.bulletin.distribution.dto.DistributionDtos.RecipientInput;
import vn.lhh.bulletin.distribution.service.RecipientService;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.web.Params;

/** The recipients of the bulletin's free distribution (union office only). */
@Path("/api/v1/distribution-recipients")
@Tag(name = "Distribution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecipientResource {
    @Inject
    RecipientService service;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listDistributionRecipients", summary = "List the bulletin's recipients (staff, admin)",
            description = "q is accent- and case-insensitive over the name, district and address ('nghi loc' finds 'Nghi Lộc').")
    public Page<RecipientDto> list(
            @Parameter(description = "Words of the name, district or address, accents optional", example = "nghi phong") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = RecipientKind.class)) @QueryParam("kind") RecipientKind kind,
            @Parameter(description = "The whole district name, accents and case aside", example = "Nghi Lộc") @QueryParam("district") String district,
            @Parameter(description = "true: active only; false: inactive only; absent: both", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "name, district, kind, copies or updatedAt; '-' for descending. Default: district,name") @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, "district,name", DistributionRepository.RECIPIENT_SORTABLE, "r.id");
        String d = SearchText.normalize(Params.text("district", district, 200));
        var filter = new DistributionRepository.RecipientFilter(Params.text("q", q, 200), kind,
                d.isEmpty() ? null : d, active == null ? null : Params.bool("active", active));
        return service.list(filter, pr);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createDistributionRecipient", summary = "Add a recipient (staff, admin); communes, wards and towns need their district")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = RecipientDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull RecipientInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getDistributionRecipient", summary = "Get a recipient (staff, admin)")
    @APIResponse(responseCode = "200", description = "The recipient; ETag carries its version", content = @Content(schema = @Schema(implementation = RecipientDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        DistributionRecipient r = service.get(id);
        return Responses.conditional(ifNoneMatch, r.version, () -> service.detail(r));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceDistributionRecipient", summary = "Edit a recipient, or deactivate it with active=false (staff, admin; If-Match)",
            description = "Records already made keep the recipient's details as they were when the copies went out.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = RecipientDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull RecipientInput body) {
        return Responses.ok(service.update(id, ifMatch, body), RecipientDto::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteDistributionRecipient", summary = "Delete a recipient nothing was sent to (staff, admin; If-Match)",
            description = "It is taken off the lists that hold it. Refused with 409 once records name it: deactivate it (active=false) instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
