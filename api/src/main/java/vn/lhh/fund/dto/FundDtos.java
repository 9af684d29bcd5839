package vn.lhh.fund.dto;

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
import vn.lhh.common.etag.VersionedRecord;
import vn.lhh.fund.ApplicantType;
import vn.lhh.fund.ApplicationStatus;
import vn.lhh.fund.Eligibility;
import vn.lhh.fund.FundCallKind;
import vn.lhh.fund.FundCallStatus;

/** The fund feature's API records: calls and applications (review and decisions follow). */
public final class FundDtos {
    public static final String CODE_PATTERN = "^[a-z0-9][a-z0-9-]{0,39}$";
    /** The largest budget a call may name: ten thousand billion VND, far above any provincial fund. */
    public static final long MAX_VND = 10_000_000_000_000L;

    private FundDtos() {
    }

    @Schema(name = "FundCriterion", description = "One criterion of a call's assessment rubric")
    public record CriterionInput(
            @NotNull @Pattern(regexp = CODE_PATTERN, message = "{fund.validation.code}") @Schema(required = true, examples = "tinh-moi",
                    description = "Short code, unique in the rubric: lower-case letters, digits, '-'") String code,
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Tính mới và tính cấp thiết") String name,
            @Size(max = 2000) String description,
            @NotNull @Min(1) @Max(100) @Schema(required = true, examples = "30", description = "Weight in percent; the weights sum to 100 before the call opens")
            Integer weight,
            @NotNull @Min(1) @Max(100) @Schema(required = true, examples = "10", description = "The highest score a reviewer may give") Integer maxScore) {
    }

    @Schema(name = "FundCallInput", description = "A call as written by create (POST) and replace (PUT). The status moves with its own operation.")
    public record CallInput(
            @NotNull @Schema(required = true, description = "grant: the union's S&T activities fund; task_proposal: scientific tasks proposed to the province")
            FundCallKind kind,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Quỹ hỗ trợ hoạt động KH&CN năm 2027, đợt 1") String title,
            @NotBlank @Size(max = 20000) @Schema(required = true, description = "What the call supports, its conditions and how to apply (plain text)")
            String description,
            @NotNull @Min(1) @Max(MAX_VND) @Schema(required = true, examples = "500000000", description = "Whole VND") Long budgetVnd,
            @NotNull @Schema(required = true, description = "Who may apply: associations (through their officers), experts for themselves, or both")
            Eligibility eligibility,
            @Size(max = 15) @Schema(description = "Field codes of the expert vocabulary the call is for (GET /api/v1/expertise-fields); empty: any field",
                    examples = "[\"nong-nghiep\", \"y-te\"]") List<@NotBlank @Size(max = 60) String> fields,
            @Size(max = 20) @Schema(description = "The assessment rubric, in order; required (weights summing to 100) before the call opens")
            List<@Valid @NotNull CriterionInput> rubric,
            @Schema(description = "Reviewers' scores are normalised per reviewer (as the contest does) before they are combined. Default false")
            Boolean normaliseScores,
            @NotNull @Schema(required = true, examples = "2027-01-05T08:00:00+07:00") Instant opensAt,
            @NotNull @Schema(required = true, examples = "2027-02-28T17:00:00+07:00", description = "After opensAt; a submission at or after it is refused")
            Instant closesAt) {
    }

    @Schema(name = "FundCallTransitionInput")
    public record CallTransitionInput(@NotNull @Schema(required = true) FundCallStatus to) {
    }

    @Schema(name = "FundCriterionView")
    public record CriterionDto(@Schema(required = true) String code, @Schema(required = true) String name, String description,
                               @Schema(required = true) int weight, @Schema(required = true) int maxScore) {
    }

    @Schema(name = "FundDocument", description = "A document of a call (its full text, a form to fill in) or an attachment of an application; url is relative to the API's base URL")
    public record DocumentDto(@Schema(required = true) UUID id, @Schema(required = true) String fileName, @Schema(required = true) String contentType,
                              @Schema(required = true) int sizeBytes, @Schema(required = true) Instant uploadedAt,
                              @Schema(required = true, examples = "/api/v1/fund-calls/…/documents/…") String url) {
    }

    @Schema(name = "FundCallSummary", description = "A call in a list")
    public record FundCallSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) FundCallKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) long budgetVnd,
            @Schema(required = true) Eligibility eligibility,
            @Schema(required = true) List<String> fields,
            @Schema(required = true) Instant opensAt,
            @Schema(required = true) Instant closesAt,
            @Schema(required = true) FundCallStatus status,
            @Schema(required = true, description = "Applications are accepted now: open, and now lies between opensAt and closesAt") boolean accepting,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "FundCall")
    public record CallDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) FundCallKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) String description,
            @Schema(required = true) long budgetVnd,
            @Schema(required = true) Eligibility eligibility,
            @Schema(required = true) List<String> fields,
            @Schema(required = true) List<CriterionDto> rubric,
            @Schema(required = true) boolean normaliseScores,
            @Schema(required = true) Instant opensAt,
            @Schema(required = true) Instant closesAt,
            @Schema(required = true) FundCallStatus status,
            @Schema(required = true, description = "Applications are accepted now: open, and now lies between opensAt and closesAt") boolean accepting,
            @Schema(required = true) List<DocumentDto> documents,
            @Schema(required = true, description = "Moves the caller may make now (empty for everyone but the office)") List<FundCallStatus> allowedTransitions,
            @Schema(description = "Who created it (shown to the office only)") String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) implements VersionedRecord {
    }

    @Schema(name = "FundTeamMember", description = "A member of the team: an expert of the network, by profile")
    public record TeamMemberInput(@NotNull @Schema(required = true) UUID expertId,
                                  @NotBlank @Size(max = 200) @Schema(required = true, examples = "Chủ nhiệm") String role) {
    }

    @Schema(name = "FundBudgetLine", description = "A line of the budget, in whole VND")
    public record BudgetLineInput(
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Tổ chức hội thảo khoa học (thuê hội trường, tài liệu)") String item,
            @NotNull @Min(0) @Max(MAX_VND) @Schema(required = true, examples = "45000000", description = "Requested from the call") Long requestedVnd,
            @Min(0) @Max(MAX_VND) @Schema(examples = "10000000", description = "The applicant's own funding; default 0") Long counterpartVnd) {
    }

    @Schema(name = "FundApplicationInput", description = "An application as written by create (POST) and replace (PUT), while it is a draft")
    public record ApplicationInput(
            @NotNull @Schema(required = true, description = "The call applied to (fixed once created)") UUID callId,
            @Schema(description = "The association applying, for an association officer (fixed once created); absent: the caller applies as an expert "
                    + "of the network, with their own profile") UUID associationId,
            @NotBlank @Size(max = 300) @Schema(required = true, examples = "Hội thảo ứng dụng công nghệ cao trong trồng cam Vinh") String title,
            @NotBlank @Size(max = 5000) @Schema(required = true) String summary,
            @NotBlank @Size(max = 10000) @Schema(required = true) String objectives,
            @NotBlank @Size(max = 10000) @Schema(required = true) String expectedResults,
            @NotNull @Min(1) @Max(60) @Schema(required = true, examples = "6") Integer durationMonths,
            @Size(max = 30) @Schema(description = "The team, experts of the network by profile") List<@Valid @NotNull TeamMemberInput> team,
            @NotNull @Size(min = 1, max = 50) @Schema(required = true, description = "The budget in lines; the requested total is at most the call's budget")
            List<@Valid @NotNull BudgetLineInput> budgetLines) {
    }

    @Schema(name = "FundApplicationTransitionInput")
    public record ApplicationTransitionInput(
            @NotNull @Schema(required = true, description = "The applicant: submitted (while the call accepts applications), withdrawn (before the "
                    + "decision). The office: eligible, ineligible (reason required), under_review") ApplicationStatus to,
            @Size(max = 2000) @Schema(description = "Why (required for ineligible; kept on the application)") String reason) {
    }

    @Schema(name = "FundTeamMemberView")
    public record TeamMemberDto(@Schema(required = true) UUID expertId, @Schema(required = true) String role,
                                @Schema(description = "Title, degree and name, as documents write them") String displayName) {
    }

    @Schema(name = "FundBudgetLineView")
    public record BudgetLineDto(@Schema(required = true) String item, @Schema(required = true) long requestedVnd,
                                @Schema(required = true) long counterpartVnd) {
    }

    @Schema(name = "FundApplicationSummary", description = "An application in a list")
    public record FundApplicationSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID callId,
            @Schema(required = true) ApplicantType applicantType,
            UUID associationId,
            UUID expertId,
            @Schema(required = true, description = "The association's or the expert's name") String applicantName,
            @Schema(required = true) String title,
            @Schema(required = true) long requestedVnd,
            @Schema(required = true) ApplicationStatus status,
            Instant submittedAt,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "FundApplication")
    public record ApplicationDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID callId,
            @Schema(required = true) String callTitle,
            @Schema(required = true) ApplicantType applicantType,
            UUID associationId,
            UUID expertId,
            @Schema(required = true) String applicantName,
            @Schema(required = true) String title,
            @Schema(required = true) String summary,
            @Schema(required = true) String objectives,
            @Schema(required = true) String expectedResults,
            @Schema(required = true) int durationMonths,
            @Schema(required = true) List<TeamMemberDto> team,
            @Schema(required = true) List<BudgetLineDto> budgetLines,
            @Schema(required = true, description = "The sum of the lines' requested amounts") long requestedVnd,
            @Schema(required = true) long counterpartVnd,
            @Schema(required = true) ApplicationStatus status,
            @Schema(description = "Why it was found ineligible, or withdrawn") String statusReason,
            Instant submittedAt,
            @Schema(required = true) List<DocumentDto> attachments,
            @Schema(required = true, description = "Moves the caller may make now") List<ApplicationStatus> allowedTransitions,
            @Schema(required = true, description = "The caller may edit it now (the applicant, a draft, the call accepting)") boolean editable,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) long version) implements VersionedRecord {
    }
}
