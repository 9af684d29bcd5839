package vn.lhh.common.ratelimit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Fixed one-minute windows per client key, counted in PostgreSQL so that every instance of the
 * API shares them: one atomic upsert per request returns the hits so far in the current window
 * and the seconds until it ends. The database's clock decides the window, so instances with
 * skewed clocks still agree.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    /** The outcome of one counted request: its policy's limit, what is left and when the window ends. */
    public record Decision(int limit, int hits, int resetSeconds) {
        public boolean allowed() {
            return hits <= limit;
        }

        public int remaining() {
            return Math.max(0, limit - hits);
        }
    }

    // A newer window restarts the count; a request that started just before the turn of the minute and
    // arrives after one that started after it counts in the newer window instead of moving it back.
    private static final String HIT = """
            INSERT INTO rate_limit_counter AS c (bucket, window_start, hits)
            VALUES (?, date_trunc('minute', clock_timestamp()), 1)
            ON CONFLICT (bucket) DO UPDATE SET
                hits = CASE WHEN EXCLUDED.window_start > c.window_start THEN 1 ELSE c.hits + 1 END,
                window_start = GREATEST(c.window_start, EXCLUDED.window_start)
            RETURNING hits, CEIL(EXTRACT(EPOCH FROM (window_start + interval '1 minute' - clock_timestamp())))::integer
            """;

    @Inject
    DataSource dataSource;

    /**
     * Counts a request of the client {@code bucket} against {@code limit} a minute. When the count
     * cannot be taken (database trouble), the request is let through: the request itself will
     * meet the same database and fail there with the proper problem.
     */
    public Decision hit(String bucket, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(HIT)) {
            s.setString(1, bucket.length() > 300 ? bucket.substring(0, 300) : bucket);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Decision(limit, rs.getInt(1), Math.max(1, rs.getInt(2)));
            }
        } catch (SQLException e) {
            LOG.warnf("rate limit not counted for %s: %s", bucket, e.getMessage());
            return null;
        }
    }

    /** Drops the counters of clients not seen for a while; safe on every instance at once. */
    @Scheduled(identity = "rate-limit-cleanup", every = "10m", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdleClients() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM rate_limit_counter WHERE window_start < clock_timestamp() - interval '5 minutes'");
        } catch (SQLException e) {
            LOG.warnf("rate limit counters not cleaned: %s", e.getMessage());
        }
    }
}
