package vn.lhh.common.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** Values of native query rows, whichever JDBC or java.time type the driver hands back. */
public final class SqlValues {
    private SqlValues() {
    }

    public static LocalDate localDate(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + v.getClass());
    }

    public static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + v.getClass());
    }
}
