package vn.lhh.common.files;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where uploaded files live, owned by a record of some feature (owner type and id). The
 * implementation keeps them in PostgreSQL, shared by every API instance; an object store
 * would implement this same interface.
 */
public interface FileStore {
    /** Stores a checked upload in the caller's transaction. */
    StoredFile store(String ownerType, UUID ownerId, Uploads.Checked file, String uploadedBy);

    List<StoredFile> list(String ownerType, UUID ownerId);

    List<StoredFile> list(String ownerType, List<UUID> ownerIds);

    Optional<StoredFile> find(String ownerType, UUID ownerId, UUID fileId);

    byte[] content(UUID fileId);
}
