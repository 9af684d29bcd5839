package vn.lhh.partner.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.partner.DeliveryStatus;
import vn.lhh.partner.PartnerBulletin;
import vn.lhh.partner.PartnerPullState;
import vn.lhh.partner.WebhookEvent;
import vn.lhh.common.etag.VersionedRecord;

/** The partner feature's API records. */
public final class PartnerDtos {
    private PartnerDtos() {
    }

    @Schema(name = "PartnerContact", description = "Who to talk to at the partner")
    public record Contact(
            @Size(max = 200) @Schema(examples = "Nguyễn Thị Hà") String person,
            @Email @Size(max = 254) @Schema(examples = "lienhiephoi@hatinh.example.vn") String email,
            @Pattern(regexp = "^[0-9 +().-]{6,50}$", message = "{validation.phone}") @Schema(examples = "0239 3855 123") String phone) {
    }

    @Schema(name = "PartnerWebhookInput", description = "Where to send signed webhooks, and for which changes")
    public record WebhookInput(
            @NotBlank @Size(max = 2000) @Schema(required = true, examples = "https://lhh.hatinh.example.vn/hooks/lhh") String url,
            @NotEmpty @Schema(required = true, examples = "[\"issue_published\", \"issue_withdrawn\"]") Set<@NotNull WebhookEvent> events) {
    }

    @Schema(name = "PartnerPullInput", description = "How to pull the partner's bulletin feed (a partner running this software): "
            + "its API base URL and an OAuth 2 client (client credentials) of its Keycloak with the partner role")
    public record PullInput(
            @NotBlank @Size(max = 2000) @Schema(required = true, examples = "https://api.lhh.hatinh.example.vn") String baseUrl,
            @NotBlank @Size(max = 2000) @Schema(required = true, examples = "https://sso.lhh.hatinh.example.vn/realms/lhh/protocol/openid-connect/token")
            String tokenUrl,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "lhh-nghe-an") String clientId,
            @Size(max = 500) @Schema(writeOnly = true, description = "Write-only, never returned. Required the first time; "
                    + "leave it out to keep the stored one") String clientSecret,
            @Schema(description = "Pull on the server's schedule (default true); false: only when asked", defaultValue = "true") Boolean scheduled,
            @Size(max = 100) @Schema(writeOnly = true, examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                    description = "Write-only. The secret the partner's own server gave for the webhooks it sends to notificationPath "
                            + "(Standard Webhooks); a verified webhook starts a pull at once. Leave it out to keep the stored one; "
                            + "an empty string removes it") String notificationSecret) {
    }

    @Schema(name = "PartnerInput", description = "A partner as written by create (POST) and replace (PUT)")
    public record PartnerInput(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh") String name,
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "Hà Tĩnh") String province,
            @Valid Contact contact,
            @Size(max = 200) @Pattern(regexp = "^[A-Za-z0-9._:@/-]+$", message = "{validation.client-id}")
            @Schema(description = "The Keycloak client its machine tokens carry (claim azp); maps a partner token to this record", examples = "partner-demo")
            String clientId,
            @Schema(description = "Inactive partners get no webhooks and are not pulled (default true)", defaultValue = "true") Boolean active,
            @Valid @Schema(description = "Null: no webhooks") WebhookInput webhook,
            @Valid @Schema(description = "Null: not pulled") PullInput pull) {
    }

    @Schema(name = "PartnerWebhook", description = "Webhook settings; the secret is shown only when created or rotated")
    public record WebhookDto(
            @Schema(description = "Null: no webhooks") String url,
            @Schema(required = true) List<WebhookEvent> events,
            @Schema(required = true) Instant secretRotatedAt) {
    }

    @Schema(name = "PartnerPull", description = "Pull settings (the client secret is never returned)")
    public record PullDto(@Schema(required = true) String baseUrl, @Schema(required = true) String tokenUrl,
                          @Schema(required = true) String clientId, @Schema(required = true) boolean scheduled,
                          @Schema(required = true, description = "Whether a notification secret is stored") boolean notificationsEnabled,
                          @Schema(required = true, description = "Where the partner sends its webhooks to have us pull at once, relative to "
                                  + "this API's base URL", examples = "/api/v1/partners/…/notifications") String notificationPath) {
    }

    @Schema(name = "Partner")
    public record PartnerDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) String province,
            Contact contact,
            String clientId,
            @Schema(required = true) boolean active,
            @Schema(required = true) WebhookDto webhook,
            @Schema(description = "For the union's office only") PullDto pull,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Only in the response to createPartner: the webhook signing secret, shown once", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String webhookSecret,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") long version) implements VersionedRecord {
    }

    @Schema(name = "PartnerWebhookSecret", description = "A new webhook signing secret, shown once; the old one stops working at once")
    public record SecretDto(@Schema(required = true, examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String webhookSecret,
                            @Schema(required = true) Instant secretRotatedAt) {
    }

    @Schema(name = "WebhookAttempt", description = "One try: when, how long, and the HTTP status or the error (timeout, connection refused…)")
    public record AttemptDto(@Schema(required = true) int number, @Schema(required = true) Instant attemptedAt,
                             @Schema(required = true) int durationMs, Integer httpStatus, String error) {
    }

    @Schema(name = "WebhookDelivery", description = "A webhook message to a partner about one change of the bulletin feed, with every attempt")
    public record DeliveryDto(
            @Schema(required = true, description = "Also the webhook-id header of every attempt") UUID id,
            @Schema(required = true) UUID partnerId,
            @Schema(required = true) WebhookEvent event,
            @Schema(required = true) UUID issueId,
            @Schema(required = true, description = "The feed position of the change") String feedCursor,
            @Schema(required = true) DeliveryStatus status,
            @Schema(required = true) int attemptCount,
            @Schema(description = "When pending: the next try") Instant nextAttemptAt,
            Instant lastAttemptAt,
            Integer lastHttpStatus,
            String lastError,
            String redeliveryRequestedBy,
            Instant redeliveryRequestedAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) List<AttemptDto> attempts) {
    }

    @Schema(name = "PartnerPullStatus", description = "Where pulling the partner's feed stands")
    public record PullStatusDto(
            @Schema(required = true) UUID partnerId,
            @Schema(description = "The partner's feed cursor after the last page read") String cursor,
            Instant lastAttemptAt,
            Instant lastSuccessAt,
            PartnerPullState.Status lastStatus,
            String lastError,
            @Schema(description = "Entries read by the last pull") Integer lastCount) {
    }

    @Schema(name = "PartnerRef")
    public record PartnerRef(@Schema(required = true) UUID id, @Schema(required = true) String name, @Schema(required = true) String province) {
    }

    @Schema(name = "PartnerBulletin", description = "An issue of a partner's bulletin, as its feed last told it; links go to the partner")
    public record PartnerBulletinDto(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "Where it comes from") PartnerRef partner,
            @Schema(required = true, description = "The issue's id at the partner") UUID remoteId,
            Integer volume,
            Integer number,
            @Schema(examples = "2026-11") String month,
            @Schema(required = true) String title,
            String summary,
            @Schema(required = true) PartnerBulletin.Status status,
            Instant publishedAt,
            Instant withdrawnAt,
            String withdrawReason,
            @Schema(required = true, description = "The issue at the partner's API") String issueUrl,
            @Schema(description = "The partner's PDF (null once withdrawn)") String pdfUrl,
            Long pdfSizeBytes,
            String coverUrl,
            @Schema(required = true) List<PartnerBulletin.Article> articles,
            @Schema(required = true, description = "When the partner last changed it") Instant changedAt,
            @Schema(required = true, description = "When it was last read from the partner") Instant fetchedAt) {
    }
}
