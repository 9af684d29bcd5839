package vn.lhh.calendar.rest;

import java.time.LocalDate;
import java.util.UUID;
import vn.lhh.calendar.service.CalendarExport;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.export.ExportFormat;
import vn.lhh.common.export.Exports;
import vn.lhh.common.i18n.Messages;
import io.vertx.core.http.HttpServerRequest;
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
import vn.lhh.calendar.CalendarEvent;
import vn.lhh.calendar.EventKind;
import vn.lhh.calendar.dto.CalendarDtos.EventDto;
import vn.lhh.calendar.dto.CalendarDtos.EventInput;
import vn.lhh.calendar.dto.CalendarDtos.ConfirmationInput;
import vn.lhh.calendar.dto.CalendarDtos.RegistrationAccepted;
import vn.lhh.calendar.dto.CalendarDtos.RegistrationDto;
import vn.lhh.calendar.dto.CalendarDtos.RegistrationInput;
import vn.lhh.calendar.service.CalendarService;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.Problems;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;

/**
 * The union's calendar (lịch họp, lịch công tác, hội thảo khoa học). Everyone reads what they may see
 * (see Visibility); the office writes. A person booked in two overlapping events is flagged in
 * {@code conflicts}, never refused.
 */
@Path("/api/v1/calendar/events")
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarEventResource {
    @Inject
    CalendarService service;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listCalendarEvents", summary = "Events overlapping a range of days (everyone sees what their visibility allows)",
            description = "from and to are days in Asia/Ho_Chi_Minh, both included, at most " + CalendarService.MAX_RANGE_DAYS + " days apart "
                    + "(a week or a month view). Anonymous callers and partners see events of visibility 'everyone'; signed-in members also "
                    + "'members'; the office everything; whoever takes part (chairperson, participant, officer of a participating association) "
                    + "sees the event whatever its visibility. Earliest first; each event carries its conflicts.")
    public Page<EventDto> list(
            @Parameter(required = true, description = "First day, YYYY-MM-DD (Asia/Ho_Chi_Minh)", example = "2026-11-30") @QueryParam("from") LocalDate from,
            @Parameter(required = true, description = "Last day, YYYY-MM-DD, included", example = "2026-12-06") @QueryParam("to") LocalDate to,
            @Parameter(schema = @Schema(implementation = EventKind.class)) @QueryParam("kind") EventKind kind,
            @Parameter(description = "true: only events the caller takes part in (signed in)", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("mine") String mine,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 200)") @QueryParam("size") String size) {
        return service.list(from, to, kind,
                Params.bool("mine", mine), Params.integer("page", page, 1, 1, 100_000), Params.integer("size", size, 200, 1, 200));
    }

    @GET
    @Path("export")
    @PermitAll
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportCalendarEvents", summary = "Export the events of a range of days as XLSX or CSV",
            description = "The range, filters and visibility of listCalendarEvents, every page; times in Asia/Ho_Chi_Minh. " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment, streamed)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(
            @Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
            @Parameter(required = true, description = "First day, YYYY-MM-DD (Asia/Ho_Chi_Minh)", example = "2026-11-30") @QueryParam("from") LocalDate from,
            @Parameter(required = true, description = "Last day, YYYY-MM-DD, included", example = "2026-12-06") @QueryParam("to") LocalDate to,
            @Parameter(schema = @Schema(implementation = EventKind.class)) @QueryParam("kind") EventKind kind,
            @Parameter(description = "true: only events the caller takes part in (signed in)", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("mine") String mine,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        return Exports.response(CalendarExport.EXPORT, f, Messages.fromAcceptLanguage(language),
                service.export(from, to, kind,
                        Params.bool("mine", mine)));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "createCalendarEvent", summary = "Put a meeting, work item or workshop on the calendar (staff, admin)",
            description = "A double booking is accepted and flagged in the answer's conflicts.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = EventDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull EventInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getCalendarEvent", summary = "Get an event (if the caller may see it; otherwise 404)",
            description = "Always a full answer, never 304: the registration count and the conflicts change without the event's version.")
    @APIResponse(responseCode = "200", description = "The event; ETag carries its version (for If-Match)", content = @Content(schema = @Schema(implementation = EventDto.class)))
    public Response get(@PathParam("id") UUID id) {
        CalendarEvent e = service.get(id);
        return Responses.ok(service.detail(e), e.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "replaceCalendarEvent", summary = "Change an event (staff, admin; If-Match)")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = EventDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull EventInput body) {
        return Responses.ok(service.update(id, ifMatch, body), EventDto::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "deleteCalendarEvent", summary = "Take an event off the calendar, with its registrations (staff, admin; If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/registrations")
    @PermitAll
    @Operation(operationId = "registerForCalendarEvent", summary = "Register for a workshop (anyone who may see it, signed in or not; double opt-in)",
            description = "Always 202 with the same message, whether the address is new, pending or already registered: a confirmation link, "
                    + "valid for lhh.calendar.registration.confirm-ttl, is mailed to a new or pending address, and the registration holds a "
                    + "seat only once confirmed (confirmCalendarRegistration). Refused with 409 when registration is not open or the workshop "
                    + "is full, with 409 (type deadline) after registration closes; limited per client and per address (429 with Retry-After). "
                    + "Repeating it is harmless (a new link replaces the old), so no Idempotency-Key is needed.")
    @APIResponse(responseCode = "202", description = "Accepted (the same answer for every address)",
            content = @Content(schema = @Schema(implementation = RegistrationAccepted.class)))
    public Response register(@PathParam("id") UUID id, @Context HttpServerRequest request, @Valid @NotNull RegistrationInput body) {
        service.register(id, body, clientAddress(request));
        return Response.accepted(new RegistrationAccepted(service.registrationAcceptedMessage(Problems.locale(request)))).build();
    }

    @POST
    @Path("registration-confirmations")
    @PermitAll
    @Operation(operationId = "confirmCalendarRegistration", summary = "Confirm a workshop registration with the secret of its confirmation link (anyone)",
            description = "The registration takes a seat if one is left (409 when the workshop is full or registration has closed meanwhile). "
                    + "404 for an unknown, replaced or already used link; 409 (type deadline) for an expired one.")
    @APIResponse(responseCode = "200", description = "Confirmed: the registration, for its registrant",
            content = @Content(schema = @Schema(implementation = RegistrationDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such link")
    public RegistrationDto confirmRegistration(@Valid @NotNull ConfirmationInput body) {
        return service.confirmRegistration(body.token());
    }

    private static String clientAddress(HttpServerRequest request) {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    @GET
    @Path("{id}/registrations")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listCalendarEventRegistrations", summary = "The registrants of a workshop, in order of registration (staff, admin)")
    public Page<RegistrationDto> registrations(@PathParam("id") UUID id,
                                               @Parameter(description = "Page number from 1") @QueryParam("page") String page,
                                               @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size) {
        return service.registrations(id, Params.integer("page", page, 1, 1, 100_000),
                Params.integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }

    @GET
    @Path("{id}/registrations/export")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Produces({ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportCalendarEventRegistrations", summary = "Export a workshop's registrants as XLSX or CSV (staff, admin)",
            description = "The access and order of listCalendarEventRegistrations, every registrant; registration times in Asia/Ho_Chi_Minh. "
                    + "The file is named after the event. " + Exports.DOC)
    @APIResponse(responseCode = "200", description = "The file (attachment, streamed)", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response exportRegistrations(@PathParam("id") UUID id,
            @Parameter(description = ExportFormat.PARAM_DOC, schema = @Schema(implementation = ExportFormat.class)) @QueryParam("format") String format,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ExportFormat f = ExportFormat.parse(format);
        CalendarService.Registrants r = service.exportRegistrations(id);
        return Exports.response(CalendarExport.REGISTRANTS, f, Messages.fromAcceptLanguage(language), r.rows(),
                CalendarExport.REGISTRANTS.title() + " - " + (r.eventTitle().length() > 80 ? r.eventTitle().substring(0, 80).strip() : r.eventTitle()));
    }
}
