package vn.lhh.calendar.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.calendar.EventKind;
import vn.lhh.calendar.ParticipantKind;
import vn.lhh.calendar.Visibility;
import vn.lhh.common.etag.VersionedRecord;

/** The calendar's API records. */
public final class CalendarDtos {
    /** A Keycloak username as the app knows it (lower case, as Keycloak stores it). */
    public static final String USERNAME = "^[a-z0-9][a-z0-9._@-]{0,99}$";

    private CalendarDtos() {
    }

    @Schema(name = "CalendarParticipantInput", description = "A user (username), a member association (associationId) or an external body (name)")
    public record ParticipantInput(
            @NotNull @Schema(required = true) ParticipantKind kind,
            @Pattern(regexp = USERNAME) @Schema(description = "For kind user", examples = "expert") String username,
            @Schema(description = "For kind association") UUID associationId,
            @Size(max = 300) @Schema(description = "For kind external (required), or a user's display name", examples = "Sở Khoa học và Công nghệ")
            String name) {
    }

    @Schema(name = "CalendarDocumentInput", description = "A document of the meeting, as a titled link")
    public record DocumentInput(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Dự thảo báo cáo 6 tháng") String title,
            @NotBlank @Size(max = 2000) @Pattern(regexp = "^(https?://|/)\\S+$") @Schema(required = true, description = "http(s) URL or a path of this site",
                    examples = "/api/v1/bulletins") String url) {
    }

    @Schema(name = "CalendarEventInput", description = "An event as written by create (POST) and replace (PUT). Times are RFC 3339 with any offset; "
            + "they are stored as instants and shown in Asia/Ho_Chi_Minh.")
    public record EventInput(
            @NotNull @Schema(required = true) EventKind kind,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Họp Ban Thường vụ tháng 12") String title,
            @Size(max = 10000) String description,
            @Size(max = 10000) @Schema(description = "The agenda, one item a line", examples = "1. Báo cáo công tác tháng 11\n2. Kế hoạch tháng 12") String agenda,
            @NotNull @Schema(required = true, examples = "2026-12-03T08:00:00+07:00") OffsetDateTime startsAt,
            @NotNull @Schema(required = true, examples = "2026-12-03T11:30:00+07:00") OffsetDateTime endsAt,
            @Size(max = 500) @Schema(description = "Required unless onlineUrl is given", examples = "Phòng họp tầng 3, trụ sở Liên hiệp hội") String place,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$") @Schema(description = "Link of an online meeting", examples = "https://meet.example.vn/lhh-bt")
            String onlineUrl,
            @Pattern(regexp = USERNAME) @Schema(description = "The chairperson's username, when they have an account", examples = "admin") String chairUsername,
            @Size(max = 300) @Schema(description = "The chairperson's name and title as shown", examples = "Chủ tịch Liên hiệp hội") String chairName,
            @Size(max = 200) @Valid List<@NotNull ParticipantInput> participants,
            @Size(max = 50) @Valid List<@NotNull DocumentInput> documents,
            @NotNull @Schema(required = true) Visibility visibility,
            @Schema(description = "Workshops only: accept registrations") Boolean registrationOpen,
            @Min(1) @Max(100000) @Schema(description = "Workshops: the most registrations accepted; none: unlimited", examples = "120") Integer capacity,
            @Schema(description = "Workshops: registrations close then (default: when the workshop starts)", examples = "2026-12-01T17:00:00+07:00")
            OffsetDateTime registrationClosesAt) {
    }

    @Schema(name = "CalendarParticipant")
    public record ParticipantDto(
            @Schema(required = true) ParticipantKind kind,
            @Schema(description = "kind user; shown to signed-in members of the union only") String username,
            UUID associationId,
            @Schema(description = "The external body, the user's display name, or the association's name") String name) {
    }

    @Schema(name = "CalendarDocument")
    public record DocumentDto(@Schema(required = true) String title, @Schema(required = true) String url) {
    }

    @Schema(name = "CalendarConflict", description = "Another event at an overlapping time that shares a person (chairperson or participant). "
            + "Only events the caller may see are listed.")
    public record ConflictDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) Instant startsAt,
            @Schema(required = true) Instant endsAt,
            @Schema(required = true, description = "Usernames booked in both", examples = "[\"expert\"]") List<String> people) {
    }

    @Schema(name = "CalendarRegistrationState", description = "A workshop's registration: counts are public, registrants are not")
    public record RegistrationState(
            @Schema(required = true) boolean open,
            @Schema(required = true, description = "Open, before the deadline and not full") boolean acceptingNow,
            Integer capacity,
            @Schema(required = true) long registered,
            @Schema(description = "Places left; null when unlimited") Long remaining,
            Instant closesAt) {
    }

    @Schema(name = "CalendarEvent", description = "An event as the caller may see it")
    public record EventDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) EventKind kind,
            @Schema(required = true) String title,
            String description,
            String agenda,
            @Schema(required = true) Instant startsAt,
            @Schema(required = true) Instant endsAt,
            String place,
            String onlineUrl,
            String chairUsername,
            String chairName,
            @Schema(required = true) List<ParticipantDto> participants,
            @Schema(required = true) List<DocumentDto> documents,
            @Schema(required = true) Visibility visibility,
            @Schema(description = "Workshops only") RegistrationState registration,
            @Schema(required = true, description = "Double bookings: flagged, never refused") List<ConflictDto> conflicts,
            @Schema(required = true) boolean canManage,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "0") long version) implements VersionedRecord {
    }

    @Schema(name = "CalendarRegistrationInput", description = "A registration for a workshop, anonymous or signed in")
    public record RegistrationInput(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Trần Thị Lan") String fullName,
            @NotBlank @Email @Size(max = 254) @Schema(required = true, examples = "lan.tran@example.vn") String email,
            @Size(max = 300) @Schema(examples = "Trường Đại học Vinh") String organisation) {
    }

    @Schema(name = "CalendarRegistration", description = "A registrant's personal data: the office's to see (and the registrant's, in the answer to the confirmation)")
    public record RegistrationDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID eventId,
            @Schema(required = true) String fullName,
            @Schema(required = true) String email,
            String organisation,
            String username,
            @Schema(required = true, description = "When the registration was made (or last repeated, while pending)") Instant createdAt,
            @Schema(description = "When the registrant confirmed from the e-mail: the seat is held from then") Instant confirmedAt) {
    }

    @Schema(name = "CalendarRegistrationAccepted", description = "The answer to every registration, whether or not the address is known")
    public record RegistrationAccepted(
            @Schema(required = true, examples = "Nếu địa chỉ này còn đăng ký được, một thư xác nhận đang được gửi đến: chỗ chỉ được giữ khi bạn mở liên kết trong thư, trong vòng 24 giờ.")
            String message) {
    }

    @Schema(name = "CalendarRegistrationConfirmationInput", description = "The secret from a registration's confirmation link")
    public record ConfirmationInput(
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "Zk3q9n2Yd0xJ5vR1cQ8sT7uW4aB6eH2mL0pN9oK3iU8") String token) {
    }

    @Schema(name = "CalendarFeedStatus", description = "Whether the caller has a personal feed. The URL is shown only when created, its token is stored hashed.")
    public record FeedStatus(@Schema(required = true) boolean active, Instant createdAt) {
    }

    @Schema(name = "CalendarFeedToken", description = "A new personal feed: keep the URL secret; anyone with it can read your calendar. Rotating it ends the old one.")
    public record FeedToken(
            @Schema(required = true, examples = "https://lhh.example.vn/api/v1/calendar/feeds/Zx3…k.ics") String url,
            @Schema(required = true) String token,
            @Schema(required = true) Instant createdAt) {
    }
}
