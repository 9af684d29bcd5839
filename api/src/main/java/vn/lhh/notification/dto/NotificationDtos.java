package vn.lhh.notification.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.common.etag.Versioned;

/** The notifications' request and response records (the inbox, preferences, the office's deliveries). */
public final class NotificationDtos {
    private NotificationDtos() {
    }

    @Schema(name = "InboxNotification", description = "One entry of the caller's in-app inbox")
    public record InboxItem(
            @Schema(required = true, examples = "0b9f5c1e-6d1b-4c55-9a1d-2a4c7a6b8e01") UUID id,
            @Schema(required = true, examples = "system-message", description = "The kind's code (see notification preferences)") String kind,
            @Schema(required = true, examples = "[LIÊN HIỆP CÁC HỘI KH&KT NGHỆ AN] Đại hội sắp đến hạn / Congress due soon") String title,
            @Schema(examples = "/associations/5f0c6a8e-3f0e-4a53-8a55-5a9a3f1a8f10", description = "The SPA path of the record it is about") String link,
            @Schema(required = true, description = "The values the message was made from") Map<String, Object> data,
            @Schema(required = true, examples = "2027-03-01T01:00:00Z") Instant createdAt,
            @Schema(examples = "2027-03-01T02:00:00Z", description = "When the caller marked it read; absent while unread") Instant readAt) {
    }

    @Schema(name = "InboxPage", description = "A page of the caller's inbox, newest first, with the unread count")
    public record InboxPage(
            @Schema(required = true) List<InboxItem> items,
            @Schema(required = true, examples = "1") int page,
            @Schema(required = true, examples = "20") int size,
            @Schema(required = true, examples = "42") long total,
            @Schema(required = true, examples = "true") boolean totalExact,
            @Schema(examples = "eyJ2IjoxfQ.c2lnbmF0dXJl", description = "Pass as cursor for the next page; absent on the last page") String nextCursor,
            @Schema(required = true, examples = "3", description = "Unread entries in the whole inbox") long unreadCount) {
    }

    @Schema(name = "UnreadCount")
    public record UnreadCount(@Schema(required = true, examples = "3") long unreadCount) {
    }

    @Schema(name = "MarkedRead")
    public record MarkedRead(@Schema(required = true, examples = "5", description = "Entries that were unread and are now read") int marked) {
    }

    @Schema(name = "NotificationPreference", description = "Where one kind of notification goes for the caller")
    public record Preference(
            @Schema(required = true, examples = "system-message") String kind,
            @Schema(required = true, enumeration = {"in_app", "email", "both", "none"}, examples = "both") String channel,
            @NotNull @Schema(required = true, examples = "false", description = "E-mails of this kind gathered into one daily digest")
            Boolean digest) {
    }

    @Schema(name = "NotificationPreferences", description = "Every kind with the caller's choice (both, no digest, unless changed)")
    public record Preferences(@Schema(required = true) List<Preference> items,
                              @Schema(required = true, examples = "1733560000000000") long version) implements Versioned {
    }

    @Schema(name = "NotificationPreferencesInput")
    public record PreferencesInput(
            @Schema(required = true, description = "The kinds to set; kinds not listed go back to the default (both, no digest)")
            @NotNull List<@Valid @NotNull Preference> items) {
    }

    @Schema(name = "NotificationDelivery", description = "An e-mail notification as the office sees it")
    public record Delivery(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "system-message") String kind,
            @Schema(required = true, enumeration = {"user", "address"}, examples = "user") String recipientType,
            @Schema(required = true, examples = "officer", description = "Username, or the address masked (n***@example.vn) for people "
                    + "without an account, except for admins") String recipient,
            @Schema(examples = "officer@lhh.demo", description = "Where the mail went (users' addresses only)") String emailAddress,
            @Schema(required = true) String title,
            @Schema(required = true, enumeration = {"pending", "sent", "failed", "skipped"}, examples = "sent") String status,
            @Schema(required = true, enumeration = {"single", "digest"}, examples = "single") String mode,
            @Schema(required = true, examples = "1") int attempts,
            @Schema(examples = "ConnectException: Connection refused") String lastError,
            @Schema(required = true) Instant createdAt,
            Instant sentAt,
            Instant nextAttemptAt) {
    }

    @Schema(name = "NotificationDeliveryAttempt")
    public record Attempt(@Schema(required = true, examples = "1") int attempt, @Schema(required = true) Instant attemptedAt,
                          @Schema(required = true, enumeration = {"sent", "failed"}) String outcome,
                          @Schema(required = true, description = "Part of a daily digest mail") boolean digest, String error) {
    }

    @Schema(name = "NotificationDeliveryDetail")
    public record DeliveryDetail(@Schema(required = true) Delivery delivery, @Schema(required = true) List<Attempt> attempts,
                                 @Schema(required = true, examples = "3") long version) implements Versioned {
    }

    @Schema(name = "OfficeMessageInput", description = "A message from the office to named users (inbox and/or e-mail as each prefers)")
    public record MessageInput(
            @NotNull @Size(min = 1, max = 200)
            @Schema(required = true, examples = "[\"officer\", \"officer2\"]") List<String> usernames,
            @NotBlank @Size(max = 200)
            @Schema(required = true, examples = "Họp giao ban quý I") String title,
            @NotBlank @Size(max = 5000)
            @Schema(required = true, examples = "Kính mời các hội dự họp giao ban lúc 8 giờ ngày 15/3/2027.") String body,
            @Size(max = 499) @Pattern(regexp = "/[\\x21-\\x7E]*")
            @Schema(examples = "/calendar/events/5f0c6a8e-3f0e-4a53-8a55-5a9a3f1a8f10", description = "The SPA path it is about") String link) {
    }

    @Schema(name = "OfficeMessageQueued")
    public record MessageQueued(@Schema(required = true) UUID id,
                                @Schema(required = true, examples = "2", description = "Recipients it was queued for") int queued) {
    }
}
