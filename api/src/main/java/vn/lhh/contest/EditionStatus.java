package vn.lhh.contest;

/** draft: the office prepares it, nobody else sees it; published: the public sees its rules and dates, registration follows the dates. */
public enum EditionStatus {
    draft, published
}
