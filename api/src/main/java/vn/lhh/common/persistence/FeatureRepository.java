package vn.lhh.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;

/** A Panache repository of a feature's main entity, with the {@link RowSteps} for its other entities and locks. */
public interface FeatureRepository<E, I> extends PanacheRepositoryBase<E, I>, RowSteps {

    @Override
    default EntityManager entityManager() {
        return getEntityManager();
    }
}
