package vn.lhh.association.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CongressInput", description = "A congress (đại hội) closing a term. At least one of plannedDate and heldDate.")
public record CongressInput(
        @NotNull @Schema(required = true, description = "The term this congress closes.") UUID termId,
        @Schema(examples = "2027-06-15") LocalDate plannedDate,
        @PastOrPresent @Schema(examples = "2022-06-20") LocalDate heldDate,
        @Size(max = 300) @Schema(examples = "Quyết định số 456/QĐ-SNV phê duyệt điều lệ") String decision,
        @Size(max = 5000) @Schema(examples = "Bầu Ban chấp hành khóa V gồm 25 ủy viên.") String outcome) {
}
