package vn.lhh.bulletin.subscription.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.bulletin.subscription.dto.SubscriptionDtos.Accepted;
import vn.lhh.bulletin.subscription.dto.SubscriptionDtos.StateDto;
import vn.lhh.bulletin.subscription.dto.SubscriptionDtos.StatisticsDto;
import vn.lhh.bulletin.subscription.dto.SubscriptionDtos.SubscribeInput;
import vn.lhh.bulletin.subscription.dto.SubscriptionDtos.TokenInput;
import vn.lhh.bulletin.subscription.service.SubscriptionService;
import vn.lhh.common.files.Downloads;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.Problems;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.bulletin.subscription.dto.SubscriptionDtos;

/** The bulletin by e-mail: anyone subscribes (double opt-in); the office sees counts; the admin exports. */
@Path("/api/v1/bulletin-subscriptions")
@Tag(name = "Bulletin subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResource {
    static final String CSV = "text/csv";

    @Inject
    SubscriptionService service;

    @POST
    @PermitAll
    @Operation(operationId = "subscribeToBulletin", summary = "Subscribe an e-mail address to the bulletin (anyone; double opt-in)",
            description = "Always 202 with the same message, whether the address is new, pending, confirmed or left: a confirmation link, "
                    + "valid for lhh.notifications.bulletin-subscription.confirm-ttl, is mailed to a new, pending or left address. "
                    + "Limited per client and per address (429 with Retry-After). Repeating it is harmless, so no Idempotency-Key is needed.")
    @APIResponse(responseCode = "202", description = "Accepted (the same answer for every address)",
            content = @Content(schema = @Schema(implementation = Accepted.class)))
    public Response subscribe(@Context HttpServerRequest request, @Valid @NotNull SubscribeInput body) {
        service.subscribe(body.email(), body.language(), clientAddress(request));
        return Response.accepted(new Accepted(service.acceptedMessage(Problems.locale(request)))).build();
    }

    @POST
    @Path("confirmations")
    @PermitAll
    @Operation(operationId = "confirmBulletinSubscription", summary = "Confirm a subscription with the secret of its confirmation link (anyone)",
            description = "404 for an unknown, replaced or already used link; 409 (type deadline) for an expired one.")
    @APIResponse(responseCode = "200", description = "Confirmed", content = @Content(schema = @Schema(implementation = StateDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such link, or it has expired")
    public StateDto confirm(@Valid @NotNull TokenInput body) {
        return service.confirm(body.token());
    }

    @POST
    @Path("unsubscriptions")
    @PermitAll
    @Operation(operationId = "unsubscribeFromBulletin", summary = "End a subscription with the secret of an unsubscribe link (anyone)",
            description = "Repeating it is harmless. 404 for an unknown link.")
    @APIResponse(responseCode = "200", description = "Unsubscribed", content = @Content(schema = @Schema(implementation = StateDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such link, or it has expired")
    public StateDto unsubscribe(@Valid @NotNull TokenInput body) {
        return service.unsubscribe(body.token());
    }

    @POST
    @Path("one-click-unsubscriptions")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "oneClickUnsubscribeFromBulletin", summary = "One-click unsubscribe of mail programs (RFC 8058; anyone)",
            description = "The target of the List-Unsubscribe header of every bulletin mail: the secret in the query, "
                    + "the body List-Unsubscribe=One-Click. 404 for an unknown link.")
    @APIResponse(responseCode = "200", description = "Unsubscribed", content = @Content(schema = @Schema(implementation = StateDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such link, or it has expired")
    public StateDto oneClick(@Parameter(description = "The secret of the link", required = true) @QueryParam("token") String token,
                             @Parameter(description = "List-Unsubscribe=One-Click") String form) {
        String t = Params.text("token", token, 100);
        if (t == null || t.isBlank()) {
            throw ProblemException.invalidField("token", "jakarta.validation.constraints.NotBlank.message");
        }
        return service.unsubscribe(t);
    }

    @GET
    @Path("statistics")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getBulletinSubscriptionStatistics", summary = "How many addresses are pending, confirmed and left (staff, admin): counts only")
    public StatisticsDto statistics() {
        return service.statistics();
    }

    @GET
    @Path("export")
    @RolesAllowed(Roles.ADMIN)
    @Produces(CSV)
    @Operation(operationId = "exportBulletinSubscribers", summary = "The confirmed addresses as CSV (admin only)")
    @APIResponse(responseCode = "200", description = "CSV (UTF-8 with BOM): email, language, confirmedAt",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response export() {
        return Downloads.attachment(service.exportConfirmed().getBytes(StandardCharsets.UTF_8), CSV + "; charset=UTF-8", "bulletin-subscribers.csv");
    }

    /** The same client address as the API-wide rate limit (the proxy's X-Forwarded-For when trusted). */
    private static String clientAddress(HttpServerRequest request) {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
