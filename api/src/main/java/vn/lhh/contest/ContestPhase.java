package vn.lhh.contest;

import java.time.LocalDate;

/**
 * Where an edition stands on a given day, computed from its dates (inclusive at both ends) and the
 * results publication. The deadline rules look at the dates themselves; the phase is for people.
 */
public enum ContestPhase {
    upcoming, registration, submission, preparing_judging, judging, deliberation, results;

    public static ContestPhase of(ContestEdition e, LocalDate today) {
        if (e.resultsPublishedAt != null) {
            return results;
        }
        if (today.isBefore(e.registrationOpens)) {
            return upcoming;
        }
        if (!today.isAfter(e.registrationCloses)) {
            return registration;
        }
        if (!today.isAfter(e.submissionCloses)) {
            return submission;
        }
        if (today.isBefore(e.judgingOpens)) {
            return preparing_judging;
        }
        if (!today.isAfter(e.judgingCloses)) {
            return judging;
        }
        return deliberation;
    }
}
