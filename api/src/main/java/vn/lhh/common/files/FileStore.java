package vn.lhh.common.files;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    Optional<StoredFile> find(UUID fileId);

    /** The metadata of several files at once (one query), by id; unknown ids are absent. */
    Map<UUID, StoredFile> find(Collection<UUID> fileIds);

    /** Removes a file that its owner no longer uses (a replaced PDF), in the caller's transaction. */
    void delete(UUID fileId);

    /**
     * Writes {@code length} bytes from {@code offset} to {@code out}, a chunk at a time, outside any
     * transaction (it runs while the response is being written).
     */
    void copy(UUID fileId, long offset, long length, OutputStream out) throws IOException;
}
