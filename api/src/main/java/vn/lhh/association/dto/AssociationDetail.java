package vn.lhh.association.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.association.AssociationStatus;
import vn.lhh.association.CongressStatus;
import vn.lhh.common.etag.VersionedRecord;

@Schema(name = "AssociationDetail", description = "An association with its terms, congresses and leadership.")
public record AssociationDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Hội Y học tỉnh Nghệ An") String name,
        @Schema(examples = "HYH") String abbreviation,
        @Schema(required = true, examples = "Y tế") String field,
        @Schema(examples = "Quyết định số 1234/QĐ-UBND ngày 12/5/2005") String foundingDecision,
        @Schema(examples = "2005-05-12") LocalDate foundedOn,
        @Schema(required = true) AssociationStatus status,
        @Schema(required = true, examples = "1250") int memberCount,
        String description,
        ContactInfo contact,
        @Schema(description = "Present only for staff, admin and the association's own officers.") String internalNotes,
        @Schema(required = true) CongressStatus congressStatus,
        @Schema(description = "The latest term, if any.") TermDto currentTerm,
        @Schema(required = true) List<TermDto> terms,
        @Schema(required = true) List<CongressDto> congresses,
        @Schema(required = true) List<LeaderDto> leaders,
        @Schema(required = true, description = "Whether the caller may edit this association (the API still decides).") boolean canEdit,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Version; also sent as the ETag.", examples = "3") long version) implements VersionedRecord {
}
