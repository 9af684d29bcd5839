package vn.lhh.association.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TermInput", description = "A term (nhiệm kỳ). It ends after it starts and does not overlap another term of the association; the next term may start on the day the previous ends.")
public record TermInput(
        @NotNull @Min(1) @Max(1000) @Schema(required = true, examples = "5", description = "Term number (khóa)") Integer number,
        @NotNull @Schema(required = true, examples = "2022-07-01") LocalDate startDate,
        @NotNull @Schema(required = true, examples = "2027-06-30") LocalDate endDate) {
}
