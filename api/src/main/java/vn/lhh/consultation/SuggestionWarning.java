package vn.lhh.consultation;

/** What the office should check before assigning a suggested expert. */
public enum SuggestionWarning {
    /** The expert works where the request comes from: a possible conflict of interest. */
    same_organisation_as_requester,
    /** Busy now, free again before the deadline (see busyUntil). */
    busy
}
