package vn.lhh.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.common.etag.Responses;
import vn.lhh.common.etag.VersionedRecord;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.security.CurrentUser;

/**
 * Idempotency-Key on creating POSTs. The record is inserted in the same transaction as the
 * create it guards: a concurrent retry waits on the primary key and then replays; a crash
 * rolls both back, so a retry creates exactly once. Records live in PostgreSQL, so every
 * API instance sees them.
 */
@ApplicationScoped
public class IdempotencyService {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    CurrentUser user;

    @ConfigProperty(name = "lhh.idempotency.retention")
    Duration retention;

    /**
     * A creating POST of a record under the request's collection, as {@link #run}: answered 201 with
     * {@code Location} (the collection's path + the new id) and the record's version as ETag.
     */
    @Transactional
    public Response created(String key, UriInfo uri, Object request, Supplier<? extends VersionedRecord> create) {
        return run(key, "POST", uri.getPath(), request, () -> {
            VersionedRecord created = create.get();
            return Responses.created(uri, created.id(), created, created.version());
        });
    }

    /** As above for a record whose own path is elsewhere: {@code Location} is {@code collection} (from the API root) + the new id. */
    @Transactional
    public Response created(String key, UriInfo uri, String collection, Object request, Supplier<? extends VersionedRecord> create) {
        return run(key, "POST", uri.getPath(), request, () -> {
            VersionedRecord created = create.get();
            return Responses.created(uri, collection, created.id(), created, created.version());
        });
    }

    /**
     * Runs {@code create} once per (caller, key). Without a key it simply runs it.
     * The response's entity is stored as JSON and replayed as is.
     */
    @Transactional
    public Response run(String key, String method, String path, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "validation.idempotency-key");
        }
        String principal = user.username();
        String hash = fingerprint(method, path, request);
        int inserted = em.createNativeQuery("""
                        INSERT INTO idempotency_record (principal, idem_key, request_hash, status, created_at)
                        VALUES (?1, ?2, ?3, 0, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, principal).setParameter(2, key).setParameter(3, hash)
                .setParameter(4, Instant.now())
                .executeUpdate();
        if (inserted == 0) {
            return replay(principal, key, hash);
        }
        Response response = create.get();
        String body = response.getEntity() == null ? null : toJson(response.getEntity());
        EntityTag etag = response.getEntityTag();
        em.createNativeQuery("""
                        UPDATE idempotency_record SET status = ?1, location = ?2, etag = ?3, body = ?4
                        WHERE principal = ?5 AND idem_key = ?6""")
                .setParameter(1, response.getStatus())
                .setParameter(2, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(3, etag == null ? null : etag.getValue())
                .setParameter(4, body)
                .setParameter(5, principal).setParameter(6, key)
                .executeUpdate();
        return response;
    }

    private Response replay(String principal, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT request_hash, status, location, etag, body FROM idempotency_record
                        WHERE principal = ?1 AND idem_key = ?2""")
                .setParameter(1, principal).setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            // The first request rolled back between our insert attempt and this read: let the client retry.
            throw ProblemException.conflict("problem.conflict.idempotency-in-flight");
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "problem.idempotency-key-reused.detail");
        }
        Response.ResponseBuilder rb = Response.status(((Number) row[1]).intValue()).header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            rb.header(HttpHeaders.LOCATION, row[2]);
        }
        if (row[3] != null) {
            rb.tag(new EntityTag((String) row[3]));
        }
        if (row[4] != null) {
            rb.entity(row[4]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return rb.build();
    }

    private String fingerprint(String method, String path, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }

    /** Expired records are deleted; harmless when several instances do it at once. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < ?1")
                .setParameter(1, Instant.now().minus(retention))
                .executeUpdate();
    }
}
