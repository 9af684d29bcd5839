package vn.lhh.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.lhh.common.etag.ETags;

/**
 * The steps every change of a versioned record shares, written once. The service loads the record
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
