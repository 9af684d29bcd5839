package vn.lhh.union;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UnionProfileRepository implements PanacheRepositoryBase<UnionProfile, Short> {
    /** The row the migration inserts; it always exists. */
    public UnionProfile current() {
        return findById(UnionProfile.ID);
    }
}
