package vn.lhh.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;

/** What the notification tests share: queueing in a transaction of its own, as a feature would, and reading rows. */
final class NotificationTestSupport {
    private NotificationTestSupport() {
    }

    static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    static Map<String, Object> message(String title, String body) {
        return Map.of("title", title, "body", body);
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("lhh.test.jdbc-url"));
    }

    /** Rows with this occurrence key (any recipient). */
    static int rows(String occurrenceKey) {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("SELECT count(*) FROM notification WHERE occurrence_key = ?")) {
            s.setString(1, occurrenceKey);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String column(String occurrenceKey, String recipient, String column) {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("SELECT " + column
                + "::text FROM notification WHERE occurrence_key = ? AND recipient = ?")) {
            s.setString(1, occurrenceKey);
            s.setString(2, recipient);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int update(String sql, Object... params) {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
