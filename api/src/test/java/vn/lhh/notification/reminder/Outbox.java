package vn.lhh.notification.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the notification outbox rows that the triggers wrote (what is queued, to whom, with which subject and link). */
public final class Outbox {
    public record Row(String kind, String occurrenceKey, String recipientType, String recipient, String title, String link, String data) {
    }

    private Outbox() {
    }

    /** Rows of a kind whose occurrence key starts with {@code keyPrefix}, oldest first. */
    public static List<Row> rows(DataSource ds, String kind, String keyPrefix) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT kind, occurrence_key, recipient_type, recipient, title, link, data::text FROM notification
                WHERE kind = ? AND occurrence_key LIKE ? ORDER BY created_at, id""")) {
            s.setString(1, kind);
            s.setString(2, keyPrefix.replace("%", "\\%").replace("_", "\\_") + "%");
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows addressed to one recipient (a username or a lower-case address), of a kind, oldest first. */
    public static List<Row> to(DataSource ds, String kind, String recipient) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT kind, occurrence_key, recipient_type, recipient, title, link, data::text FROM notification
                WHERE kind = ? AND recipient = ? ORDER BY created_at, id""")) {
            s.setString(1, kind);
            s.setString(2, recipient);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(DataSource ds, String sql, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
