package vn.lhh.contest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many of each award one category gives. */
@Schema(name = "ContestAwardQuota", description = "How many of each award one category gives")
public record AwardQuota(
        @Min(0) @Max(100) @Schema(required = true, examples = "1") int first,
        @Min(0) @Max(100) @Schema(required = true, examples = "2") int second,
        @Min(0) @Max(100) @Schema(required = true, examples = "3") int third,
        @Min(0) @Max(100) @Schema(required = true, examples = "4") int consolation) {
}
