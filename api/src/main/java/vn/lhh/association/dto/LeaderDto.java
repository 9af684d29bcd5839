package vn.lhh.association.dto;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.association.LeaderRole;
import vn.lhh.common.etag.VersionedRecord;

@Schema(name = "Leader")
public record LeaderDto(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID termId,
        @Schema(required = true, examples = "Nguyễn Văn Hùng") String personName,
        @Schema(examples = "PGS.TS.") String honorific,
        @Schema(required = true) LeaderRole role,
        @Schema(required = true, examples = "2022-07-01") LocalDate startDate,
        LocalDate endDate,
        @Schema(required = true, examples = "0") long version) implements VersionedRecord {
}
