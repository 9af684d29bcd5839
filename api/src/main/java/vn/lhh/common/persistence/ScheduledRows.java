package vn.lhh.common.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Scheduled publication that runs once however many instances run the job: the due rows are
 * claimed with row locks and SKIP LOCKED, so concurrent runs take different rows and each row is
 * published by exactly one of them (the claim holds until the caller's transaction ends). Used by
 * bulletin issues and news posts; the table needs id, status = 'scheduled' and scheduled_at.
 */
public final class ScheduledRows {
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private ScheduledRows() {
    }

    /** Ids of up to {@code limit} rows of {@code table} scheduled at or before now, locked for this transaction. */
    @SuppressWarnings("unchecked")
    public static List<UUID> claimDue(EntityManager em, String table, int limit) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException(table);
        }
        return em.createNativeQuery("SELECT id FROM " + table + " WHERE status = 'scheduled' AND scheduled_at <= now()"
                + " ORDER BY scheduled_at, id LIMIT " + limit + " FOR UPDATE SKIP LOCKED").getResultList();
    }
}
