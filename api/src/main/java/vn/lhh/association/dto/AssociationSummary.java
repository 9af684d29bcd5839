package vn.lhh.association.dto;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.association.AssociationStatus;
import vn.lhh.association.CongressStatus;

@Schema(name = "AssociationSummary", description = "An association in a list.")
public record AssociationSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Hội Y học tỉnh Nghệ An") String name,
        @Schema(examples = "HYH") String abbreviation,
        @Schema(required = true, examples = "Y tế") String field,
        @Schema(required = true) AssociationStatus status,
        @Schema(required = true, examples = "1250") int memberCount,
        @Schema(required = true) CongressStatus congressStatus,
        @Schema(description = "End of the current (latest) term.", examples = "2027-06-30") LocalDate currentTermEnd) {
}
