package vn.lhh.bulletin.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.bulletin.ArticleAuthor;
import vn.lhh.bulletin.FeedChange;
import vn.lhh.bulletin.IssueStatus;
import vn.lhh.common.etag.VersionedRecord;

/** The bulletin feature's API records. */
public final class BulletinDtos {
    public static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private BulletinDtos() {
    }

    @Schema(name = "BulletinIssueInput", description = "An issue as written by create (POST) and replace (PUT).")
    public record IssueInput(
            @NotNull @Min(1) @Max(1000) @Schema(required = true, examples = "7", description = "Volume (năm thứ)") Integer volume,
            @NotNull @Min(1) @Max(10000) @Schema(required = true, examples = "11", description = "Number (số)") Integer number,
            @NotNull @Pattern(regexp = MONTH_PATTERN, message = "{validation.month}")
            @Schema(required = true, examples = "2026-11", description = "The issue's month, yyyy-MM: one issue a month") String month,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Tập san Khoa học và Ứng dụng số 11/2026") String title,
            @Size(max = 5000) String summary) {
    }

    @Schema(name = "BulletinFile", description = "A stored file; url is relative to the API's base URL")
    public record FileDto(@Schema(required = true) UUID id, @Schema(required = true) String fileName,
                          @Schema(required = true) String contentType, @Schema(required = true) int sizeBytes,
                          @Schema(required = true) String sha256, @Schema(required = true, examples = "/api/v1/bulletins/…/pdf") String url) {
    }

    @Schema(name = "BulletinIssueRef", description = "The issue an article is placed in")
    public record IssueRef(@Schema(required = true) UUID id, @Schema(required = true) int volume, @Schema(required = true) int number,
                           @Schema(required = true, examples = "2026-11") String month, @Schema(required = true) String title,
                           @Schema(required = true) IssueStatus status) {
    }

    @Schema(name = "BulletinIssueSummary")
    public record IssueSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) int volume,
            @Schema(required = true) int number,
            @Schema(required = true, examples = "2026-11") String month,
            @Schema(required = true) String title,
            String summary,
            @Schema(required = true) IssueStatus status,
            Instant scheduledAt,
            Instant publishedAt,
            @Schema(required = true) long articleCount,
            @Schema(required = true) boolean hasPdf,
            @Schema(description = "The cover image, if any") String coverUrl) {
    }

    @Schema(name = "BulletinTocEntry", description = "A line of the table of contents")
    public record TocEntry(@Schema(required = true) UUID articleId, @Schema(required = true) int position,
                           @Schema(required = true) String title, @Schema(required = true) List<ArticleAuthor> authors,
                           Integer pageFrom, Integer pageTo, @Schema(description = "The article's own PDF, if any") String pdfUrl) {
    }

    @Schema(name = "BulletinIssue")
    public record IssueDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) int volume,
            @Schema(required = true) int number,
            @Schema(required = true, examples = "2026-11") String month,
            @Schema(required = true) String title,
            String summary,
            @Schema(required = true) IssueStatus status,
            Instant scheduledAt,
            Instant publishedAt,
            Instant withdrawnAt,
            String withdrawReason,
            FileDto pdf,
            FileDto cover,
            @Schema(required = true, description = "The placed articles in order") List<TocEntry> tableOfContents,
            @Schema(required = true, description = "Moves the caller may make now (empty for readers)") List<IssueStatus> allowedTransitions,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) implements VersionedRecord {
    }

    @Schema(name = "BulletinTransitionInput")
    public record TransitionInput(
            @NotNull @Schema(required = true) IssueStatus to,
            @Size(max = 2000) @Schema(description = "Required when withdrawing") String reason,
            @Schema(description = "Required when scheduling: when the issue publishes itself (in the future)", examples = "2026-12-01T08:00:00+07:00")
            Instant scheduledAt) {
    }

    @Schema(name = "BulletinArticleInput", description = "An article as written by create (POST) and replace (PUT); placement has its own operation.")
    public record ArticleInput(
            @NotBlank @Size(max = 500) @Schema(required = true, examples = "Ứng dụng chế phẩm sinh học trong trồng cam Vinh") String title,
            @Size(max = 10000) String abstractText,
            @Size(max = 20) @Schema(examples = "[\"cam Vinh\", \"chế phẩm sinh học\"]") List<@NotBlank @Size(max = 100) String> keywords,
            @Size(max = 10) @Schema(description = "Fields of expertise (the expert network's vocabulary)", examples = "[\"nong-nghiep\"]")
            List<@NotBlank @Size(max = 60) String> fieldCodes,
            @NotNull @Size(min = 1, max = 30) @Schema(required = true) List<@Valid @NotNull ArticleAuthor> authors,
            @Min(1) @Max(10000) Integer pageFrom,
            @Min(1) @Max(10000) Integer pageTo) {
    }

    @Schema(name = "BulletinArticlePlacement", description = "Where an article goes: an issue and a position, or nowhere (issueId null)")
    public record PlacementInput(UUID issueId, @Min(1) @Max(1000) @Schema(description = "From 1; default: after the last article") Integer position) {
    }

    @Schema(name = "BulletinArticle")
    public record ArticleDto(
            @Schema(required = true) UUID id,
            @Schema(description = "Null while the article is not placed in an issue") IssueRef issue,
            Integer position,
            @Schema(required = true) String title,
            String abstractText,
            @Schema(required = true) List<String> keywords,
            @Schema(required = true) List<String> fieldCodes,
            @Schema(required = true) List<ArticleAuthor> authors,
            Integer pageFrom,
            Integer pageTo,
            FileDto pdf,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) implements VersionedRecord {
    }

    @Schema(name = "BulletinFeedEntry", description = "A change to a released issue. For a withdrawal the issue carries only what identifies it and the reason.")
    public record FeedEntry(
            @Schema(required = true, description = "Opaque: pass it as cursor to continue after this entry") String cursor,
            @Schema(required = true) FeedChange change,
            @Schema(required = true) Instant changedAt,
            @Schema(required = true) IssueDto issue,
            @Schema(required = true, description = "The articles of the issue with their details") List<ArticleDto> articles) {
    }

    @Schema(name = "BulletinFeedPage", description = "A page of the change feed, oldest change first; each issue appears once, at its latest change.")
    public record FeedPage(
            @Schema(required = true) List<FeedEntry> items,
            @Schema(required = true, description = "Pass as cursor for the next page; the same value when nothing new has happened") String nextCursor,
            @Schema(required = true, description = "More entries are ready now") boolean hasMore) {
    }
}
