package vn.lhh.calendar.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.calendar.CalendarEvent;
import vn.lhh.calendar.ICalendar;
import vn.lhh.calendar.dto.CalendarDtos.FeedStatus;
import vn.lhh.calendar.dto.CalendarDtos.FeedToken;
import vn.lhh.calendar.service.CalendarService;
import vn.lhh.common.security.Roles;
import vn.lhh.calendar.dto.CalendarDtos;

/**
 * iCalendar (RFC 5545) feeds for calendar apps, which cannot send a bearer token: the public events
 * anonymously, and a personal feed whose URL carries a secret token (rotatable, stored hashed).
 */
@Path("/api/v1/calendar")
@Tag(name = "Calendar")
public class CalendarFeedResource {
    static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    CalendarService service;
    @Context
    UriInfo uri;
    /** The SPA's page of an event, "{id}" replaced (e.g. https://lhh.example.vn/calendar/events/{id}); without it, no URL in the feed. */
    @ConfigProperty(name = "lhh.calendar.event-url")
    Optional<String> eventUrl;

    @GET
    @Path("public.ics")
    @PermitAll
    @Produces({TEXT_CALENDAR, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getPublicCalendarFeed", summary = "The public events as iCalendar (anonymous), 30 days back to a year ahead")
    @APIResponse(responseCode = "200", description = "An iCalendar stream", content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response publicFeed() {
        return ics("Lịch sự kiện công khai — Liên hiệp hội", service.publicFeed(), "public, max-age=300");
    }

    @GET
    @Path("feeds/{token}.ics")
    @PermitAll
    @Produces({TEXT_CALENDAR, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getPersonalCalendarFeed", summary = "A person's events as iCalendar, by the secret token of their feed URL (no bearer token)",
            description = "The events the token's owner takes part in (chairperson, participant, officer of a participating association), "
                    + "30 days back to a year ahead. An unknown or rotated token is 404.")
    @APIResponse(responseCode = "200", description = "An iCalendar stream", content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response personalFeed(@PathParam("token") String token) {
        return ics("Lịch của tôi — Liên hiệp hội", service.personalFeed(token), "private, no-store");
    }

    @GET
    @Path("feed-token")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER, Roles.EXPERT})
    @Operation(operationId = "getMyCalendarFeedStatus", summary = "Whether the caller has a personal feed (the URL itself is shown only when created)")
    public FeedStatus status() {
        return service.feedStatus();
    }

    @POST
    @Path("feed-token")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER, Roles.EXPERT})
    @Operation(operationId = "rotateMyCalendarFeedToken", summary = "Create or rotate the caller's personal feed URL; the old URL stops working",
            description = "Not idempotent on purpose and takes no Idempotency-Key: a replay would have to store the secret URL in plain text.")
    @APIResponse(responseCode = "201", description = "The new feed URL, shown once", content = @Content(schema = @Schema(implementation = FeedToken.class)))
    public Response rotate() {
        var created = service.rotateFeed();
        String url = uri.getBaseUriBuilder().path("api/v1/calendar/feeds/" + created.token() + ".ics").build().toString();
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(new FeedToken(url, created.token(), created.createdAt())).build();
    }

    @DELETE
    @Path("feed-token")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER, Roles.EXPERT})
    @Operation(operationId = "revokeMyCalendarFeedToken", summary = "Stop the caller's personal feed")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke() {
        service.revokeFeed();
        return Response.noContent().build();
    }

    private Response ics(String name, List<CalendarEvent> events, String cacheControl) {
        String body = ICalendar.of(name, events, e -> eventUrl.map(u -> u.replace("{id}", e.id.toString())).orElse(null));
        return Response.ok(body, TEXT_CALENDAR + "; charset=utf-8").header("Cache-Control", cacheControl)
                .header("Content-Disposition", "inline; filename=\"lich.ics\"").build();
    }
}
