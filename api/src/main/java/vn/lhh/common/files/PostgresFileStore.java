package vn.lhh.common.files;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.lhh.common.persistence.SqlValues;

/** Files as rows of stored_file: transactional with the record they belong to, visible to every instance. */
@ApplicationScoped
public class PostgresFileStore implements FileStore {
    private static final String COLUMNS = "id, owner_type, owner_id, file_name, content_type, size_bytes, sha256, uploaded_by, created_at";

    /** Bytes read per round trip while streaming a file out. */
    private static final int CHUNK = 1 << 20;

    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;

    @Override
    public StoredFile store(String ownerType, UUID ownerId, Uploads.Checked file, String uploadedBy) {
        StoredFile f = new StoredFile(UUID.randomUUID(), ownerType, ownerId, file.fileName(), file.contentType(),
                file.content().length, file.sha256(), uploadedBy, Instant.now());
        em.createNativeQuery("INSERT INTO stored_file (" + COLUMNS + ", content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, f.id()).setParameter(2, ownerType).setParameter(3, ownerId).setParameter(4, f.fileName())
                .setParameter(5, f.contentType()).setParameter(6, f.sizeBytes()).setParameter(7, f.sha256())
                .setParameter(8, uploadedBy).setParameter(9, f.createdAt()).setParameter(10, file.content())
                .executeUpdate();
        return f;
    }

    @Override
    public List<StoredFile> list(String ownerType, UUID ownerId) {
        return list(ownerType, List.of(ownerId));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<StoredFile> list(String ownerType, List<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM stored_file WHERE owner_type = :type AND owner_id IN (:ids)"
                        + " ORDER BY created_at, id")
                .setParameter("type", ownerType).setParameter("ids", ownerIds).getResultList();
        return rows.stream().map(PostgresFileStore::row).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<StoredFile> find(String ownerType, UUID ownerId, UUID fileId) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM stored_file WHERE id = ?1 AND owner_type = ?2 AND owner_id = ?3")
                .setParameter(1, fileId).setParameter(2, ownerType).setParameter(3, ownerId).getResultList();
        return rows.stream().findFirst().map(PostgresFileStore::row);
    }

    @Override
    public byte[] content(UUID fileId) {
        return (byte[]) em.createNativeQuery("SELECT content FROM stored_file WHERE id = ?1").setParameter(1, fileId).getSingleResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<StoredFile> find(UUID fileId) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM stored_file WHERE id = ?1")
                .setParameter(1, fileId).getResultList();
        return rows.stream().findFirst().map(PostgresFileStore::row);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, StoredFile> find(Collection<UUID> fileIds) {
        if (fileIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM stored_file WHERE id IN (:ids)")
                .setParameter("ids", List.copyOf(fileIds)).getResultList();
        Map<UUID, StoredFile> found = new HashMap<>();
        rows.stream().map(PostgresFileStore::row).forEach(f -> found.put(f.id(), f));
        return found;
    }

    @Override
    public void delete(UUID fileId) {
        em.createNativeQuery("DELETE FROM stored_file WHERE id = ?1").setParameter(1, fileId).executeUpdate();
    }

    /** Plain JDBC on its own connection: the response is written after the request's transaction ended. */
    @Override
    public void copy(UUID fileId, long offset, long length, OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT substring(content FROM ?::int FOR ?::int) FROM stored_file WHERE id = ?")) {
            long done = 0;
            while (done < length) {
                int n = (int) Math.min(CHUNK, length - done);
                ps.setLong(1, offset + done + 1);
                ps.setInt(2, n);
                ps.setObject(3, fileId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IOException("stored file " + fileId + " is gone");
                    }
                    byte[] chunk = rs.getBytes(1);
                    if (chunk.length == 0) {
                        throw new IOException("stored file " + fileId + " is shorter than recorded");
                    }
                    out.write(chunk);
                    done += chunk.length;
                }
            }
        } catch (SQLException e) {
            throw new IOException("reading stored file " + fileId, e);
        }
    }

    private static StoredFile row(Object[] r) {
        return new StoredFile((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue(),
                (String) r[6], (String) r[7], SqlValues.instant(r[8]));
    }
}
