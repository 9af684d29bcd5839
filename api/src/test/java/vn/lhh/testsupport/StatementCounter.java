package vn.lhh.testsupport;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares (HQL, native queries, lazy loads) on the calling
 * thread while {@link #during} runs, so that a test can pin the number of queries of some work (no
 * N+1). Only the test's own thread is counted: scheduled jobs running meanwhile do not disturb it.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {
    private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> seen = SEEN.get();
        if (seen != null) {
            seen.add(sql);
        }
        return sql;
    }

    /** The work's result and the statements it prepared. */
    public record Counted<T>(T result, List<String> statements) {
    }

    public static <T> Counted<T> during(Supplier<T> work) {
        List<String> seen = new ArrayList<>();
        SEEN.set(seen);
        try {
            return new Counted<>(work.get(), List.copyOf(seen));
        } finally {
            SEEN.remove();
        }
    }
}
