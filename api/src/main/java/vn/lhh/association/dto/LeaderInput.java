package vn.lhh.association.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.association.LeaderRole;

@Schema(name = "LeaderInput", description = "A leadership role held in one term; it starts within the term.")
public record LeaderInput(
        @NotNull @Schema(required = true) UUID termId,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Nguyễn Văn Hùng") String personName,
        @Size(max = 100) @Schema(examples = "PGS.TS.") String honorific,
        @NotNull @Schema(required = true) LeaderRole role,
        @NotNull @Schema(required = true, examples = "2022-07-01") LocalDate startDate,
        @Schema(examples = "2027-06-30") LocalDate endDate) {
}
