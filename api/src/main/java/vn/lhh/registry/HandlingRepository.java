package vn.lhh.registry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.paging.Page;

/** The handling of incoming documents: the row of one document, and the office's and a handler's lists. */
@ApplicationScoped
public class HandlingRepository implements PanacheRepositoryBase<DocumentHandling, UUID> {

    /**
     * The handling row of an incoming document, locked until the transaction ends; written as "received"
     * when the document had none. Concurrent writers queue on the row, so the second sees the first's
     * version (and its If-Match fails) instead of both writing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DocumentHandling lockOrCreate(UUID documentId) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO document_handling (document_id, state, updated_at, version) VALUES (?1, 'received', now(), 0)
                        ON CONFLICT (document_id) DO NOTHING""")
                .setParameter(1, documentId).executeUpdate();
        return getEntityManager().find(DocumentHandling.class, documentId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Filters of the lists; null means "any". handler: only documents this user handles. */
    public record Filter(HandlingState state, Boolean overdue, String handler, LocalDate today) {
    }

    /** A line of the lists: the document, its handling (null fields while received) and its handlers in order, lead first. */
    public record Line(UUID documentId, int number, int year, String symbol, String subject, String issuingBody, LocalDate receivedOn,
                       HandlingState state, LocalDate deadline, String leadHandler, boolean overdue, List<String> handlers) {
    }

    private static final String OVERDUE = "(h.state IN ('assigned', 'in_progress') AND h.deadline < :today)";

    /**
     * Incoming documents with their handling: overdue first, then open ones by deadline, then the newest
     * received. A document without a handling row is "received".
     */
    public Page<Line> lines(Filter f, int page, int size) {
        StringBuilder where = new StringBuilder("d.direction = 'incoming'");
        Map<String, Object> params = new HashMap<>();
        params.put("today", Date.valueOf(f.today()));
        if (f.state() != null) {
            where.append(" AND coalesce(h.state, 'received') = :state");
            params.put("state", f.state().name());
        }
        if (f.overdue() != null) {
            where.append(f.overdue() ? " AND " + OVERDUE : " AND NOT coalesce(" + OVERDUE + ", false)");
        }
        if (f.handler() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM document_handler x WHERE x.document_id = d.id AND x.username = :handler)");
            params.put("handler", f.handler());
        }
        String from = " FROM official_document d LEFT JOIN document_handling h ON h.document_id = d.id WHERE " + where;
        var em = getEntityManager();
        var query = em.createNativeQuery("SELECT d.id, d.number, d.year, d.symbol, d.subject, d.issuing_body, d.received_on, "
                + "coalesce(h.state, 'received'), h.deadline, h.lead_handler, coalesce(" + OVERDUE + ", false) AS overdue" + from
                + " ORDER BY overdue DESC, CASE WHEN h.state IN ('assigned', 'in_progress') THEN h.deadline END ASC NULLS LAST,"
                + " d.received_on DESC, d.number DESC, d.id", Object[].class);
        var count = em.createNativeQuery("SELECT count(*)" + from);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            if (!k.equals("today") || where.indexOf(":today") >= 0) {
                count.setParameter(k, v);
            }
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        Map<UUID, List<String>> handlers = handlersOf(rows.stream().map(r -> (UUID) r[0]).toList());
        List<Line> lines = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            lines.add(new Line(id, ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (String) r[3], (String) r[4], (String) r[5],
                    localDate(r[6]), HandlingState.valueOf((String) r[7]), localDate(r[8]), (String) r[9], Boolean.TRUE.equals(r[10]),
                    handlers.getOrDefault(id, List.of())));
        }
        return new Page<>(lines, page, size, ((Number) count.getSingleResult()).longValue());
    }

    /** An open handling (assigned or in progress) whose deadline is near or past, with its handlers, the lead first. */
    public record OpenDue(UUID documentId, int number, int year, String symbol, String subject, String issuingBody, LocalDate deadline,
                          List<String> handlers) {
    }

    /** Open handlings due on or before {@code limit} (the reminders' query; the partial index on deadline serves it). */
    public List<OpenDue> openDueBy(LocalDate limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT d.id, d.number, d.year, d.symbol, d.subject, d.issuing_body, h.deadline
                        FROM document_handling h JOIN official_document d ON d.id = h.document_id
                        WHERE h.state IN ('assigned', 'in_progress') AND h.deadline <= :limit
                        ORDER BY h.deadline, d.id""", Object[].class)
                .setParameter("limit", Date.valueOf(limit)).getResultList();
        Map<UUID, List<String>> handlers = handlersOf(rows.stream().map(r -> (UUID) r[0]).toList());
        List<OpenDue> out = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            out.add(new OpenDue(id, ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (String) r[3], (String) r[4], (String) r[5],
                    localDate(r[6]), handlers.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** The handlers of several documents in one query, the lead first. */
    private Map<UUID, List<String>> handlersOf(Collection<UUID> ids) {
        Map<UUID, List<String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT document_id, username FROM document_handler WHERE document_id IN (:ids) ORDER BY document_id, lead DESC, username",
                        Object[].class)
                .setParameter("ids", ids).getResultList();
        rows.forEach(r -> out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return out;
    }

    private static LocalDate localDate(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
