package vn.lhh.contest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and writes of the judging: judges, declared relations, assignments (contest_judge_category and
 * contest_judge_entry are plain link tables without entities, written with native SQL), score sheets.
 */
@ApplicationScoped
public class JudgingRepository {
    @Inject
    EntityManager em;

    // ---- entries in judging (single records, categories and rubrics: ContestRepository)

    public List<ContestEntry> entries(UUID editionId, Set<EntryStatus> statuses) {
        return em.createQuery("from ContestEntry e where e.editionId = ?1 and e.status in ?2 order by e.number", ContestEntry.class)
                .setParameter(1, editionId).setParameter(2, statuses).getResultList();
    }

    // ---- judges and relations

    public ContestJudge judge(UUID id) {
        return em.find(ContestJudge.class, id);
    }

    public List<ContestJudge> judges(UUID editionId) {
        return em.createQuery("from ContestJudge j where j.editionId = ?1 order by lower(j.fullName), j.id", ContestJudge.class)
                .setParameter(1, editionId).getResultList();
    }

    public List<ContestJudge> judgesOf(String username) {
        return em.createQuery("from ContestJudge j where j.username = ?1", ContestJudge.class).setParameter(1, username).getResultList();
    }

    public Optional<ContestJudge> judgeOf(UUID editionId, String username) {
        return em.createQuery("from ContestJudge j where j.editionId = ?1 and j.username = ?2", ContestJudge.class)
                .setParameter(1, editionId).setParameter(2, username).getResultStream().findFirst();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }

    public JudgeRelation relation(UUID id) {
        return em.find(JudgeRelation.class, id);
    }

    public List<JudgeRelation> relations(Collection<UUID> judgeIds) {
        if (judgeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from JudgeRelation r where r.judgeId in ?1 order by r.createdAt, r.id", JudgeRelation.class)
                .setParameter(1, judgeIds).getResultList();
    }

    public boolean relationExists(UUID judgeId, UUID entryId) {
        return em.createQuery("select count(r) from JudgeRelation r where r.judgeId = ?1 and r.entryId = ?2", Long.class)
                .setParameter(1, judgeId).setParameter(2, entryId).getSingleResult() > 0;
    }

    // ---- assignments

    /** Judge id → assigned category ids. */
    public Map<UUID, List<UUID>> categoryAssignments(Collection<UUID> judgeIds) {
        return links("SELECT judge_id, category_id FROM contest_judge_category WHERE judge_id IN (:ids) ORDER BY created_at, category_id", judgeIds);
    }

    /** Judge id → entry ids assigned one by one. */
    public Map<UUID, List<UUID>> entryAssignments(Collection<UUID> judgeIds) {
        return links("SELECT judge_id, entry_id FROM contest_judge_entry WHERE judge_id IN (:ids) ORDER BY created_at, entry_id", judgeIds);
    }

    private Map<UUID, List<UUID>> links(String sql, Collection<UUID> judgeIds) {
        Map<UUID, List<UUID>> out = new HashMap<>();
        if (judgeIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("ids", judgeIds).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]);
        }
        return out;
    }

    /** True when the link is new. */
    public boolean assignCategory(UUID judgeId, UUID categoryId, String by) {
        return em.createNativeQuery("""
                        INSERT INTO contest_judge_category (judge_id, category_id, created_by, created_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, judgeId).setParameter(2, categoryId).setParameter(3, by).setParameter(4, Instant.now()).executeUpdate() > 0;
    }

    public boolean unassignCategory(UUID judgeId, UUID categoryId) {
        return em.createNativeQuery("DELETE FROM contest_judge_category WHERE judge_id = ?1 AND category_id = ?2")
                .setParameter(1, judgeId).setParameter(2, categoryId).executeUpdate() > 0;
    }

    public boolean assignEntry(UUID judgeId, UUID entryId, String by) {
        return em.createNativeQuery("""
                        INSERT INTO contest_judge_entry (judge_id, entry_id, created_by, created_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, judgeId).setParameter(2, entryId).setParameter(3, by).setParameter(4, Instant.now()).executeUpdate() > 0;
    }

    public boolean unassignEntry(UUID judgeId, UUID entryId) {
        return em.createNativeQuery("DELETE FROM contest_judge_entry WHERE judge_id = ?1 AND entry_id = ?2")
                .setParameter(1, judgeId).setParameter(2, entryId).executeUpdate() > 0;
    }

    // ---- score sheets

    public ContestScore score(UUID id) {
        return em.find(ContestScore.class, id);
    }

    public Optional<ContestScore> score(UUID judgeId, UUID entryId) {
        return em.createQuery("from ContestScore s where s.judgeId = ?1 and s.entryId = ?2", ContestScore.class)
                .setParameter(1, judgeId).setParameter(2, entryId).getResultStream().findFirst();
    }

    public List<ContestScore> scoresOfEntries(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from ContestScore s where s.entryId in ?1 order by s.createdAt, s.id", ContestScore.class)
                .setParameter(1, entryIds).getResultList();
    }

    public List<ContestScore> scoresOfJudges(Collection<UUID> judgeIds) {
        if (judgeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from ContestScore s where s.judgeId in ?1", ContestScore.class).setParameter(1, judgeIds).getResultList();
    }

    /** Discards a judge's sheet for an entry they may no longer score (a declared relation). */
    public int deleteScore(UUID judgeId, UUID entryId) {
        return em.createQuery("delete from ContestScore s where s.judgeId = ?1 and s.entryId = ?2")
                .setParameter(1, judgeId).setParameter(2, entryId).executeUpdate();
    }
}
