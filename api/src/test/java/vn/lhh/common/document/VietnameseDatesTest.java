package vn.lhh.common.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Decree 30/2020/NĐ-CP: a zero before days 1-9 and before months 1 and 2, never before months 3-12. */
class VietnameseDatesTest {
    @Test
    void zeroBeforeDaysUnderTenAndMonthsOneAndTwoOnly() {
        assertEquals("ngày 05 tháng 02 năm 2026", VietnameseDates.written(LocalDate.of(2026, 2, 5)));
        assertEquals("ngày 01 tháng 01 năm 2026", VietnameseDates.written(LocalDate.of(2026, 1, 1)));
        assertEquals("ngày 09 tháng 3 năm 2026", VietnameseDates.written(LocalDate.of(2026, 3, 9)));
        assertEquals("ngày 10 tháng 9 năm 2026", VietnameseDates.written(LocalDate.of(2026, 9, 10)));
        assertEquals("ngày 23 tháng 12 năm 2019", VietnameseDates.written(LocalDate.of(2019, 12, 23)));
        assertEquals("ngày 28 tháng 02 năm 2027", VietnameseDates.written(LocalDate.of(2027, 2, 28)));
        assertEquals("ngày 31 tháng 10 năm 2026", VietnameseDates.written(LocalDate.of(2026, 10, 31)));
    }

    @Test
    void everyDayOfALeapYearFollowsTheRule() {
        for (LocalDate d = LocalDate.of(2028, 1, 1); d.getYear() == 2028; d = d.plusDays(1)) {
            String w = VietnameseDates.written(d);
            String day = w.substring("ngày ".length(), w.indexOf(" tháng"));
            String month = w.substring(w.indexOf("tháng ") + "tháng ".length(), w.indexOf(" năm"));
            assertEquals(d.getDayOfMonth() < 10 ? 2 : Integer.toString(d.getDayOfMonth()).length(), day.length(), w);
            assertEquals(d.getMonthValue() <= 2 || d.getMonthValue() >= 10 ? 2 : 1, month.length(), w);
            assertEquals(d.getDayOfMonth(), Integer.parseInt(day), w);
            assertEquals(d.getMonthValue(), Integer.parseInt(month), w);
        }
    }

    @Test
    void placeComesFirstWhenGiven() {
        assertEquals("Nghệ An, ngày 05 tháng 02 năm 2026", VietnameseDates.placeAndDate("Nghệ An", LocalDate.of(2026, 2, 5)));
        assertEquals("ngày 05 tháng 02 năm 2026", VietnameseDates.placeAndDate(" ", LocalDate.of(2026, 2, 5)));
    }
}
