package vn.lhh.association.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.association.AssociationStatus;

@Schema(name = "AssociationInput", description = "An association as written by create (POST) and replace (PUT).")
public record AssociationInput(
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Hội Y học tỉnh Nghệ An") String name,
        @Size(max = 50) @Schema(examples = "HYH") String abbreviation,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Y tế") String field,
        @Size(max = 300) @Schema(examples = "Quyết định số 1234/QĐ-UBND ngày 12/5/2005") String foundingDecision,
        @PastOrPresent @Schema(examples = "2005-05-12") LocalDate foundedOn,
        @Schema(description = "On create, defaults to active. On replace, absent means unchanged; only staff and admin may change it.")
        AssociationStatus status,
        @Min(0) @Max(10_000_000) @Schema(examples = "1250") Integer memberCount,
        @Size(max = 5000) @Schema(examples = "Tập hợp các thầy thuốc, nhà khoa học trong lĩnh vực y học.") String description,
        @Valid ContactInfo contact,
        @Size(max = 5000) @Schema(description = "Office notes: seen only by staff, admin and the association's officers.")
        String internalNotes) {
}
