package vn.lhh.bulletin.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.lhh.bulletin.BulletinChanged;
import vn.lhh.bulletin.BulletinIssue;
import vn.lhh.bulletin.FeedChange;
import vn.lhh.bulletin.BulletinRepository;

/**
 * Gives released issues their position in the partners' change feed.
 *
 * <p>A sequence alone is not enough: two transactions can take 10 and 11 and commit 11 first, so a
 * reader would pass 10 for good. Every change that enters the feed therefore takes one
 * transaction-level advisory lock before it touches anything, and releases it at commit: positions
 * become visible in the order they were taken, and "everything after my cursor" never misses one.
 * Feed changes are a few a month, so the serialisation costs nothing.
 */
@ApplicationScoped
public class BulletinFeed {
    @Inject
    BulletinRepository repo;
    @Inject
    Event<BulletinChanged> events;

    /** Call first in a transaction that may record a feed change, before reading the issue it changes. */
    public void lock() {
        repo.lockFeed();
    }

    /** Moves the issue to the end of the feed and tells the observers, in the caller's transaction (which holds the lock). */
    public void record(BulletinIssue issue, FeedChange change) {
        long seq = repo.nextFeedSeq();
        issue.feedSeq = seq;
        issue.feedChange = change;
        issue.feedChangedAt = Instant.now();
        events.fire(new BulletinChanged(issue.id, change, seq, issue.feedChangedAt));
    }
}
