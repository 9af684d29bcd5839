package vn.lhh.common.files;

import java.time.Instant;
import java.util.UUID;

/** What is known of a stored file without reading its bytes. */
public record StoredFile(UUID id, String ownerType, UUID ownerId, String fileName, String contentType, int sizeBytes,
                         String sha256, String uploadedBy, Instant createdAt) {
}
