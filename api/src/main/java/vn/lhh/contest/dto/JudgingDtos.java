package vn.lhh.contest.dto;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.common.web.StrictInteger;
import vn.lhh.contest.Award;
import vn.lhh.contest.AwardQuota;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.ScoreStatus;
import vn.lhh.contest.dto.ContestDtos.CategoryRef;
import vn.lhh.contest.dto.ContestDtos.CriterionDto;
import vn.lhh.contest.dto.ContestDtos.FileDto;
import vn.lhh.common.etag.VersionedRecord;

/** The judging part of the contest API: judges, assignments, score sheets, ranking, awards and results. */
public final class JudgingDtos {
    private JudgingDtos() {
    }

    // ---- judges ------------------------------------------------------------------------------

    @Schema(name = "ContestJudgeInput", description = "A judge as written by create (POST) and replace (PUT). With expertId, fullName and "
            + "affiliation default to the expert's profile and username to the expert's account.")
    public record JudgeInput(
            @Size(max = 200) @Schema(description = "Required unless expertId is given", examples = "PGS.TS. Lê Văn Hùng") String fullName,
            @Size(max = 200) @Pattern(regexp = "^[A-Za-z0-9._@-]+$", message = "{validation.username}")
            @Schema(description = "The account that scores (role judge or expert); without it the judge cannot use the scoring screen", examples = "judge")
            String username,
            @Schema(description = "An expert of the network") UUID expertId,
            @Size(max = 300) @Schema(examples = "Trường Đại học Vinh") String affiliation,
            @Email @Size(max = 200) @Schema(examples = "hung.lv@example.edu.vn") String email,
            @Size(max = 40) @Schema(examples = "0912 000 111") String phone,
            @Size(max = 20) @Schema(description = "Schools where the judge works or teaches: an entry of these schools is a conflict of interest",
                    examples = "[\"Trường THPT chuyên Phan Bội Châu\"]")
            List<@NotBlank @Size(max = 300) String> schools) {
    }

    @Schema(name = "ContestJudgeRelation", description = "A relation the judge declared with an entry: a conflict of interest")
    public record RelationDto(@Schema(required = true) UUID id, @Schema(required = true) UUID entryId, @Schema(required = true, examples = "7") int entryNumber,
                              @Schema(required = true) String entryTitle, @Schema(required = true, examples = "Con của giám khảo là tác giả") String note,
                              @Schema(required = true) String createdBy, @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "ContestJudgeRelationInput")
    public record RelationInput(@NotNull @Schema(required = true) UUID entryId,
                                @NotBlank @Size(max = 1000) @Schema(required = true, examples = "Giám khảo là cô ruột của tác giả") String note) {
    }

    @Schema(name = "ContestJudge")
    public record JudgeDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID editionId,
            @Schema(required = true) String fullName,
            String username,
            UUID expertId,
            String affiliation,
            String email,
            String phone,
            @Schema(required = true) List<String> schools,
            @Schema(required = true, description = "Categories assigned as a whole") List<UUID> categoryIds,
            @Schema(required = true, description = "Entries assigned one by one") List<UUID> entryIds,
            @Schema(required = true) List<RelationDto> relations,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) implements VersionedRecord {
    }

    // ---- assignments -------------------------------------------------------------------------

    @Schema(name = "ContestConflictReason", description = "school: the entry's school, an author's or the supervisor's school is one of the judge's; "
            + "relation: the judge declared a relation with the entry")
    public enum ConflictReason { school, relation }

    @Schema(name = "ContestJudgeConflict", description = "An entry the judge may not score, and why")
    public record ConflictDto(@Schema(required = true) UUID entryId, @Schema(required = true) int number, @Schema(required = true) String title,
                              @Schema(required = true) UUID categoryId, @Schema(required = true) ConflictReason reason,
                              @Schema(required = true, description = "The school in common, or the declared relation's note") String detail) {
    }

    @Schema(name = "ContestAssignedEntry", description = "An entry the judge scores")
    public record AssignedEntryDto(@Schema(required = true) UUID entryId, @Schema(required = true) int number,
                                   @Schema(required = true, examples = "2026-007") String code, @Schema(required = true) String title,
                                   @Schema(required = true) UUID categoryId, @Schema(required = true) String categoryName,
                                   @Schema(required = true, description = "category: through a category assignment; entry: assigned one by one",
                                           enumeration = {"category", "entry"}) String via,
                                   @Schema(description = "The judge's score sheet status; null when not started") ScoreStatus scoreStatus,
                                   @Schema(description = "The sheet's total once submitted (0–100)") BigDecimal total) {
    }

    @Schema(name = "ContestJudgeAssignments", description = "What a judge scores: every entry in judging (eligible, judged, awarded, nominated) of the "
            + "assigned categories and every entry assigned one by one, less the conflicts of interest, which are listed with their reason")
    public record AssignmentsDto(@Schema(required = true) UUID judgeId, @Schema(required = true) List<CategoryRef> categories,
                                 @Schema(required = true) List<AssignedEntryDto> entries, @Schema(required = true) List<ConflictDto> excluded) {
    }

    // ---- the judge's own view ----------------------------------------------------------------

    @Schema(name = "ContestMyJudging", description = "One edition the caller judges")
    public record MyJudgingDto(@Schema(required = true) UUID judgeId, @Schema(required = true) UUID editionId,
                               @Schema(required = true, examples = "2026") int year, @Schema(required = true) String editionName,
                               @Schema(required = true) LocalDate judgingOpens, @Schema(required = true) LocalDate judgingCloses,
                               @Schema(required = true, description = "Today is within [judgingOpens, judgingCloses] (province time)") boolean scoringOpen,
                               @Schema(required = true) List<AssignedEntryDto> entries) {
    }

    @Schema(name = "ContestMyJudgingList")
    public record MyJudgingList(@Schema(required = true) List<MyJudgingDto> items) {
    }

    @Schema(name = "ContestBlindEntry", description = "An assigned entry as a judge sees it: never its authors, supervisor, school or district (blind judging)")
    public record BlindEntryDto(@Schema(required = true) UUID id, @Schema(required = true) int number, @Schema(required = true, examples = "2026-007") String code,
                                @Schema(required = true) String title, @Schema(required = true) CategoryRef category,
                                @Schema(required = true) String description, String howItWorks, String videoUrl,
                                @Schema(required = true) List<FileDto> files,
                                @Schema(required = true) List<CriterionDto> rubric,
                                @Schema(description = "The caller's score sheet; null before the first save") ScoreSheetDto score,
                                @Schema(required = true, description = "Scoring is open today and the sheet is not submitted") boolean canScore) {
    }

    // ---- score sheets ------------------------------------------------------------------------

    @Schema(name = "ContestScoreInput", description = "A score sheet draft: per criterion id an integer 0..maxScore (criteria may be missing in a draft), "
            + "optional comments per criterion and overall")
    public record ScoreInput(
            @JsonDeserialize(contentUsing = StrictInteger.class)
            @Schema(description = "Criterion id → score (a JSON integer)", examples = "{\"6f1c…\": 8}") Map<String, Integer> scores,
            @Schema(description = "Criterion id → comment") Map<String, @Size(max = 2000) String> criterionComments,
            @Size(max = 5000) @Schema(examples = "Mô hình hoạt động ổn định, cần hoàn thiện thuyết minh.") String comment) {
    }

    @Schema(name = "ContestScoreSheet")
    public record ScoreSheetDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID judgeId,
            @Schema(required = true) UUID entryId,
            @Schema(required = true) Map<String, Integer> scores,
            @Schema(required = true) Map<String, String> criterionComments,
            String comment,
            @Schema(description = "100 × Σ(weight × score / maxScore) / Σ weight, 3 decimals; set on submission") BigDecimal total,
            @Schema(required = true) ScoreStatus status,
            Instant submittedAt,
            Instant reopenedAt,
            String reopenedBy,
            String reopenReason,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) {
    }

    @Schema(name = "ContestEntryScore", description = "A judge's score sheet for an entry, for the office")
    public record EntryScoreDto(@Schema(required = true) String judgeName, @Schema(required = true) ScoreSheetDto sheet) {
    }

    @Schema(name = "ContestEntryScores")
    public record EntryScoresDto(@Schema(required = true) UUID entryId, @Schema(required = true) List<CriterionDto> rubric,
                                 @Schema(required = true) List<EntryScoreDto> items) {
    }

    @Schema(name = "ContestScoreReopening")
    public record ReopenInput(@NotBlank @Size(max = 2000) @Schema(required = true, examples = "Giám khảo nhập nhầm điểm tiêu chí 2") String reason) {
    }

    // ---- progress ----------------------------------------------------------------------------

    @Schema(name = "ContestProgressCount", description = "Entries to score: assigned = submitted + draft + missing")
    public record ProgressCount(@Schema(required = true) int assigned, @Schema(required = true) int submitted,
                                @Schema(required = true) int draft, @Schema(required = true) int missing) {
    }

    @Schema(name = "ContestJudgeCategoryProgress")
    public record JudgeCategoryProgress(@Schema(required = true) CategoryRef category, @Schema(required = true) ProgressCount count) {
    }

    @Schema(name = "ContestJudgeProgress")
    public record JudgeProgress(@Schema(required = true) UUID judgeId, @Schema(required = true) String fullName, String username,
                                @Schema(required = true) ProgressCount count, @Schema(required = true) List<JudgeCategoryProgress> categories) {
    }

    @Schema(name = "ContestCategoryProgress", description = "A category: its entries in judging and the score sheets expected of its judges")
    public record CategoryProgress(@Schema(required = true) CategoryRef category, @Schema(required = true) int entries,
                                   @Schema(required = true) ProgressCount count,
                                   @Schema(required = true, description = "Its awards are confirmed") boolean confirmed) {
    }

    @Schema(name = "ContestJudgingProgress", description = "Who has not finished: per judge and per category")
    public record ProgressDto(@Schema(required = true) UUID editionId, @Schema(required = true) List<JudgeProgress> judges,
                              @Schema(required = true) List<CategoryProgress> categories) {
    }

    // ---- ranking and awards ------------------------------------------------------------------

    @Schema(name = "ContestRankingRow")
    public record RankingRow(
            @Schema(required = true, description = "Standard competition ranking: 1, 2, 2, 4") int rank,
            @Schema(required = true) UUID entryId,
            @Schema(required = true) int number,
            @Schema(required = true, examples = "2026-007") String code,
            @Schema(required = true) String title,
            @Schema(required = true) EntryStatus status,
            @Schema(required = true, description = "Mean of the judges' z-scores, 6 decimals", examples = "0.333333") BigDecimal normalisedScore,
            @Schema(required = true, description = "Mean of the judges' totals, 3 decimals", examples = "65.667") BigDecimal rawScore,
            @Schema(required = true, description = "Judges who score the entry") int judges,
            @Schema(required = true, description = "Of them, how many submitted") int submitted,
            @Schema(required = true, description = "Every judge who scores the entry has submitted") boolean complete,
            @Schema(description = "From the ranking and the quotas; null beyond them") Award proposedAward,
            @Schema(description = "The confirmed award (after confirmation)") Award award,
            String awardName) {
    }

    @Schema(name = "ContestJudgeStatistics", description = "A judge's submitted totals in the category: their mean and population standard deviation")
    public record JudgeStatsDto(@Schema(required = true) UUID judgeId, @Schema(required = true) String fullName, @Schema(required = true) int submitted,
                                @Schema(required = true) BigDecimal mean, @Schema(required = true) BigDecimal standardDeviation,
                                @Schema(required = true, description = "False when the judge's z-scores are all 0 (fewer than 2 totals, or all equal)") boolean normalises) {
    }

    @Schema(name = "ContestRanking")
    public record RankingDto(@Schema(required = true) CategoryRef category, @Schema(required = true) UUID editionId,
                             @Schema(required = true) AwardQuota awardQuota,
                             @Schema(required = true, description = "Every ranked entry is complete: the awards may be confirmed") boolean complete,
                             @Schema(required = true, description = "The awards are confirmed") boolean confirmed,
                             @Schema(required = true) List<RankingRow> rows, @Schema(required = true) List<JudgeStatsDto> judges) {
    }

    @Schema(name = "ContestAwardInput", description = "One entry's award after confirmation: null for none; special needs awardName")
    public record AwardInput(@Schema(description = "null: no award (the entry becomes judged)") Award award,
                             @Size(max = 300) @Schema(examples = "Giải đặc biệt của Tỉnh đoàn") String awardName) {
    }

    @Schema(name = "ContestNominationInput")
    public record NominationInput(@NotNull @Schema(required = true) Boolean nominated,
                                  @Size(max = 2000) @Schema(examples = "Đề cử dự thi toàn quốc lĩnh vực Kỹ thuật công nghệ") String note) {
    }

    @Schema(name = "ContestEntryAward", description = "An entry's award and nomination")
    public record EntryAwardDto(@Schema(required = true) UUID entryId, @Schema(required = true) int number, @Schema(required = true) String title,
                                @Schema(required = true) EntryStatus status, Award award, String awardName, Instant awardConfirmedAt,
                                String awardConfirmedBy, @Schema(required = true) boolean nominated, String nominationNote, Instant nominatedAt,
                                @Schema(required = true) long version) {
    }

    // ---- results -----------------------------------------------------------------------------

    @Schema(name = "ContestResultAuthor", description = "Only with the entry's recorded consent: name, school and district, never more")
    public record ResultAuthor(@Schema(required = true) String fullName, @Schema(required = true) String school, @Schema(required = true) String district) {
    }

    @Schema(name = "ContestResultEntry")
    public record ResultEntry(@Schema(required = true) UUID entryId, @Schema(required = true) int number,
                              @Schema(required = true, examples = "2026-007") String code, @Schema(required = true) String title,
                              @Schema(required = true) Award award, String awardName, @Schema(required = true) boolean nominated,
                              @Schema(description = "Null without consent") String school, @Schema(description = "Null without consent") String district,
                              @Schema(required = true, description = "Empty without consent") List<ResultAuthor> authors,
                              @Schema(required = true, description = "True when no consent to publish the authors was recorded") boolean authorsWithheld) {
    }

    @Schema(name = "ContestResultCategory")
    public record ResultCategory(@Schema(required = true) CategoryRef category, @Schema(required = true) List<ResultEntry> entries) {
    }

    @Schema(name = "ContestResults")
    public record ResultsDto(@Schema(required = true) UUID editionId, @Schema(required = true) int year, @Schema(required = true) String editionName,
                             @Schema(required = true) boolean published, Instant publishedAt,
                             @Schema(required = true) List<ResultCategory> categories) {
    }
}
