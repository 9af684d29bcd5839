package vn.lhh.news.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.news.PostKind;
import vn.lhh.news.PostStatus;
import vn.lhh.common.etag.VersionedRecord;

/** The news feature's API records. */
public final class PostDtos {
    public static final String AUDIENCE_PATTERN = "^(public|members|internal)$";
    public static final int MAX_BODY = 200_000;

    private PostDtos() {
    }

    @Schema(name = "PostInput", description = "A post as written by create (POST) and replace (PUT). The status moves with its own operation.")
    public record PostInput(
            @NotNull @Schema(required = true, description = "news (tin tức), announcement (thông báo) or event (sự kiện)") PostKind kind,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Khai mạc Hội thi Sáng tạo kỹ thuật tỉnh Nghệ An lần thứ 15") String title,
            @Size(max = 1000) @Schema(description = "One or two sentences shown in lists and feeds") String summary,
            @NotBlank @Size(max = MAX_BODY) @Schema(required = true, description = "The body as HTML. It is sanitised on the way in: paragraphs, "
                    + "headings (h2–h4), emphasis, lists, quotes, tables, links (http, https, mailto) and images (http, https) stay; scripts, styles, "
                    + "event handlers, javascript: URLs and other elements are removed. The stored (sanitised) HTML is what every read returns.",
                    examples = "<p>Sáng nay, <strong>Liên hiệp hội</strong> tổ chức lễ khai mạc…</p>") String bodyHtml,
            @Size(max = 20) @Schema(description = "Free tags, at most 20 of 60 characters", examples = "[\"hội thi\", \"sáng tạo\"]")
            List<@NotBlank @Size(max = 60) String> tags,
            @NotNull @Pattern(regexp = AUDIENCE_PATTERN, message = "{validation.post-audience}")
            @Schema(required = true, enumeration = {"public", "members", "internal"},
                    description = "public: everyone; members: any signed-in user; internal: the union's office (staff, admin)") String audience,
            @Schema(description = "Pinned posts come first on the home page (pinned announcements). Default false") Boolean pinned,
            @Schema(description = "For an event: when it starts", examples = "2026-12-10T08:00:00+07:00") Instant eventStartsAt,
            @Size(max = 300) @Schema(description = "For an event: where", examples = "Hội trường Liên hiệp hội, TP Vinh") String eventPlace) {
    }

    @Schema(name = "PostTransitionInput")
    public record TransitionInput(
            @NotNull @Schema(required = true) PostStatus to,
            @Schema(description = "Required when scheduling: when the post publishes itself (in the future)", examples = "2026-12-01T08:00:00+07:00")
            Instant scheduledAt) {
    }

    @Schema(name = "PostCover", description = "The cover image; url is relative to the API's base URL")
    public record CoverDto(@Schema(required = true) String fileName, @Schema(required = true) String contentType,
                           @Schema(required = true) int sizeBytes, @Schema(required = true, examples = "/api/v1/posts/…/cover") String url) {
    }

    @Schema(name = "PostSummary", description = "A post in a list: everything but the body")
    public record PostSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) PostKind kind,
            @Schema(required = true) String title,
            String summary,
            @Schema(required = true) List<String> tags,
            @Schema(required = true, type = SchemaType.STRING, enumeration = {"public", "members", "internal"}) String audience,
            @Schema(required = true) PostStatus status,
            @Schema(required = true) boolean pinned,
            Instant eventStartsAt,
            String eventPlace,
            Instant scheduledAt,
            Instant publishedAt,
            @Schema(description = "The cover image, if any") String coverUrl,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "Post")
    public record PostDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) PostKind kind,
            @Schema(required = true) String title,
            String summary,
            @Schema(required = true, description = "Sanitised HTML, safe to render") String bodyHtml,
            @Schema(required = true) List<String> tags,
            @Schema(required = true, type = SchemaType.STRING, enumeration = {"public", "members", "internal"}) String audience,
            @Schema(required = true) PostStatus status,
            @Schema(required = true) boolean pinned,
            Instant eventStartsAt,
            String eventPlace,
            Instant scheduledAt,
            Instant publishedAt,
            @Schema(description = "Who published it (shown to the office only)") String publishedBy,
            Instant unpublishedAt,
            CoverDto cover,
            @Schema(required = true, description = "Moves the caller may make now (empty for readers)") List<PostStatus> allowedTransitions,
            @Schema(description = "Who wrote it (shown to the office only)") String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) implements VersionedRecord {
    }
}
