package vn.lhh.contest;

/** A judge's score sheet: saved as a draft as often as wanted, locked once submitted unless the office reopens it. */
public enum ScoreStatus {
    draft, submitted
}
