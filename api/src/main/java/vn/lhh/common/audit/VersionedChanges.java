package vn.lhh.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.files.FileStore;

/**
 * The steps every creation and change of a versioned record shares, written once. The service loads the record
 * and decides access (its {@code get}), then: If-Match against the version (428/412) → the record's
 * audit snapshot before → the change (rules, fields, its updatedAt) → flush, so that the version
 * moves before it is answered → the audit event → the representation.
 */
@ApplicationScoped
public class VersionedChanges {
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;
    @Inject
    FileStore files;

    /** Records a new row: persisted and flushed (the constraints speak now), audited, answered as {@code map} of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E, D> D create(String entityType, Object id, E record, Function<? super E, ?> snapshot, Function<? super E, D> map) {
        em.persist(record);
        em.flush();
        audit.record(AuditLog.Action.create, entityType, id, null, snapshot.apply(record));
        return map.apply(record);
    }

    /** As above for a record whose audit snapshot is its representation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E, D> D create(String entityType, Object id, E record, Function<? super E, D> representation) {
        em.persist(record);
        em.flush();
        D created = representation.apply(record);
        audit.record(AuditLog.Action.create, entityType, id, null, created);
        return created;
    }

    /** Changes a loaded record whose current version is {@code version}; answers {@code map} of it afterwards. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E, D> D update(String entityType, Object id, E record, long version, String ifMatch,
                           Function<? super E, ?> snapshot, Consumer<? super E> change, Function<? super E, D> map) {
        ETags.check(ifMatch, version);
        Object before = snapshot.apply(record);
        change.accept(record);
        em.flush();
        audit.record(AuditLog.Action.update, entityType, id, before, snapshot.apply(record));
        return map.apply(record);
    }

    /** As above for a record whose audit snapshot is its representation: mapped once after the change, and answered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E, D> D update(String entityType, Object id, E record, long version, String ifMatch,
                           Function<? super E, D> representation, Consumer<? super E> change) {
        ETags.check(ifMatch, version);
        D before = representation.apply(record);
        change.accept(record);
        em.flush();
        D after = representation.apply(record);
        audit.record(AuditLog.Action.update, entityType, id, before, after);
        return after;
    }

    /**
     * Points a loaded record at another stored file, or at none: as {@link #update}, where {@code change} sets the
     * reference (and its updatedAt) and answers the file it replaced, deleted only after the flush since the
     * record's reference to it must go first (foreign key).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E, D> D replaceFile(String entityType, Object id, E record, long version, String ifMatch,
                                Function<? super E, ?> snapshot, Function<? super E, UUID> change, Function<? super E, D> map) {
        ETags.check(ifMatch, version);
        Object before = snapshot.apply(record);
        UUID replaced = change.apply(record);
        em.flush();
        if (replaced != null) {
            files.delete(replaced);
        }
        audit.record(AuditLog.Action.update, entityType, id, before, snapshot.apply(record));
        return map.apply(record);
    }

    /** Deletes a loaded record whose current version is {@code version}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> void delete(String entityType, Object id, E record, long version, String ifMatch,
                           Function<? super E, ?> snapshot) {
        delete(entityType, id, record, version, ifMatch, snapshot, r -> { });
    }

    /** As {@link #delete(String, Object, Object, long, String, Function)}, with the rules that may refuse it (409) checked after If-Match. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> void delete(String entityType, Object id, E record, long version, String ifMatch,
                           Function<? super E, ?> snapshot, Consumer<? super E> guard) {
        ETags.check(ifMatch, version);
        guard.accept(record);
        Object before = snapshot.apply(record);
        em.remove(record);
        em.flush();
        audit.record(AuditLog.Action.delete, entityType, id, before, null);
    }
}
