package vn.lhh.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
import vn.lhh.common.security.Roles;
import vn.lhh.notification.dto.NotificationDtos.MessageInput;
import vn.lhh.notification.dto.NotificationDtos.MessageQueued;
import vn.lhh.notification.service.DeliveryService;

/** The office writes to named users: each gets it in the inbox and/or by e-mail, as they chose. */
@Path("/api/v1/notification-messages")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessageResource {
    @Inject
    DeliveryService deliveries;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "sendOfficeMessage", summary = "Send a message from the office to named users (staff, admin)")
    @APIResponse(responseCode = "202", description = "Queued for each recipient", content = @Content(schema = @Schema(implementation = MessageQueued.class)))
    public Response send(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                         @Valid @NotNull MessageInput body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body,
                () -> Response.accepted(deliveries.sendMessage(body)).build());
    }
}
