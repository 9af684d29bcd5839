package vn.lhh.contest;

import java.util.EnumSet;
import java.util.Set;

/**
 * draft → submitted → eligible or rejected (with a reason); submitted may go back to draft before the
 * submission deadline, rejected back to eligible on appeal. judged, awarded and nominated follow from
 * the judging: confirming a category's awards makes its ranked entries judged or awarded, and an
 * awarded entry may be nominated for the national contest.
 */
public enum EntryStatus {
    draft, submitted, eligible, rejected, judged, awarded, nominated;

    /** Entries that take part in the judging: scored, ranked. */
    public static final Set<EntryStatus> IN_JUDGING = EnumSet.of(eligible, judged, awarded, nominated);
    /** Entries that count against a school's limit. */
    public static final Set<EntryStatus> COUNTED = EnumSet.complementOf(EnumSet.of(rejected));

    /** Moves a person asks for through the entry's transitions (the judging moves are made by the judging service). */
    public Set<EntryStatus> next() {
        return switch (this) {
            case draft -> EnumSet.of(submitted);
            case submitted -> EnumSet.of(draft, eligible, rejected);
            case rejected -> EnumSet.of(eligible);
            case eligible -> EnumSet.of(rejected);
            case judged, awarded, nominated -> EnumSet.noneOf(EntryStatus.class);
        };
    }
}
