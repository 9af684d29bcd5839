package vn.lhh.bulletin.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.lhh.bulletin.BulletinIssue;
import vn.lhh.bulletin.BulletinRepository;
import vn.lhh.bulletin.FeedChange;
import vn.lhh.bulletin.mapping.BulletinMapper;
import vn.lhh.bulletin.rest.BulletinDtos.FeedEntry;
import vn.lhh.bulletin.rest.BulletinDtos.FeedPage;
import vn.lhh.common.problem.ProblemException;

/** Reads the change feed partners pull (JSON pages, Atom) and builds the entries webhooks carry. */
@ApplicationScoped
public class BulletinFeedService {
    @Inject
    BulletinRepository repo;
    @Inject
    BulletinService issues;
    @Inject
    ArticleService articles;

    /**
     * Entries after the cursor (or changed at or after {@code since}), oldest first. The cursor is
     * the feed position of the last entry read; see {@link BulletinFeed} for why no entry is missed.
     */
    public FeedPage page(String cursor, Instant since, int size) {
        long after = parseCursor(cursor);
        List<BulletinIssue> found = cursor == null && since != null ? repo.feedSince(since, size + 1) : repo.feedAfter(after, size + 1);
        boolean more = found.size() > size;
        List<FeedEntry> items = new ArrayList<>();
        for (BulletinIssue i : found.subList(0, Math.min(size, found.size()))) {
            items.add(entry(i));
        }
        String next;
        if (!items.isEmpty()) {
            next = items.get(items.size() - 1).cursor();
        } else if (cursor != null) {
            next = cursor;
        } else {
            // nothing (since then): continue from the current end, so that nothing happening next is missed
            next = String.valueOf(repo.feedEnd());
        }
        return new FeedPage(items, next, more);
    }

    static long parseCursor(String cursor) {
        if (cursor == null) {
            return 0;
        }
        if (!cursor.matches("[0-9]{1,18}")) {
            throw ProblemException.invalidField("cursor", "validation.cursor");
        }
        return Long.parseLong(cursor);
    }

    /** The issue's latest change as the feed and the webhooks show it. */
    public FeedEntry entry(UUID issueId) {
        return entry(repo.findById(issueId));
    }

    FeedEntry entry(BulletinIssue i) {
        if (i.feedChange == FeedChange.withdrawn) {
            return new FeedEntry(String.valueOf(i.feedSeq), i.feedChange, i.feedChangedAt, BulletinMapper.withdrawn(i), List.of());
        }
        return new FeedEntry(String.valueOf(i.feedSeq), i.feedChange, i.feedChangedAt,
                BulletinMapper.issue(i, repo.articlesOf(i.id), issues.filesOf(i), List.of()), articles.ofIssue(i));
    }

    /** The latest changes, newest first, for the Atom feed. */
    public List<FeedEntry> latest(int limit) {
        List<BulletinIssue> found = repo.em().createQuery("select i from BulletinIssue i where i.feedSeq is not null order by i.feedSeq desc",
                BulletinIssue.class).setMaxResults(limit).getResultList();
        return found.stream().map(this::entry).toList();
    }
}
