package vn.lhh.association.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.association.AssociationStatus;
import vn.lhh.association.CongressStatus;

@Schema(name = "AssociationStatistics", description = "Exact counts of the associations the caller may list (outside the union "
        + "office, the active ones), by status and by congress status. Unlike a list's total, never a lower bound.")
public record AssociationStatistics(
        @Schema(required = true, examples = "128") long total,
        @Schema(required = true, description = "Every status, zero counts included") List<StatusCount> byStatus,
        @Schema(required = true, description = "Every congress status, zero counts included") List<CongressStatusCount> byCongressStatus,
        @Schema(required = true, description = "A congress is due when the current term ends within this many months", examples = "6")
        int dueWindowMonths) {

    @Schema(name = "AssociationStatusCount")
    public record StatusCount(@Schema(required = true) AssociationStatus status, @Schema(required = true, examples = "120") long count) {
    }

    @Schema(name = "CongressStatusCount")
    public record CongressStatusCount(@Schema(required = true) CongressStatus congressStatus,
                                      @Schema(required = true, examples = "7") long count) {
    }
}
