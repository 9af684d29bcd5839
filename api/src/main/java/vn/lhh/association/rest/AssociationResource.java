package vn.lhh.association.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.association.AssociationRepository;
import vn.lhh.association.AssociationStatus;
import vn.lhh.association.CongressStatus;
import vn.lhh.association.mapping.AssociationMapper;
import vn.lhh.association.service.AssociationExport;
import vn.lhh.association.service.AssociationService;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.association.dto.AssociationDetail;
import vn.lhh.association.dto.AssociationInput;
import vn.lhh.association.dto.AssociationSummary;

@Path("/api/v1/associations")
@Tag(name = "Associations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssociationResource {
    @Inject
    AssociationService service;
    @Inject
    AssociationMapper mapper;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listAssociations", summary = "List and search associations",
            description = "The public directory lists active associations; staff and admin see all. "
                    + "q is accent- and case-insensitive: 'hoi y hoc' finds 'Hội Y học'.")
    public Page<AssociationSummary> list(
            @Parameter(description = "Words to find in name, abbreviation or field, accents optional", example = "hoi y hoc")
            @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = AssociationStatus.class)) @QueryParam("status") AssociationStatus status,
            @Parameter(description = "Field (lĩnh vực), exact, case-insensitive", example = "Y tế") @QueryParam("field") String field,
            @Parameter(schema = @Schema(implementation = CongressStatus.class), description = "due: the current term ends within the window (default 6 months); overdue: ended with no congress held")
            @QueryParam("congressStatus") CongressStatus congressStatus,
            @Parameter(description = "Page number from 1", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") String size,
            @Parameter(description = PageRequest.CURSOR_DOC) @QueryParam("cursor") String cursor,
            @Parameter(description = "Comma list of name, field, memberCount, currentTermEnd, updatedAt; '-' for descending. Default: name", example = "-memberCount,name")
            @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, cursor, sort, "name", AssociationRepository.SORTABLE, "a.id");
        return service.list(Params.text("q", q, 200),
                        status,
                        Params.text("field", field, 200),
                        congressStatus, pr)
                .map(a -> mapper.toSummary(a, service.congressStatus(a)));
    }

    @GET
    @Path("export")
    @PermitAll
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportAssociations", summary = "Export the association list as XLSX or CSV",
            description = "The list's filters, sort and visibility (outside the union office only active associations), every page: "
                    + "one row per association with its current term and congress status. " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment, streamed)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(
            @Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
            @Parameter(description = "As in listAssociations", example = "hoi y hoc") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = AssociationStatus.class)) @QueryParam("status") AssociationStatus status,
            @Parameter(description = "Field (lĩnh vực), exact, case-insensitive", example = "Y tế") @QueryParam("field") String field,
            @Parameter(schema = @Schema(implementation = CongressStatus.class)) @QueryParam("congressStatus") CongressStatus congressStatus,
            @Parameter(description = "As in listAssociations", example = "-memberCount,name") @QueryParam("sort") String sort,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        PageRequest order = PageRequest.of(null, null, null, sort, "name", AssociationRepository.SORTABLE, "a.id");
        return Exports.response(AssociationExport.EXPORT, f, Messages.fromAcceptLanguage(language),
                service.export(Params.text("q", q, 200), status,
                        Params.text("field", field, 200), congressStatus, order));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getAssociation", summary = "Get an association with its terms, congresses and leadership")
    @APIResponse(responseCode = "200", description = "The association; ETag carries its version",
            content = @Content(schema = @Schema(implementation = AssociationDetail.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match matched)")
    public Response get(@PathParam("id") UUID id,
                        @Parameter(in = ParameterIn.HEADER, description = "An ETag from an earlier GET")
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        var a = service.get(id);
        return Responses.conditionalPerViewer(ifNoneMatch, a.version, () -> service.detail(a));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createAssociation", summary = "Create an association (staff, admin)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = AssociationDetail.class)))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe: the same key returns the first result")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Valid @NotNull AssociationInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "replaceAssociation", summary = "Replace an association's profile (staff, admin, its own officers)",
            description = "Needs If-Match with the current ETag. Officers cannot change the status.")
    @APIResponse(responseCode = "200", description = "Updated; new ETag set",
            content = @Content(schema = @Schema(implementation = AssociationDetail.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the version being replaced")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull AssociationInput body) {
        return Responses.ok(service.update(id, ifMatch, body), AssociationDetail::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteAssociation", summary = "Delete an association with no recorded history (staff, admin)",
            description = "Refused with 409 when terms are recorded: set the status to dissolved instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
