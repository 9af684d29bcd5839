package vn.lhh.fund;

import java.util.EnumSet;
import java.util.Set;

/**
 * draft → submitted (only while the call accepts applications) → eligible / ineligible (with a reason) → under_review →
 * approved / waitlisted / rejected (the decision). The applicant may withdraw before the decision.
 */
public enum ApplicationStatus {
    draft, submitted, eligible, ineligible, under_review, approved, waitlisted, rejected, withdrawn;

    /** The moves the applicant makes. */
    public Set<ApplicationStatus> applicantMoves() {
        return switch (this) {
            case draft -> EnumSet.of(submitted);
            case submitted, eligible, under_review -> EnumSet.of(withdrawn);
            default -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    /** The moves the office makes before the decision (the decision itself comes with the review). */
    public Set<ApplicationStatus> officeMoves() {
        return switch (this) {
            case submitted -> EnumSet.of(eligible, ineligible);
            case eligible -> EnumSet.of(under_review);
            default -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }
}
