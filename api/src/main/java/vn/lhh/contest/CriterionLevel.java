package vn.lhh.contest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a score of a criterion means, for judges to score alike. */
@Schema(name = "ContestCriterionLevel")
public record CriterionLevel(
        @Min(0) @Max(100) @Schema(required = true, examples = "8") int score,
        @NotBlank @Size(max = 1000) @Schema(required = true, examples = "Ý tưởng mới, chưa có sản phẩm tương tự trong tỉnh") String description) {
}
