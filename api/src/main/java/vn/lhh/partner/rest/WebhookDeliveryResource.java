package vn.lhh.partner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.partner.dto.PartnerDtos.DeliveryDto;
import vn.lhh.partner.service.DeliveryService;
import vn.lhh.partner.dto.PartnerDtos;

/** One webhook delivery: its partner (own only) and the union's office read it and may ask for it again. */
@Path("/api/v1/webhook-deliveries")
@Tag(name = "Partners")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookDeliveryResource {
    @Inject
    DeliveryService deliveries;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "getWebhookDelivery", summary = "A webhook delivery with every attempt (its partner, staff, admin)",
            description = PartnerResource.SIGNATURE_SCHEME)
    public DeliveryDto get(@PathParam("id") UUID id) {
        return deliveries.detail(deliveries.get(id));
    }

    @POST
    @Path("{id}/redelivery")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again (its partner, staff, admin)",
            description = "Queues the same message (same webhook-id and body, newly timestamped and signed) for the next dispatch, with "
                    + "a fresh attempt budget. If it is being sent right now, the answer waits for that attempt. 409 when the partner no longer takes webhooks.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = DeliveryDto.class)))
    public Response redeliver(@PathParam("id") UUID id) {
        return Response.accepted(deliveries.redeliver(id)).build();
    }
}
