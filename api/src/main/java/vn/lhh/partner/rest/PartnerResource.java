package vn.lhh.partner.rest;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.bulletin.dto.BulletinDtos;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.idempotency.IdempotencyService;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.Roles;
import vn.lhh.common.web.Params;
import vn.lhh.partner.DeliveryStatus;
import vn.lhh.partner.Partner;
import vn.lhh.partner.PartnerRepository;
import vn.lhh.partner.dto.PartnerDtos.DeliveryDto;
import vn.lhh.partner.dto.PartnerDtos.PartnerDto;
import vn.lhh.partner.dto.PartnerDtos.PartnerInput;
import vn.lhh.partner.dto.PartnerDtos.PullStatusDto;
import vn.lhh.partner.dto.PartnerDtos.SecretDto;
import vn.lhh.partner.service.DeliveryService;
import vn.lhh.partner.service.PartnerPullService;
import vn.lhh.partner.service.PartnerService;

/** The partner registry (admin writes, staff reads), a partner's view of itself, its webhook deliveries and pulling its feed. */
@Path("/api/v1/partners")
@Tag(name = "Partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {
    /** How to check a webhook; repeated in the operations integrators read. */
    public static final String SIGNATURE_SCHEME = "Webhooks follow Standard Webhooks (standardwebhooks.com). Each change of a released "
            + "bulletin issue the partner subscribed to (issue_published, issue_updated, issue_withdrawn) is POSTed to its URL as the "
            + "feed entry JSON (schema BulletinFeedEntry, as in readBulletinFeed), with headers webhook-id (the delivery id; the same "
            + "on every retry, to discard duplicates), webhook-timestamp (Unix seconds) and webhook-signature: \"v1,\" + base64 of the "
            + "HMAC-SHA256 of \"{webhook-id}.{webhook-timestamp}.{body}\", keyed with the base64-decoded part of the secret after "
            + "\"whsec_\". Verify it over the raw body, compare in constant time, reject timestamps more than 5 minutes off. Answer 2xx "
            + "quickly; anything else or no answer within the timeout is retried with exponential backoff (doubling from a base up to a "
            + "cap) until the attempt limit, then the delivery is failed; every attempt is listed under the partner's deliveries and any "
            + "delivery can be requested again.";

    @Inject
    PartnerService service;
    @Inject
    DeliveryService deliveries;
    @Inject
    PartnerPullService pulls;
    @Inject
    IdempotencyService idempotency;
    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listPartners", summary = "List the partner registry (staff, admin)")
    public Page<PartnerDto> list(
            @Parameter(description = "Words of the name, province, contact person or client id, accents optional", example = "ha tinh")
            @QueryParam("q") String q,
            @Parameter(description = "true or false: only active or inactive partners", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @Parameter(description = "The partner with this Keycloak client id", example = "partner-demo") @QueryParam("clientId") String clientId,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "name, province or createdAt; '-' for descending. Default: name") @QueryParam("sort") String sort) {
        var filter = new PartnerRepository.Filter(Params.text("q", q, 200), active == null ? null : Params.bool("active", active),
                Params.text("clientId", clientId, 200));
        return service.list(filter, PageRequest.of(page, size, sort, "name", PartnerRepository.SORTABLE, "p.id"));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createPartner", summary = "Register a partner (admin); the answer shows the webhook secret, once",
            description = "The server generates the webhook signing secret and returns it in webhookSecret of this answer only; store it "
                    + "at the partner. Webhook and pull URLs must be http(s); addresses inside the server's network are refused unless the "
                    + "server allows them. " + SIGNATURE_SCHEME)
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set", content = @Content(schema = @Schema(implementation = PartnerDto.class)))
    public Response create(@Parameter(in = ParameterIn.HEADER, description = "Makes a retry safe") @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Valid @NotNull PartnerInput body) {
        return idempotency.created(idempotencyKey, uri, body, () -> service.create(body));
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "getMyPartner", summary = "The partner record of the calling client (partner tokens, matched by their azp claim)")
    @APIResponse(responseCode = "200", description = "The caller's record", content = @Content(schema = @Schema(implementation = PartnerDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PartnerDto me() {
        return service.mine();
    }

    @GET
    @Path("me/deliveries")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "listMyWebhookDeliveries", summary = "The webhook deliveries to the calling partner, newest first, with every attempt",
            description = SIGNATURE_SCHEME)
    // the page schema is the one generated for listPartnerWebhookDeliveries
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(ref = "PageDeliveryDto")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<DeliveryDto> myDeliveries(
            @Parameter(schema = @Schema(implementation = DeliveryStatus.class)) @QueryParam("status") DeliveryStatus status,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "createdAt or nextAttemptAt; '-' for descending. Default: -createdAt") @QueryParam("sort") String sort) {
        return deliveries.mine(status,
                PageRequest.of(page, size, sort, "-createdAt", PartnerRepository.DELIVERY_SORTABLE, "d.id"));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getPartner", summary = "Get a partner (staff, admin); never its secrets")
    @APIResponse(responseCode = "200", description = "The partner; ETag carries its version", content = @Content(schema = @Schema(implementation = PartnerDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Partner p = service.get(id);
        return Responses.conditional(ifNoneMatch, p.version, () -> service.detail(p));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replacePartner", summary = "Edit a partner (admin; If-Match)",
            description = "pull.clientSecret may be left out to keep the stored one. Changing pull.baseUrl starts its feed from the beginning.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = PartnerDto.class)))
    public Response replace(@PathParam("id") UUID id,
                            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull PartnerInput body) {
        return Responses.ok(service.update(id, ifMatch, body), PartnerDto::version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deletePartner", summary = "Remove a partner (admin; If-Match) with its deliveries and the bulletins pulled from it")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id,
                           @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/webhook-secret")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rotatePartnerWebhookSecret", summary = "Replace the webhook signing secret (admin); the answer shows the new one, once",
            description = "Deliveries from now on, retries included, are signed with the new secret. " + SIGNATURE_SCHEME)
    @APIResponse(responseCode = "200", description = "The new secret", content = @Content(schema = @Schema(implementation = SecretDto.class)))
    public SecretDto rotateSecret(@PathParam("id") UUID id) {
        return service.rotateSecret(id);
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listPartnerWebhookDeliveries", summary = "The webhook deliveries to a partner, newest first, with every attempt (staff, admin)")
    public Page<DeliveryDto> deliveries(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(implementation = DeliveryStatus.class)) @QueryParam("status") DeliveryStatus status,
            @Parameter(description = "Page number from 1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "createdAt or nextAttemptAt; '-' for descending. Default: -createdAt") @QueryParam("sort") String sort) {
        Partner p = service.get(id);
        return deliveries.ofPartner(p.id, status,
                PageRequest.of(page, size, sort, "-createdAt", PartnerRepository.DELIVERY_SORTABLE, "d.id"));
    }

    @GET
    @Path("{id}/pull")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getPartnerPullStatus", summary = "Where pulling the partner's bulletin feed stands: cursor, last pull, last error (staff, admin)")
    public PullStatusDto pullStatus(@PathParam("id") UUID id) {
        return pulls.status(service.get(id).id);
    }

    @POST
    @Path("{id}/notifications")
    @PermitAll
    @Operation(operationId = "receivePartnerWebhook", summary = "Where a partner running this software sends its webhooks: we pull its feed at once",
            description = "No bearer token: the request must carry a valid Standard Webhooks signature (webhook-id, webhook-timestamp within "
                    + "5 minutes, webhook-signature) made with the secret stored as pull.notificationSecret, which the partner's server "
                    + "generated when it registered this union's webhook. The body is not used: the pull reads the partner's feed. "
                    + "404 when the partner takes no notifications; 401 for a missing or wrong signature.")
    @APIResponse(responseCode = "202", description = "Verified; a pull of the partner's feed is queued")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response notification(@PathParam("id") UUID id,
                                 @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam("webhook-id") String webhookId,
                                 @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam("webhook-timestamp") String timestamp,
                                 @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam("webhook-signature") String signature,
                                 @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BulletinDtos.FeedEntry.class)))
                                 String body) {
        pulls.notified(id, webhookId, timestamp, signature, body);
        return Response.accepted().build();
    }

    @POST
    @Path("{id}/pull")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "pullPartnerNow", summary = "Pull the partner's bulletin feed now (staff, admin)",
            description = "Gets a client-credentials token from the partner's token endpoint and reads its /api/v1/bulletin-feed from the "
                    + "stored cursor into the partner bulletins (withdrawn issues are marked withdrawn). A failure is reported in lastStatus "
                    + "and lastError, with 200: the pull itself was carried out. 409 when the partner has no pull settings.")
    @APIResponse(responseCode = "200", description = "Pulled (see lastStatus)", content = @Content(schema = @Schema(implementation = PullStatusDto.class)))
    public PullStatusDto pull(@PathParam("id") UUID id) {
        return pulls.pullNow(id);
    }
}
