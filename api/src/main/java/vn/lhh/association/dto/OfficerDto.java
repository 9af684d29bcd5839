package vn.lhh.association.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Officer", description = "A user (Keycloak username) who acts for the association.")
public record OfficerDto(
        @Schema(required = true, examples = "officer") String username,
        @Schema(required = true) Instant assignedAt,
        @Schema(required = true, examples = "admin") String assignedBy) {
}
