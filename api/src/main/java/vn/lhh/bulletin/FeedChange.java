package vn.lhh.bulletin;

/** What happened to a released issue, as the change feed and the webhooks tell it. */
public enum FeedChange {
    published, updated, withdrawn
}
