package vn.lhh.partner;

import vn.lhh.bulletin.FeedChange;

/** What a partner may subscribe to: the changes of released bulletin issues. */
public enum WebhookEvent {
    issue_published, issue_updated, issue_withdrawn;

    public static WebhookEvent of(FeedChange change) {
        return switch (change) {
            case published -> issue_published;
            case updated -> issue_updated;
            case withdrawn -> issue_withdrawn;
        };
    }
}
