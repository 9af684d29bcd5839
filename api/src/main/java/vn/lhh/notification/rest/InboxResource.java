package vn.lhh.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.notification.dto.NotificationDtos.InboxItem;
import vn.lhh.notification.dto.NotificationDtos.InboxPage;
import vn.lhh.notification.dto.NotificationDtos.MarkedRead;
import vn.lhh.notification.dto.NotificationDtos.Preferences;
import vn.lhh.notification.dto.NotificationDtos.PreferencesInput;
import vn.lhh.notification.dto.NotificationDtos.UnreadCount;
import vn.lhh.notification.service.InboxService;

/** The signed-in person's own notifications and preferences (people only: a partner's machine client has no inbox). */
@Path("/api/v1/me")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.ASSOCIATION_OFFICER, Roles.EXPERT, Roles.CONTEST_COORDINATOR, Roles.JUDGE})
public class InboxResource {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "n.createdAt not null");

    @Inject
    InboxService inbox;

    @GET
    @Path("notifications")
    @Operation(operationId = "listMyNotifications", summary = "My in-app notifications, newest first, with the unread count")
    public InboxPage list(
            @Parameter(description = "Only the unread ones", example = "true") @QueryParam("unread") String unread,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = PageRequest.CURSOR_DOC) @QueryParam("cursor") String cursor) {
        return inbox.inbox(unread != null && Params.bool("unread", unread),
                PageRequest.of(page, size, cursor, null, "-createdAt", SORTABLE, "n.id"));
    }

    @GET
    @Path("notifications/unread-count")
    @Operation(operationId = "countMyUnreadNotifications", summary = "How many of my notifications are unread (the bell; cheap to poll)")
    public UnreadCount unreadCount() {
        return new UnreadCount(inbox.unreadCount());
    }

    @POST
    @Path("notifications/{id}/read")
    @Operation(operationId = "markMyNotificationRead", summary = "Mark one of my notifications read (again: no change)")
    public InboxItem markRead(@PathParam("id") UUID id) {
        return inbox.markRead(id);
    }

    @POST
    @Path("notifications/read-all")
    @Operation(operationId = "markAllMyNotificationsRead", summary = "Mark all my notifications read")
    public MarkedRead markAllRead() {
        return new MarkedRead(inbox.markAllRead());
    }

    @GET
    @Path("notification-preferences")
    @Operation(operationId = "getMyNotificationPreferences", summary = "Where each kind of notification goes for me: in-app, e-mail, both or none; daily digest")
    @APIResponse(responseCode = "200", description = "Every kind with my choice", content = @Content(schema = @Schema(implementation = Preferences.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    public Response preferences(@Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Preferences p = inbox.preferences();
        return Responses.conditional(ifNoneMatch, p.version(), () -> p);
    }

    @PUT
    @Path("notification-preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceMyNotificationPreferences", summary = "Set my notification preferences (If-Match)")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = Preferences.class)))
    public Response replacePreferences(@Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                       @Valid @NotNull PreferencesInput body) {
        return Responses.ok(inbox.replacePreferences(ifMatch, body.items()));
    }
}
