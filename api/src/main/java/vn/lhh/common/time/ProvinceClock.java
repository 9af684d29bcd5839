package vn.lhh.common.time;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" is the province's day (Asia/Ho_Chi_Minh), whatever the server's time zone. */
public final class ProvinceClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
