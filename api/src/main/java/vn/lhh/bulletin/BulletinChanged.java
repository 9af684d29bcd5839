package vn.lhh.bulletin;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (CDI, synchronously, inside the transaction that makes the change) when a released issue
 * enters the change feed: other features (partner webhooks) record their follow-up in the same
 * transaction, so nothing is announced that did not commit and nothing committed goes unannounced.
 */
public record BulletinChanged(UUID issueId, FeedChange change, long feedSeq, Instant changedAt) {
}
