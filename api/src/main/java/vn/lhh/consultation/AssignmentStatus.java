package vn.lhh.consultation;

import java.util.EnumSet;
import java.util.Set;

/**
 * invited → (declares no conflict) cleared → accepted → submitted, or declined; invited →
 * conflicted when the expert declares a conflict of interest; withdrawn by the office before the opinion.
 */
public enum AssignmentStatus {
    invited, cleared, conflicted, accepted, declined, submitted, withdrawn;

    /** Work the expert still owes: counts towards their load and can be overdue. */
    public static final Set<AssignmentStatus> OPEN = EnumSet.of(invited, cleared, accepted);
    /** May see the consultation's documents. */
    public static final Set<AssignmentStatus> SEES_DOCUMENTS = EnumSet.of(cleared, accepted, submitted);
}
