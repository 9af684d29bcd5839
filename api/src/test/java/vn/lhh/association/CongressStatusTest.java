package vn.lhh.association;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CongressStatusTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void dueWithinTheWindowOverdueAfterTheEnd() {
        assertEquals(CongressStatus.no_term, CongressStatus.of(null, false, TODAY, 6));
        assertEquals(CongressStatus.not_due, CongressStatus.of(TODAY.plusMonths(6).plusDays(1), false, TODAY, 6));
        assertEquals(CongressStatus.due, CongressStatus.of(TODAY.plusMonths(6), false, TODAY, 6));
        assertEquals(CongressStatus.due, CongressStatus.of(TODAY, false, TODAY, 6));
        assertEquals(CongressStatus.overdue, CongressStatus.of(TODAY.minusDays(1), false, TODAY, 6));
        assertEquals(CongressStatus.held, CongressStatus.of(TODAY.minusDays(1), true, TODAY, 6));
        assertEquals(CongressStatus.due, CongressStatus.of(TODAY.plusMonths(11), false, TODAY, 12));
    }
}
