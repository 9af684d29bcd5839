package vn.lhh.association;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Terms, congresses and leadership records, always read within their association. */
@ApplicationScoped
public class AssociationPartRepository {
    @Inject
    EntityManager em;

    public void persist(AssociationPart part) {
        em.persist(part);
        em.flush();
    }

    public void remove(AssociationPart part) {
        em.remove(part);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public <P extends AssociationPart> P find(Class<P> type, UUID associationId, UUID id) {
        P part = em.find(type, id);
        return part != null && part.associationId.equals(associationId) ? part : null;
    }

    public List<AssociationTerm> terms(UUID associationId) {
        return em.createQuery("select t from AssociationTerm t where t.associationId = :a order by t.startDate desc, t.id",
                AssociationTerm.class).setParameter("a", associationId).getResultList();
    }

    public List<Congress> congresses(UUID associationId) {
        return em.createQuery("""
                        select c from Congress c where c.associationId = :a
                        order by coalesce(c.heldDate, c.plannedDate) desc, c.id""", Congress.class)
                .setParameter("a", associationId).getResultList();
    }

    public List<Leader> leaders(UUID associationId) {
        return em.createQuery("select l from Leader l where l.associationId = :a order by l.startDate desc, l.role, l.id",
                Leader.class).setParameter("a", associationId).getResultList();
    }

    public boolean overlaps(UUID associationId, UUID exceptTermId, LocalDate start, LocalDate end) {
        return em.createQuery("""
                        select count(t) from AssociationTerm t where t.associationId = :a and t.id <> :except
                        and t.startDate < :end and :start < t.endDate""", Long.class)
                .setParameter("a", associationId).setParameter("except", exceptTermId == null ? new UUID(0, 0) : exceptTermId)
                .setParameter("start", start).setParameter("end", end)
                .getSingleResult() > 0;
    }

    public boolean termNumberTaken(UUID associationId, UUID exceptTermId, int number) {
        return em.createQuery("""
                        select count(t) from AssociationTerm t where t.associationId = :a and t.id <> :except
                        and t.number = :n""", Long.class)
                .setParameter("a", associationId).setParameter("except", exceptTermId == null ? new UUID(0, 0) : exceptTermId)
                .setParameter("n", number).getSingleResult() > 0;
    }

    public long countReferencingTerm(UUID termId) {
        return em.createQuery("select count(c) from Congress c where c.termId = :t", Long.class)
                .setParameter("t", termId).getSingleResult()
                + em.createQuery("select count(l) from Leader l where l.termId = :t", Long.class)
                .setParameter("t", termId).getSingleResult();
    }

    public boolean congressForTermExists(UUID termId, UUID exceptCongressId) {
        return em.createQuery("select count(c) from Congress c where c.termId = :t and c.id <> :except", Long.class)
                .setParameter("t", termId).setParameter("except", exceptCongressId == null ? new UUID(0, 0) : exceptCongressId)
                .getSingleResult() > 0;
    }

    public long countParts(UUID associationId) {
        return em.createQuery("select count(t) from AssociationTerm t where t.associationId = :a", Long.class)
                .setParameter("a", associationId).getSingleResult();
    }

    /** The latest term by start date: the one whose congress is watched. */
    public AssociationTerm latestTerm(UUID associationId) {
        List<AssociationTerm> terms = em.createQuery(
                        "select t from AssociationTerm t where t.associationId = :a order by t.startDate desc", AssociationTerm.class)
                .setParameter("a", associationId).setMaxResults(1).getResultList();
        return terms.isEmpty() ? null : terms.get(0);
    }

    public boolean congressHeldFor(UUID termId) {
        return em.createQuery("select count(c) from Congress c where c.termId = :t and c.heldDate is not null", Long.class)
                .setParameter("t", termId).getSingleResult() > 0;
    }

    /** The latest term of each of these associations, in one query (an export's page, not one query per row). */
    public Map<UUID, AssociationTerm> latestTerms(Collection<UUID> associationIds) {
        Map<UUID, AssociationTerm> latest = new HashMap<>();
        if (associationIds.isEmpty()) {
            return latest;
        }
        em.createQuery("select t from AssociationTerm t where t.associationId in :ids order by t.startDate desc", AssociationTerm.class)
                .setParameter("ids", associationIds).getResultList()
                .forEach(t -> latest.putIfAbsent(t.associationId, t));
        return latest;
    }
}
