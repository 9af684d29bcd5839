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
import vn.lhh.common.etag.Versioned;
import vn.lhh.fund.Eligibility;
import vn.lhh.fund.FundCallKind;
import vn.lhh.fund.FundCallStatus;

/** The fund feature's API records: calls (applications, review and decisions follow). */
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

    @Schema(name = "FundCallDocument", description = "A document of the call (its full text, a form to fill in); url is relative to the API's base URL")
    public record DocumentDto(@Schema(required = true) UUID id, @Schema(required = true) String fileName, @Schema(required = true) String contentType,
                              @Schema(required = true) int sizeBytes, @Schema(required = true) Instant uploadedAt,
                              @Schema(required = true, examples = "/api/v1/fund-calls/…/documents/…") String url) {
    }

    @Schema(name = "FundCallSummary", description = "A call in a list")
    public record CallSummary(
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
            @Schema(required = true) long version) implements Versioned {
    }
}
