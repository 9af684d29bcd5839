package vn.lhh.common.audit.rest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One recorded write.")
public record AuditEventDto(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "2026-11-27T04:00:00Z") Instant occurredAt,
        @Schema(required = true, examples = "staff", description = "Username of whoever made the change.") String actor,
        @Schema(required = true, enumeration = {"create", "update", "delete"}, examples = "update") String action,
        @Schema(required = true, examples = "association") String entityType,
        @Schema(required = true, examples = "0b9d6a52-2f7e-4d3a-9d55-3f1f2f7f6a10") String entityId,
        @Schema(description = "The record before the change (absent for a create).") Map<String, Object> before,
        @Schema(description = "The record after the change (absent for a delete).") Map<String, Object> after,
        @Schema(examples = "5f0c6f0e-1f7a-4a4b-9a52-7f1a1d2b3c4d") String requestId) {
}
