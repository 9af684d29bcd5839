package vn.lhh.consultation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.persistence.FeatureRepository;
import vn.lhh.common.persistence.SqlValues;
import vn.lhh.common.text.SearchText;

@ApplicationScoped
public class ConsultationRepository implements FeatureRepository<Consultation, UUID> {

    public record Filter(String q, ConsultationStatus status, ConsultationKind kind, boolean overdue, LocalDate today) {
    }

    private static final String OPEN_LITERALS = String.join(", ", ConsultationStatus.OPEN.stream()
            .map(st -> ConsultationStatus.class.getName() + "." + st.name()).toList());

    /** Sort names → HQL. "urgency" puts overdue first, then the nearest deadline. */
    public static final Map<String, String> SORTABLE = Map.of(
            "urgency", "case when c.status in ('received', 'experts_assigned', 'opinions_collected') and c.deadline < :today then 0 else 1 end, c.deadline",
            "deadline", "c.deadline",
            "requestDate", "c.requestDate",
            "updatedAt", "c.updatedAt");

    public Page<Consultation> list(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        List<String> tokens = SearchText.tokens(f.q());
        for (int i = 0; i < tokens.size(); i++) {
            where.append(" and c.searchKey like :q").append(i).append(" escape '\\'");
            params.put("q" + i, SearchText.containsPattern(tokens.get(i)));
        }
        if (f.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (f.kind() != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.overdue()) {
            where.append(" and c.status in :open and c.deadline < :today");
        }
        var query = getEntityManager().createQuery("select c from Consultation c where " + where + " order by " + page.orderBy(), Consultation.class);
        var count = getEntityManager().createQuery("select count(c) from Consultation c where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        // the overdue filter and the urgency order compare with today
        if (f.overdue() || page.orderBy().contains(":today")) {
            query.setParameter("today", f.today());
        }
        if (f.overdue()) {
            query.setParameter("open", ConsultationStatus.OPEN);
        }
        if (f.overdue()) {
            count.setParameter("open", ConsultationStatus.OPEN).setParameter("today", f.today());
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(), page.size(),
                count.getSingleResult());
    }

    /**
     * The consultations an expert may open (assigned, not withdrawn: the rule of ConsultationService.get) whose
     * search key has every word, nearest deadline first; at most {@code limit}.
     */
    public List<Consultation> assignedTo(UUID expertId, String q, int limit) {
        StringBuilder where = new StringBuilder("exists (select 1 from Assignment a where a.consultationId = c.id and a.expertId = :expert"
                + " and a.status <> :withdrawn)");
        Map<String, Object> params = new HashMap<>();
        List<String> tokens = SearchText.tokens(q);
        for (int i = 0; i < tokens.size(); i++) {
            where.append(" and c.searchKey like :q").append(i).append(" escape '\\'");
            params.put("q" + i, SearchText.containsPattern(tokens.get(i)));
        }
        var query = getEntityManager().createQuery("select c from Consultation c where " + where + " order by c.deadline, c.id", Consultation.class)
                .setParameter("expert", expertId).setParameter("withdrawn", AssignmentStatus.withdrawn);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    public List<Assignment> assignmentsOf(UUID consultationId) {
        return getEntityManager().createQuery("select a from Assignment a where a.consultationId = ?1 order by a.createdAt, a.id", Assignment.class)
                .setParameter(1, consultationId).getResultList();
    }

    /** Per consultation: [assigned (not declined, conflicted, withdrawn), submitted]. */
    @SuppressWarnings("unchecked")
    public Map<UUID, long[]> assignmentCounts(Collection<UUID> consultationIds) {
        Map<UUID, long[]> counts = new HashMap<>();
        if (consultationIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT consultation_id,
                               count(*) FILTER (WHERE status IN ('invited', 'cleared', 'accepted', 'submitted')),
                               count(*) FILTER (WHERE status = 'submitted')
                        FROM consultation_assignment WHERE consultation_id IN (:ids) GROUP BY consultation_id""")
                .setParameter("ids", consultationIds).getResultList();
        rows.forEach(r -> counts.put((UUID) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        return counts;
    }

    public Page<Assignment> assignments(UUID expertId, AssignmentStatus status, boolean overdue, LocalDate today, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (expertId != null) {
            where.append(" and a.expertId = :expert");
            params.put("expert", expertId);
        }
        if (status != null) {
            where.append(" and a.status = :status");
            params.put("status", status);
        }
        if (overdue) {
            where.append(" and a.status in :open and a.opinionDueOn < :today");
            params.put("open", AssignmentStatus.OPEN);
            params.put("today", today);
        }
        var query = getEntityManager().createQuery("select a from Assignment a where " + where
                + " order by a.opinionDueOn, a.createdAt, a.id", Assignment.class);
        var count = getEntityManager().createQuery("select count(a) from Assignment a where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList(), page, size, count.getSingleResult());
    }

    /** Open assignments per expert: the load the rules and the suggestions look at. */
    public Map<UUID, Long> openLoad(Collection<UUID> expertIds) {
        Map<UUID, Long> load = new HashMap<>();
        if (expertIds.isEmpty()) {
            return load;
        }
        getEntityManager().createQuery("select a.expertId, count(a) from Assignment a where a.expertId in ?1 and a.status in ?2 group by a.expertId",
                        Object[].class)
                .setParameter(1, expertIds).setParameter(2, AssignmentStatus.OPEN).getResultList()
                .forEach(r -> load.put((UUID) r[0], ((Number) r[1]).longValue()));
        return load;
    }

    public record PoolRow(UUID expertId, long open, long submitted, long total, LocalDate lastEngagedOn) {
    }

    /** One page of the experts who were ever assigned: the busiest, then the most recently engaged, first. */
    @SuppressWarnings("unchecked")
    public Page<PoolRow> pool(int page, int size) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT expert_id,
                       count(*) FILTER (WHERE status IN ('invited', 'cleared', 'accepted')) AS open,
                       count(*) FILTER (WHERE status = 'submitted'),
                       count(*),
                       max(created_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS last_engaged
                FROM consultation_assignment GROUP BY expert_id
                ORDER BY open DESC, last_engaged DESC, expert_id
                LIMIT :limit OFFSET :offset""")
                .setParameter("limit", size).setParameter("offset", (page - 1) * size).getResultList();
        long total = ((Number) getEntityManager().createNativeQuery("SELECT count(DISTINCT expert_id) FROM consultation_assignment")
                .getSingleResult()).longValue();
        return new Page<>(rows.stream().map(r -> new PoolRow((UUID) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), SqlValues.localDate(r[4]))).toList(), page, size, total);
    }

    public Assignment assignmentOf(UUID consultationId, UUID expertId) {
        return getEntityManager().createQuery("select a from Assignment a where a.consultationId = ?1 and a.expertId = ?2", Assignment.class)
                .setParameter(1, consultationId).setParameter(2, expertId).getResultStream().findFirst().orElse(null);
    }

    /** An open assignment with what its reminders need (the expert is read through the expert service). */
    public record DueAssignment(UUID assignmentId, UUID consultationId, String subject, LocalDate opinionDueOn, UUID expertId) {
    }

    /** Open assignments of open consultations whose opinion is due on or before {@code until} (the reminders). */
    public List<DueAssignment> openAssignmentsDueBy(LocalDate until) {
        return getEntityManager().createQuery("""
                        select a.id, c.id, c.subject, a.opinionDueOn, a.expertId
                        from Assignment a, Consultation c
                        where c.id = a.consultationId and a.status in ?1 and c.status in ?2 and a.opinionDueOn <= ?3
                        order by a.opinionDueOn, a.id""", Object[].class)
                .setParameter(1, AssignmentStatus.OPEN).setParameter(2, ConsultationStatus.OPEN).setParameter(3, until).getResultList().stream()
                .map(r -> new DueAssignment((UUID) r[0], (UUID) r[1], (String) r[2], (LocalDate) r[3], (UUID) r[4])).toList();
    }

    /** Open consultations whose response is due on or before {@code until}. */
    public List<Consultation> openDueBy(LocalDate until) {
        return list("status in ?1 and deadline <= ?2 order by deadline, id", ConsultationStatus.OPEN, until);
    }

    /** The rules for using experts (JSON text) and their version: the one row of consultation_rules. */
    public Object[] rulesRow() {
        return (Object[]) getEntityManager().createNativeQuery("SELECT CAST(rules AS text), version FROM consultation_rules WHERE id = 1")
                .getSingleResult();
    }

    /** Replaces the rules if their version is still {@code expected} (a concurrent edit fails instead of overwriting); 0 when not. */
    public int updateRules(String rulesJson, long expected) {
        return getEntityManager().createNativeQuery(
                        "UPDATE consultation_rules SET rules = CAST(?1 AS jsonb), version = version + 1 WHERE id = 1 AND version = ?2")
                .setParameter(1, rulesJson).setParameter(2, expected).executeUpdate();
    }
}
