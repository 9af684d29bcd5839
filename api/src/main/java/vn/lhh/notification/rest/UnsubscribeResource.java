package vn.lhh.notification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lhh.notification.service.DeliveryService;

/**
 * The unsubscribe link of every notification e-mail (List-Unsubscribe, RFC 2369/8058). The token is the
 * authorisation, no login. GET only shows a page with a button (link scanners and previews follow GETs: they
 * must not unsubscribe anyone); POST unsubscribes, whether from that button or a mail client's one-click.
 */
@Path("/api/v1/notification-unsubscriptions/{token}")
@Tag(name = "Notifications")
@PermitAll
@SecurityRequirements
public class UnsubscribeResource {
    @Inject
    DeliveryService deliveries;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showNotificationUnsubscribe", summary = "The page of an unsubscribe link: a button that confirms (anonymous)")
    @APIResponse(responseCode = "200", description = "A small HTML page", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public String show(@PathParam("token") String token) {
        String kind = deliveries.describeToken(token);
        String what = "*".equals(kind) ? "mọi thư thông báo / every notification e-mail" : "thư thông báo loại / notification e-mails of kind " + kind;
        return page("Bỏ nhận thư / Unsubscribe", "<p>Bạn sẽ không nhận " + what + " nữa.</p><p lang=\"en\">You will no longer receive "
                + what + ".</p><form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">Xác nhận bỏ nhận / Confirm</button></form>");
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "unsubscribeNotifications", summary = "Unsubscribe in one click (RFC 8058; anonymous, the token authorises)",
            description = "Body List-Unsubscribe=One-Click as mail clients send it (any body is accepted). A user keeps the in-app inbox; "
                    + "an address without an account gets no more mails of that kind. Repeating it changes nothing.")
    @APIResponse(responseCode = "200", description = "Unsubscribed", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response unsubscribe(@PathParam("token") String token) {
        deliveries.unsubscribe(token);
        return Response.ok(page("Đã bỏ nhận / Unsubscribed", "<p>Đã bỏ nhận thư. Bạn vẫn xem được thông báo trong ứng dụng nếu có tài khoản.</p>"
                + "<p lang=\"en\">Unsubscribed. If you have an account, notifications still appear in the app.</p>"), MediaType.TEXT_HTML).build();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>" + title + "</title></head><body><h1>" + title
                + "</h1>" + body + "</body></html>";
    }
}
