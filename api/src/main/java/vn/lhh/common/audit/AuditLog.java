package vn.lhh.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.MDC;
import vn.lhh.common.paging.Keyset;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.web.RequestIds;

/** The audit log: every write records itself here, in the writer's transaction. */
@ApplicationScoped
public class AuditLog {
    public enum Action { create, update, delete }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, String entityType, Object entityId, Object before, Object after) {
        AuditEvent e = new AuditEvent();
        e.id = UUID.randomUUID();
        e.occurredAt = Instant.now();
        e.actor = user.username();
        e.action = action.name();
        e.entityType = entityType;
        e.entityId = String.valueOf(entityId);
        e.beforeState = toJson(before);
        e.afterState = toJson(after);
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        e.requestId = requestId == null ? null : requestId.toString();
        em.persist(e);
    }

    public record Filter(String entityType, String entityId, String actor, String action, Instant from, Instant to) {
    }

    public Page<AuditEvent> find(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        List<String[]> eq = new ArrayList<>();
        eq.add(new String[] {"entityType", f.entityType()});
        eq.add(new String[] {"entityId", f.entityId()});
        eq.add(new String[] {"actor", f.actor()});
        eq.add(new String[] {"action", f.action()});
        for (String[] c : eq) {
            if (c[1] != null && !c[1].isEmpty()) {
                where.append(" and e.").append(c[0]).append(" = :").append(c[0]);
                params.put(c[0], c[1]);
            }
        }
        if (f.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", f.to());
        }
        // the log grows with every write: pages by cursor and a bounded count, so the first page does not count years of writes
        return Keyset.of(page, "audit-events|" + f).entities(em, AuditEvent.class, "e", " from AuditEvent e" + where, params);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise audit state", ex);
        }
    }
}
