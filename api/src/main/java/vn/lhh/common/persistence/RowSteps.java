package vn.lhh.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The persistence steps a feature's services need beyond its repository's queries: saving, deleting and finding rows
 * of the feature's entities, and locks, named for what they do. Repositories implement it; services call these and
 * never the EntityManager (ArchitectureTest).
 */
public interface RowSteps {

    /** The repository's EntityManager: for the repository's own use only. */
    EntityManager entityManager();

    /** Saves a new row. */
    default void persistRow(Object entity) {
        entityManager().persist(entity);
    }

    /** Deletes a row. */
    default void removeRow(Object entity) {
        entityManager().remove(entity);
    }

    /** A row by its id, or null. */
    default <T> T findRow(Class<T> type, Object id) {
        return entityManager().find(type, id);
    }

    /** The same, locked (SELECT ... FOR UPDATE) until the transaction ends. */
    default <T> T findRowForUpdate(Class<T> type, Object id) {
        return entityManager().find(type, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Moves a row's version (and so its ETag) at commit although none of its columns changed: its parts did. */
    default void bumpVersion(Object entity) {
        entityManager().lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Reloads a row and locks it (SELECT ... FOR UPDATE) until the transaction ends: one writer at a time. */
    default void lockForUpdate(Object entity) {
        entityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Writes the pending changes now (so that a constraint fails here, or a version moves before it is read). */
    default void flushRows() {
        entityManager().flush();
    }
}
