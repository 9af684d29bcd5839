package vn.lhh.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The range every date and instant the API reads must fall in (JSON bodies through {@code vn.lhh.common.json.StrictJson},
 * query parameters through {@code Params}): 1900-01-01 to 2200-12-31. PostgreSQL stores year 0 and earlier as BC
 * dates that come back changed (0000-01-01 as 0001-01-01), and no record of an association, expert, event or document
 * lies outside these years; a year such as 20245 or 0202 is a typing error to refuse, not to keep. Fields with a
 * narrower rule (a founding date in the past, a deadline in the future) check it on top of this.
 */
public final class DatesOfRecord {
    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2200, 12, 31);
    private static final Instant MIN_INSTANT = MIN.atStartOfDay(ZoneOffset.ofHours(14)).toInstant();
    private static final Instant MAX_INSTANT = MAX.plusDays(1).atStartOfDay(ZoneOffset.ofHours(-14)).toInstant();

    private DatesOfRecord() {
    }

    public static boolean inRange(LocalDate d) {
        return d == null || (!d.isBefore(MIN) && !d.isAfter(MAX));
    }

    /** In range wherever on Earth it is read (the province's day, UTC or the caller's offset). */
    public static boolean inRange(Instant i) {
        return i == null || (!i.isBefore(MIN_INSTANT) && i.isBefore(MAX_INSTANT));
    }

    public static boolean inRange(OffsetDateTime t) {
        return t == null || inRange(t.toInstant());
    }
}
