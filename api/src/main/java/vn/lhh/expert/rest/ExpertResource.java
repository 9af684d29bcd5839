package vn.lhh.expert.rest;

import java.util.UUID;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.i18n.Messages;
import vn.lhh.expert.service.ExpertExport;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.expert.Availability;
import vn.lhh.expert.Expert;
import vn.lhh.expert.ExpertRepository;
import vn.lhh.expert.Membership;
import vn.lhh.expert.dto.ExpertDtos.ExpertDto;
import vn.lhh.expert.dto.ExpertDtos.ExpertInput;
import vn.lhh.expert.dto.ExpertDtos.SearchPage;
import vn.lhh.expert.service.ExpertService;

/** The expert network directory and profiles. */
@Path("/api/v1/experts")
@Tag(name = "Experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpertResource {
    @Inject
    ExpertService service;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "searchExperts", summary = "Search the expert network, with facets",
            description = "Accent- and case-insensitive: every word must be a word of the name, qualifications, fields, keywords, position or "
                    + "organisation, the last one possibly cut short (still being typed), so 'nguyen van hung' and 'nguyen van hun' find 'Nguyễn Văn Hùng'. When nothing has every word, the words are "
                    + "taken as a name with a typo ('nguyen van hugn') and matched by similarity; the page then says approximate=true. "
                    + "Each caller sees only the profiles and fields allowed to them. Ranked by relevance (the exact name, then names starting "
                    + "with the words, then names containing them, then other matches; by similarity when approximate), then by name and id, "
                    + "so the order is stable. Facets count all hits, and so total is always exact here. Opt-in keyset paging: pass nextCursor back as cursor.")
    public SearchPage search(
            @Parameter(description = "Words to find, accents optional", example = "nguyen van hung") @QueryParam("q") String q,
            @Parameter(description = "Field of expertise code", example = "thuy-loi") @QueryParam("field") String field,
            @Parameter(description = "Title or degree code", example = "TS") @QueryParam("qualification") String qualification,
            @Parameter(description = "Member association id") @QueryParam("associationId") UUID associationId,
            @Parameter(schema = @Schema(implementation = Availability.class)) @QueryParam("availability") Availability availability,
            @Parameter(schema = @Schema(implementation = Membership.class), description = "proposed: profiles waiting for the office")
            @QueryParam("membership") Membership membership,
            @Parameter(schema = @Schema(enumeration = {"relevance", "name"}), description = "Default relevance when q is given, else name")
            @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 1", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") String size,
            @Parameter(description = vn.lhh.common.paging.PageRequest.CURSOR_DOC) @QueryParam("cursor") String cursor) {
        if (cursor != null && !cursor.isEmpty() && page != null && !page.isEmpty()) {
            throw ProblemException.invalidField("page", "validation.cursor-or-page");
        }
        if (sort != null && !sort.equals("relevance") && !sort.equals("name")) {
            throw ProblemException.invalidField("sort", "validation.one-of", "relevance, name");
        }
        var filter = new ExpertRepository.Filter(Params.text("q", q, 200), Params.text("field", field, 60),
                Params.text("qualification", qualification, 20), associationId,
                availability, membership,
                "name".equals(sort));
        return service.search(filter, Params.integer("page", page, 1, 1, 100_000), Params.integer("size", size, 20, 1, 100),
                cursor == null || cursor.isEmpty() ? null : cursor);
    }

    @GET
    @Path("export")
    @PermitAll
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportExperts", summary = "Export the expert search as XLSX or CSV",
            description = "The search's filters, order and audience, every page: the office gets every profile, others only the profiles "
                    + "and fields visible to them (as searchExperts). " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment, streamed)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(
            @Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
            @Parameter(description = "As in searchExperts", example = "nguyen van hung") @QueryParam("q") String q,
            @Parameter(description = "Field of expertise code", example = "thuy-loi") @QueryParam("field") String field,
            @Parameter(description = "Title or degree code", example = "TS") @QueryParam("qualification") String qualification,
            @Parameter(description = "Member association id") @QueryParam("associationId") UUID associationId,
            @Parameter(schema = @Schema(implementation = Availability.class)) @QueryParam("availability") Availability availability,
            @Parameter(schema = @Schema(implementation = Membership.class)) @QueryParam("membership") Membership membership,
            @Parameter(schema = @Schema(enumeration = {"relevance", "name"}), description = "Default relevance when q is given, else name")
            @QueryParam("sort") String sort,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        if (sort != null && !sort.equals("relevance") && !sort.equals("name")) {
            throw ProblemException.invalidField("sort", "validation.one-of", "relevance, name");
        }
        var filter = new ExpertRepository.Filter(Params.text("q", q, 200), Params.text("field", field, 60),
                Params.text("qualification", qualification, 20), associationId,
                availability, membership,
                "name".equals(sort));
        return Exports.response(ExpertExport.EXPORT, f, Messages.fromAcceptLanguage(language), service.export(filter));
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.EXPERT)
    @Operation(operationId = "getMyExpertProfile", summary = "The calling expert's own profile")
    @APIResponse(responseCode = "200", description = "The profile; ETag carries its version", content = @Content(schema = @Schema(implementation = ExpertDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "The account is not linked to a profile yet")
    public Response mine() {
        Expert e = service.mine();
        return Responses.ok(service.detail(e), e.version);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getExpert", summary = "Get a profile, with the fields the caller may see")
    @APIResponse(responseCode = "200", description = "The profile; ETag carries its version", content = @Content(schema = @Schema(implementation = ExpertDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Expert e = service.get(id);
        return Responses.conditionalPerViewer(ifNoneMatch, e.version, () -> service.detail(e));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "createExpert", summary = "Add an expert (staff, admin) or propose one of your association (officer)",
            description = "An officer's profile is 'proposed' until the office accepts it; it must name only the officer's associations.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = ExpertDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull ExpertInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER, Roles.EXPERT})
    @Operation(operationId = "replaceExpert", summary = "Replace a profile (staff, admin, the expert themself, the proposing officer until accepted)",
            description = "Needs If-Match. Only staff and admin link the profile to an account (username).")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ExpertDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ExpertInput body) {
        return Responses.ok(service.update(id, ifMatch, body), ExpertDto::version);
    }

    @PUT
    @Path("{id}/associations/{associationId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "addExpertToAssociation", summary = "Add the expert to an association (staff, admin, that association's officers; If-Match)",
            description = "Membership is granted by the association's officers or the union office, never claimed by the expert (an expert's "
                    + "own edit keeps their associations). Adding a member again changes nothing.")
    @APIResponse(responseCode = "200", description = "The expert is a member", content = @Content(schema = @Schema(implementation = ExpertDto.class)))
    public Response addToAssociation(@PathParam("id") UUID id, @PathParam("associationId") UUID associationId,
                                     @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.setMembership(id, associationId, ifMatch, true), ExpertDto::version);
    }

    @DELETE
    @Path("{id}/associations/{associationId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "removeExpertFromAssociation", summary = "Remove the expert from an association (staff, admin, that association's officers; If-Match)",
            description = "Removing a non-member changes nothing.")
    @APIResponse(responseCode = "200", description = "The expert is not a member", content = @Content(schema = @Schema(implementation = ExpertDto.class)))
    public Response removeFromAssociation(@PathParam("id") UUID id, @PathParam("associationId") UUID associationId,
                                          @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.setMembership(id, associationId, ifMatch, false), ExpertDto::version);
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "acceptExpert", summary = "Accept a proposed expert into the network (staff, admin; If-Match)")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = ExpertDto.class)))
    public Response accept(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(service.accept(id, ifMatch), ExpertDto::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER})
    @Operation(operationId = "deleteExpert", summary = "Delete a profile with no consultation history (staff, admin; an officer their own proposal)",
            description = "Refused with 409 once the expert took part in a consultation: set availability to retired instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
