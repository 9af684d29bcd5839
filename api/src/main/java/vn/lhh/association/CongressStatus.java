package vn.lhh.association;

import java.time.LocalDate;

/**
 * Whether an association's congress (đại hội) is due: the union must "direct congresses of
 * associations whose term is due, on time".
 */
public enum CongressStatus {
    /** No term recorded yet. */
    no_term,
    /** The current term ends later than the window. */
    not_due,
    /** The current term ends within the window and its congress has not been held. */
    due,
    /** The current term has ended and its congress has not been held. */
    overdue,
    /** The congress closing the current term has been held. */
    held;

    public static CongressStatus of(LocalDate currentTermEnd, boolean congressHeld, LocalDate today, int windowMonths) {
        if (currentTermEnd == null) {
            return no_term;
        }
        if (congressHeld) {
            return held;
        }
        if (currentTermEnd.isBefore(today)) {
            return overdue;
        }
        return currentTermEnd.isAfter(today.plusMonths(windowMonths)) ? not_due : due;
    }
}
