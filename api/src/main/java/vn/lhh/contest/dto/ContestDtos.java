package vn.lhh.contest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.contest.Award;
import vn.lhh.contest.AwardQuota;
import vn.lhh.contest.ContestPhase;
import vn.lhh.contest.CoordinatorKind;
import vn.lhh.contest.CriterionLevel;
import vn.lhh.contest.EditionStatus;
import vn.lhh.contest.EntryAuthor;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.Supervisor;
import vn.lhh.common.etag.VersionedRecord;

/** The contest's core API records: editions, categories and rubrics, coordinators, entries, statistics. */
public final class ContestDtos {
    public static final String CODE_PATTERN = "^[a-z0-9][a-z0-9-]{0,39}$";
    public static final String URL_PATTERN = "^https?://\\S+$";

    private ContestDtos() {
    }

    @Schema(name = "ContestEditionInput", description = "An edition as written by create (POST) and replace (PUT). Dates are calendar days in "
            + "Asia/Ho_Chi_Minh, inclusive: registrationOpens ≤ registrationCloses ≤ submissionCloses ≤ judgingOpens ≤ judgingCloses ≤ resultsDate.")
    public record EditionInput(
            @NotNull @Min(2000) @Max(2200) @Schema(required = true, examples = "2026") Integer year,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Nghệ An lần thứ 14") String name,
            @Size(max = 10000) String description,
            @Size(max = 20) @Schema(description = "Co-organisers in the order printed on the rules",
                    examples = "[\"Sở Khoa học và Công nghệ\", \"Sở Giáo dục và Đào tạo\", \"Tỉnh đoàn Nghệ An\"]")
            List<@NotBlank @Size(max = 300) String> coOrganisers,
            @NotNull @Schema(required = true, examples = "2026-03-01") LocalDate registrationOpens,
            @NotNull @Schema(required = true, examples = "2026-05-31") LocalDate registrationCloses,
            @NotNull @Schema(required = true, examples = "2026-06-30") LocalDate submissionCloses,
            @NotNull @Schema(required = true, examples = "2026-07-10") LocalDate judgingOpens,
            @NotNull @Schema(required = true, examples = "2026-07-31") LocalDate judgingCloses,
            @NotNull @Schema(required = true, examples = "2026-08-15") LocalDate resultsDate,
            @NotNull @Min(3) @Max(40) @Schema(required = true, examples = "8", description = "Youngest age in full years on registrationCloses") Integer minAge,
            @NotNull @Min(3) @Max(40) @Schema(required = true, examples = "18", description = "Oldest age in full years on registrationCloses") Integer maxAge,
            @Min(1) @Max(12) @Schema(examples = "3", description = "Lowest school grade of an author who gives one") Integer minGrade,
            @Min(1) @Max(12) @Schema(examples = "12") Integer maxGrade,
            @NotNull @Min(1) @Max(1000) @Schema(required = true, examples = "3", description = "Entries of one school (not rejected) per edition") Integer maxEntriesPerSchool,
            @NotNull @Min(1) @Max(20) @Schema(required = true, examples = "2") Integer maxAuthorsPerEntry,
            @Valid @NotNull @Schema(required = true) AwardQuota awardQuota) {
    }

    @Schema(name = "ContestFile", description = "A stored file; url is relative to the API's base URL")
    public record FileDto(@Schema(required = true) UUID id,
                          @Schema(required = true, enumeration = {"rules", "photo", "document"}) String kind,
                          @Schema(required = true) String fileName,
                          @Schema(required = true) String contentType, @Schema(required = true) int sizeBytes,
                          @Schema(required = true) String sha256, @Schema(required = true) String url,
                          @Schema(required = true) Instant uploadedAt) {
    }

    @Schema(name = "ContestEdition")
    public record EditionDto(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "2026") int year,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) List<String> coOrganisers,
            @Schema(required = true) LocalDate registrationOpens,
            @Schema(required = true) LocalDate registrationCloses,
            @Schema(required = true) LocalDate submissionCloses,
            @Schema(required = true) LocalDate judgingOpens,
            @Schema(required = true) LocalDate judgingCloses,
            @Schema(required = true) LocalDate resultsDate,
            @Schema(required = true, description = "Computed from the dates and today in Asia/Ho_Chi_Minh") ContestPhase phase,
            @Schema(required = true) int minAge,
            @Schema(required = true) int maxAge,
            Integer minGrade,
            Integer maxGrade,
            @Schema(required = true) int maxEntriesPerSchool,
            @Schema(required = true) int maxAuthorsPerEntry,
            @Schema(required = true) AwardQuota awardQuota,
            @Schema(required = true) EditionStatus status,
            @Schema(description = "The rules document (PDF), if uploaded") FileDto rules,
            Instant resultsPublishedAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) implements VersionedRecord {
    }

    @Schema(name = "ContestEditionTransitionInput")
    public record EditionTransitionInput(@NotNull @Schema(required = true) EditionStatus status) {
    }

    @Schema(name = "ContestCategoryInput")
    public record CategoryInput(
            @NotNull @Pattern(regexp = CODE_PATTERN, message = "{contest.validation.code}") @Schema(required = true, examples = "ky-thuat-co-khi",
                    description = "Short code, unique in the edition: lower-case letters, digits, '-'") String code,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Kỹ thuật cơ khí") String name,
            @Size(max = 5000) String description,
            @NotNull @Min(1) @Max(1000) @Schema(required = true, examples = "1", description = "Order of the categories") Integer position) {
    }

    @Schema(name = "ContestCriterionInput")
    public record CriterionInput(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Tính mới, tính sáng tạo") String name,
            @Size(max = 2000) String description,
            @NotNull @DecimalMin(value = "0.001") @DecimalMax("1000") @Schema(required = true, examples = "30") BigDecimal weight,
            @NotNull @Min(1) @Max(100) @Schema(required = true, examples = "10") Integer maxScore,
            @Size(max = 101) @Schema(description = "What scores mean, by score (each at most maxScore, no score twice)")
            List<@Valid @NotNull CriterionLevel> levels) {
    }

    @Schema(name = "ContestRubricInput", description = "The whole rubric of a category, in order; replaces the previous one")
    public record RubricInput(@NotNull @Size(min = 1, max = 30) @Schema(required = true) List<@Valid @NotNull CriterionInput> criteria) {
    }

    @Schema(name = "ContestCriterion")
    public record CriterionDto(@Schema(required = true) UUID id, @Schema(required = true) int position, @Schema(required = true) String name,
                               String description, @Schema(required = true) BigDecimal weight, @Schema(required = true) int maxScore,
                               @Schema(required = true) List<CriterionLevel> levels) {
    }

    @Schema(name = "ContestCategory")
    public record CategoryDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID editionId,
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) int position,
            @Schema(required = true, description = "The rubric, in order (empty until set)") List<CriterionDto> rubric,
            @Schema(required = true, description = "True once a score exists in the category: the rubric can no longer change") boolean rubricFrozen,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) implements VersionedRecord {
    }

    @Schema(name = "ContestCoordinatorInput", description = "A school contact (kind school: school and district) or a district coordinator (kind district: district)")
    public record CoordinatorInput(
            @NotBlank @Size(max = 200) @Pattern(regexp = "^[A-Za-z0-9._@-]+$", message = "{validation.username}")
            @Schema(required = true, examples = "coordinator", description = "The Keycloak account (role contest-coordinator)") String username,
            @NotNull @Schema(required = true) CoordinatorKind kind,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Cô Phạm Thị Hương") String fullName,
            @Email @Size(max = 200) String email,
            @Size(max = 40) @Pattern(regexp = "^[0-9 +().-]*$", message = "{validation.phone}") String phone,
            @Size(max = 300) @Schema(examples = "Trường THCS Đặng Thai Mai", description = "Required for a school contact") String school,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Thành phố Vinh") String district,
            @Schema(description = "Default true; an inactive coordinator may not register or edit entries") Boolean active) {
    }

    @Schema(name = "ContestCoordinator")
    public record CoordinatorDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String username,
            @Schema(required = true) CoordinatorKind kind,
            @Schema(required = true) String fullName,
            String email,
            String phone,
            String school,
            @Schema(required = true) String district,
            @Schema(required = true) boolean active,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) implements VersionedRecord {
    }

    @Schema(name = "ContestEntryInput", description = "An entry as written by create (POST) and replace (PUT). The edition is the category's. "
            + "For a school contact, school and district are taken from the coordinator record (values sent are ignored).")
    public record EntryInput(
            @NotNull @Schema(required = true) UUID categoryId,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Máy tưới cây tự động dùng năng lượng mặt trời") String title,
            @NotBlank @Size(max = 20000) @Schema(required = true) String description,
            @Size(max = 20000) String howItWorks,
            @Size(max = 1000) @Pattern(regexp = URL_PATTERN, message = "{validation.url}") @Schema(examples = "https://www.youtube.com/watch?v=abc") String videoUrl,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Trường THCS Đặng Thai Mai") String school,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Thành phố Vinh") String district,
            @Size(max = 200) @Schema(examples = "Phường Trường Thi") String commune,
            @Valid Supervisor supervisor,
            @NotNull @Size(min = 1, max = 20) @Schema(required = true, description = "At most the edition's maxAuthorsPerEntry")
            List<@Valid @NotNull EntryAuthor> authors) {
    }

    @Schema(name = "ContestCategoryRef")
    public record CategoryRef(@Schema(required = true) UUID id, @Schema(required = true) String code, @Schema(required = true) String name) {
    }

    @Schema(name = "ContestEntrySummary")
    public record EntrySummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID editionId,
            @Schema(required = true, examples = "2026-007") String code,
            @Schema(required = true) int number,
            @Schema(required = true) CategoryRef category,
            @Schema(required = true) String title,
            @Schema(required = true) String school,
            @Schema(required = true) String district,
            @Schema(required = true, description = "Authors' names in order") List<String> authorNames,
            @Schema(required = true) EntryStatus status,
            Award award,
            @Schema(required = true) String registeredBy,
            Instant submittedAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) {
    }

    @Schema(name = "ContestEntry")
    public record EntryDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID editionId,
            @Schema(required = true) int editionYear,
            @Schema(required = true, examples = "2026-007", description = "year-number, how the office refers to it") String code,
            @Schema(required = true, description = "Per edition, without gaps at creation") int number,
            @Schema(required = true) CategoryRef category,
            @Schema(required = true) String title,
            @Schema(required = true) String description,
            String howItWorks,
            String videoUrl,
            @Schema(required = true) String school,
            @Schema(required = true) String district,
            String commune,
            Supervisor supervisor,
            @Schema(required = true, description = "Minors' personal data: internal") List<EntryAuthor> authors,
            @Schema(required = true, description = "Whether names, school and district may be shown in public results") boolean consentPublic,
            Instant consentRecordedAt,
            String consentRecordedBy,
            @Schema(required = true) EntryStatus status,
            String rejectionReason,
            Instant submittedAt,
            Award award,
            String awardName,
            String nominationNote,
            Instant nominatedAt,
            @Schema(required = true) String registeredBy,
            @Schema(required = true, description = "Photos and documents, oldest first") List<FileDto> files,
            @Schema(required = true, description = "Moves the caller may ask for now (dates and role considered)") List<EntryStatus> allowedTransitions,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) implements VersionedRecord {
    }

    @Schema(name = "ContestEntryTransitionInput")
    public record EntryTransitionInput(
            @NotNull @Schema(required = true) EntryStatus status,
            @Size(max = 2000) @Schema(description = "Required when rejecting", examples = "Bài dự thi trùng với sản phẩm đã đoạt giải năm trước") String reason) {
    }

    @Schema(name = "ContestConsentInput")
    public record ConsentInput(
            @NotNull @Schema(required = true, description = "The parents' written consent to show names, school and district in public results") Boolean consentPublic,
            @Size(max = 2000) @Schema(description = "Kept in the audit log", examples = "Phiếu đồng ý của phụ huynh nộp ngày 12/4") String note) {
    }

    @Schema(name = "ContestCount", description = "One bar of a chart")
    public record Count(@Schema(required = true, description = "What is counted: a district, school, category id, grade or status") String key,
                        @Schema(required = true, description = "How to show it") String label,
                        @Schema(required = true) long count) {
    }

    @Schema(name = "ContestStatistics", description = "Counts of an edition's entries (drafts only with includeDrafts); byGrade counts authors, "
            + "the others entries; key \"none\" for authors without a grade")
    public record StatisticsDto(
            @Schema(required = true) UUID editionId,
            @Schema(required = true) boolean includeDrafts,
            @Schema(required = true) long entries,
            @Schema(required = true) long authors,
            @Schema(required = true) List<Count> byDistrict,
            @Schema(required = true) List<Count> bySchool,
            @Schema(required = true) List<Count> byCategory,
            @Schema(required = true) List<Count> byGrade,
            @Schema(required = true) List<Count> byStatus) {
    }
}
