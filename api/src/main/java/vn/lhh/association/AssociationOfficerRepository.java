package vn.lhh.association;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Which Keycloak users are officers of which association. */
@ApplicationScoped
public class AssociationOfficerRepository {
    @Inject
    EntityManager em;

    public record Officer(String username, Instant assignedAt, String assignedBy) {
    }

    public boolean isOfficer(String username, UUID associationId) {
        return ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM association_officer WHERE username = ?1 AND association_id = ?2")
                .setParameter(1, username).setParameter(2, associationId).getSingleResult()).longValue() > 0;
    }

    @SuppressWarnings("unchecked")
    public List<UUID> associationsOf(String username) {
        return em.createNativeQuery(
                        "SELECT association_id FROM association_officer WHERE username = ?1 ORDER BY association_id", UUID.class)
                .setParameter(1, username).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<Officer> officersOf(UUID associationId) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT username, assigned_at, assigned_by FROM association_officer
                        WHERE association_id = ?1 ORDER BY username""")
                .setParameter(1, associationId).getResultList();
        return rows.stream().map(r -> new Officer((String) r[0], toInstant(r[1]), (String) r[2])).toList();
    }

    /** @return true when the assignment is new */
    public boolean assign(UUID associationId, String username, String by) {
        return em.createNativeQuery("""
                        INSERT INTO association_officer (association_id, username, assigned_at, assigned_by)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, associationId).setParameter(2, username).setParameter(3, Instant.now()).setParameter(4, by)
                .executeUpdate() > 0;
    }

    public boolean remove(UUID associationId, String username) {
        return em.createNativeQuery("DELETE FROM association_officer WHERE association_id = ?1 AND username = ?2")
                .setParameter(1, associationId).setParameter(2, username).executeUpdate() > 0;
    }

    public void removeAll(UUID associationId) {
        em.createNativeQuery("DELETE FROM association_officer WHERE association_id = ?1")
                .setParameter(1, associationId).executeUpdate();
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return null;
    }
}
