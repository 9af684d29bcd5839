package vn.lhh.association.dto;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.common.etag.VersionedRecord;

@Schema(name = "Congress")
public record CongressDto(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID termId,
        @Schema(examples = "2027-06-15") LocalDate plannedDate,
        @Schema(examples = "2022-06-20") LocalDate heldDate,
        String decision,
        String outcome,
        @Schema(required = true, examples = "0") long version) implements VersionedRecord {
}
