package vn.lhh.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.dto.NotificationDtos.Delivery;
import vn.lhh.notification.dto.NotificationDtos.DeliveryDetail;
import vn.lhh.notification.service.DeliveryService;

/** The office's view of notification e-mails: what was sent, what is waiting or failed, every attempt; and resending. */
@Path("/api/v1/notification-deliveries")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class DeliveryResource {
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "n.createdAt not null");
    private static final List<String> STATUSES = List.of("pending", "sent", "failed", "skipped");

    @Inject
    DeliveryService deliveries;

    @GET
    @Operation(operationId = "listNotificationDeliveries", summary = "List notification e-mails, newest first (staff, admin)",
            description = "Addresses of people without an account (registrants, subscribers) are masked except for admins.")
    public Page<Delivery> list(
            @Parameter(schema = @Schema(enumeration = {"pending", "sent", "failed", "skipped"}), example = "failed") @QueryParam("status") String status,
            @Parameter(description = "A kind's code", example = "system-message") @QueryParam("kind") String kind,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = PageRequest.CURSOR_DOC) @QueryParam("cursor") String cursor) {
        String s = Params.text("status", status, 20);
        if (s != null && !STATUSES.contains(s)) {
            throw ProblemException.invalidField("status", "validation.one-of", String.join(", ", STATUSES));
        }
        String k = Params.text("kind", kind, 60);
        if (k != null && NotificationKind.ofCode(k).isEmpty()) {
            throw ProblemException.invalidField("kind", "validation.one-of",
                    String.join(", ", Arrays.stream(NotificationKind.values()).map(NotificationKind::code).toList()));
        }
        return deliveries.list(s, k, PageRequest.of(page, size, cursor, null, "-createdAt", SORTABLE, "n.id"));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNotificationDelivery", summary = "One notification e-mail with every attempt (staff, admin)")
    public DeliveryDetail get(@PathParam("id") UUID id) {
        return deliveries.get(id);
    }

    @POST
    @Path("{id}/resend")
    @Operation(operationId = "resendNotificationDelivery", summary = "Send a notification e-mail again now (staff, admin)",
            description = "Queues it for the dispatcher as a single mail with a fresh count of attempts; the attempts so far stay listed.")
    public DeliveryDetail resend(@PathParam("id") UUID id) {
        return deliveries.resend(id);
    }
}
