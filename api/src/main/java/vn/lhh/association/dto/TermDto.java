package vn.lhh.association.dto;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.common.etag.VersionedRecord;

@Schema(name = "Term")
public record TermDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "5") int number,
        @Schema(required = true, examples = "2022-07-01") LocalDate startDate,
        @Schema(required = true, examples = "2027-06-30") LocalDate endDate,
        @Schema(required = true, examples = "0") long version) implements VersionedRecord {
}
