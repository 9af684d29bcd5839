package vn.lhh.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.paging.Keyset;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.persistence.RowSteps;
import vn.lhh.common.text.SearchText;

/** Programs, their items, tasks and progress. */
@ApplicationScoped
public class ProgramRepository implements RowSteps {
    @Inject
    EntityManager em;

    public static final Map<String, String> PROGRAM_SORTABLE = Map.of("startYear", "p.startYear", "documentNumber", "p.documentNumber");
    public static final Map<String, String> TASK_SORTABLE = Map.of(
            "year", "t.year not null", "plannedEnd", "t.plannedEnd not null", "status", "t.status not null", "position", "i.position not null");

    @Override
    public EntityManager entityManager() {
        return em;
    }

    public Page<Program> programs(PageRequest page) {
        List<Program> items = em.createQuery("select p from Program p order by " + page.orderBy(), Program.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(p) from Program p", Long.class).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public Program findByHash(String hash) {
        return em.createQuery("select p from Program p where p.sourceHash = :h", Program.class)
                .setParameter("h", hash).getResultStream().findFirst().orElse(null);
    }

    public boolean numberTaken(String number, int startYear) {
        return em.createQuery("select count(p) from Program p where p.documentNumber = :n and p.startYear = :y", Long.class)
                .setParameter("n", number).setParameter("y", startYear).getSingleResult() > 0;
    }

    public List<ProgramItem> items(UUID programId) {
        return em.createQuery("select i from ProgramItem i where i.programId = :p order by i.position", ProgramItem.class)
                .setParameter("p", programId).getResultList();
    }

    public List<ProgramTask> tasksOfProgram(UUID programId) {
        return em.createQuery("select t from ProgramTask t where t.programId = :p order by t.year, t.id", ProgramTask.class)
                .setParameter("p", programId).getResultList();
    }

    public int nextPosition(UUID programId) {
        Integer max = em.createQuery("select max(i.position) from ProgramItem i where i.programId = :p", Integer.class)
                .setParameter("p", programId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public long progressCountOfItem(UUID itemId) {
        return em.createQuery("select count(r) from TaskProgress r, ProgramTask t where r.taskId = t.id and t.itemId = :i", Long.class)
                .setParameter("i", itemId).getSingleResult();
    }

    public record TaskFilter(UUID programId, Integer year, TaskStatus status, ItemKind section, UUID associationId,
                             Boolean lateOnly, String q, LocalDate today) {
    }

    /** Tasks with their item, as [ProgramTask, ProgramItem] pairs. */
    public Page<Object[]> tasks(TaskFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" where i.id = t.itemId");
        Map<String, Object> params = new HashMap<>();
        if (f.programId() != null) {
            where.append(" and t.programId = :program");
            params.put("program", f.programId());
        }
        if (f.year() != null) {
            where.append(" and t.year = :year");
            params.put("year", f.year());
        }
        if (f.status() != null) {
            where.append(" and t.status = :status");
            params.put("status", f.status());
        }
        if (f.section() != null) {
            where.append(" and i.kind = :kind");
            params.put("kind", f.section());
        }
        if (f.associationId() != null) {
            where.append(" and (t.leadAssociationId = :assoc or exists (select 1 from ProgramTask t2 join t2.coordinators c"
                    + " where t2.id = t.id and c.associationId = :assoc))");
            params.put("assoc", f.associationId());
        }
        if (Boolean.TRUE.equals(f.lateOnly())) {
            where.append(" and t.status in (:open) and t.plannedEnd < :today");
            params.put("open", List.of(TaskStatus.not_started, TaskStatus.in_progress));
            params.put("today", f.today());
        }
        List<String> tokens = SearchText.tokens(f.q());
        for (int k = 0; k < tokens.size(); k++) {
            // f_search_key: the accent- and case-free form (see V1__platform.sql)
            where.append(" and cast(function('f_search_key', i.text) as String) like :q").append(k).append(" escape '\\'");
            params.put("q" + k, SearchText.containsPattern(tokens.get(k)));
        }
        Keyset keyset = Keyset.of(page, "program-tasks|" + f.programId() + "|" + f.year() + "|" + f.status() + "|" + f.section() + "|"
                + f.associationId() + "|" + f.lateOnly() + "|" + f.q());
        String after = keyset.condition(params);
        var query = em.createQuery("select t, i" + keyset.columns() + " from ProgramTask t, ProgramItem i" + where + after
                + " order by " + page.orderBy(), Object[].class);
        var count = em.createQuery("select t.id from ProgramTask t, ProgramItem i" + where, UUID.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            if (!k.startsWith("ck")) {
                count.setParameter(k, v);
            }
        });
        List<Object[]> rows = query.setFirstResult(keyset.firstResult()).setMaxResults(keyset.maxResults()).getResultList();
        return keyset.page(rows, rows, 2, keyset.count(count));
    }

    public List<TaskProgress> progressOf(UUID taskId) {
        return em.createQuery("select r from TaskProgress r where r.taskId = :t order by r.reportedOn desc, r.createdAt desc",
                TaskProgress.class).setParameter("t", taskId).getResultList();
    }

    public List<TaskProgress> progressOf(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from TaskProgress r where r.taskId in :t order by r.reportedOn desc, r.createdAt desc",
                TaskProgress.class).setParameter("t", taskIds).getResultList();
    }

    public List<TaskEvidence> evidenceOf(Collection<UUID> progressIds) {
        if (progressIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from TaskEvidence e where e.progressId in :p order by e.createdAt", TaskEvidence.class)
                .setParameter("p", progressIds).getResultList();
    }

    /** Written with its bytes in one statement; the entity maps only the metadata. */
    public void insertEvidence(TaskEvidence e, byte[] content) {
        em.createNativeQuery("""
                        INSERT INTO task_evidence (id, progress_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, e.id).setParameter(2, e.progressId).setParameter(3, e.fileName).setParameter(4, e.contentType)
                .setParameter(5, e.sizeBytes).setParameter(6, e.sha256).setParameter(7, content).setParameter(8, e.uploadedBy)
                .setParameter(9, e.createdAt).executeUpdate();
    }

    public byte[] evidenceContent(UUID evidenceId) {
        return (byte[]) em.createNativeQuery("SELECT content FROM task_evidence WHERE id = ?1")
                .setParameter(1, evidenceId).getSingleResult();
    }

    /** An open task of an active program with its item's text (the title when it has no short title). */
    public record TaskForReminder(ProgramTask task, String itemText) {
        public String title() {
            String t = task.shortTitle != null ? task.shortTitle : itemText;
            return t.length() > 200 ? t.substring(0, 199) + "…" : t;
        }
    }

    private static final String OPEN_TASKS = """
            select t, i.text from ProgramTask t, ProgramItem i, Program p
            where i.id = t.itemId and p.id = t.programId and p.status = ProgramStatus.active
              and t.status in (TaskStatus.not_started, TaskStatus.in_progress)""";

    /** Open tasks whose planned end is before {@code today} (late). */
    public List<TaskForReminder> lateTasks(LocalDate today) {
        return em.createQuery(OPEN_TASKS + " and t.plannedEnd < ?1 order by t.plannedEnd, t.id", Object[].class).setParameter(1, today)
                .getResultList().stream().map(r -> new TaskForReminder((ProgramTask) r[0], (String) r[1])).toList();
    }

    /** Open tasks running in {@code year} without any progress report dated in that year. */
    public List<TaskForReminder> tasksWithoutProgressIn(int year) {
        return em.createQuery(OPEN_TASKS + """
                 and t.plannedStart <= ?2 and t.plannedEnd >= ?1
                 and not exists (select 1 from TaskProgress g where g.taskId = t.id and g.reportedOn between ?1 and ?2)
                 order by t.id""", Object[].class)
                .setParameter(1, LocalDate.of(year, 1, 1)).setParameter(2, LocalDate.of(year, 12, 31))
                .getResultList().stream().map(r -> new TaskForReminder((ProgramTask) r[0], (String) r[1])).toList();
    }

    /** Deletes the tasks an item created. */
    public void deleteTasksOfItem(UUID itemId) {
        em.createQuery("delete from ProgramTask t where t.itemId = :i").setParameter("i", itemId).executeUpdate();
    }
}
