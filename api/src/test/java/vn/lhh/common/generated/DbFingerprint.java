package vn.lhh.common.generated;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A fingerprint of every user table, in one query: its row count and the newest row version (max xmin), so an
 * insert, update or delete anywhere shows. Measured cost is printed by the generated test (a few ms on the test
 * database). Tables written by background work on their own schedule, not by requests, are listed in
 * {@code ignored} with the reason.
 *
 * <p>Scanning every table costs milliseconds, and most takes follow a request that wrote nothing at all. So a take
 * first reads the snapshot's xmax (one past the newest finished transaction id): every insert, update or delete is
 * made by a transaction with an id, so while xmax stays the same no table can have changed, and the previous
 * fingerprint is still the answer.
 */
final class DbFingerprint {
    private final DataSource ds;
    private final String sql;
    final Set<String> tables = new TreeSet<>();
    private long lastXmax = -1;
    private Map<String, String> last;
    int scans;
    int reused;

    DbFingerprint(DataSource ds, Set<String> ignored) {
        this.ds = ds;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public'"
                     + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by 1")) {
            while (rs.next()) {
                if (!ignored.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<String> parts = new ArrayList<>();
        for (String t : tables) {
            parts.add("select '" + t + "', count(*), coalesce(max(xmin::text::bigint), 0) from \"" + t + "\"");
        }
        sql = String.join(" union all ", parts);
    }

    Map<String, String> take() {
        long xmax;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            rs.next();
            xmax = rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (last != null && xmax == lastXmax) {
            reused++;
            return last;
        }
        // xmax is read before the scan: a write finishing during the scan makes the next take scan again
        last = scan();
        lastXmax = xmax;
        return last;
    }

    /** Every table's row count and newest row version, read now. */
    Map<String, String> scan() {
        Map<String, String> f = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                f.put(rs.getString(1), rs.getLong(2) + "/" + rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        scans++;
        return f;
    }

    static String diff(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t)))
                .map(t -> t + " " + before.get(t) + "→" + after.get(t)).collect(Collectors.joining(", "));
    }
}
