package vn.lhh.bulletin.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import vn.lhh.bulletin.BulletinArticle;
import vn.lhh.bulletin.BulletinIssue;
import vn.lhh.bulletin.BulletinRepository;
import vn.lhh.bulletin.FeedChange;
import vn.lhh.bulletin.mapping.BulletinMapper;
import vn.lhh.bulletin.dto.BulletinDtos.FeedEntry;
import vn.lhh.bulletin.dto.BulletinDtos.FeedPage;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.problem.ProblemException;

/** Reads the change feed partners pull (JSON pages, Atom) and builds the entries webhooks carry. */
@ApplicationScoped
public class BulletinFeedService {
    @Inject
    BulletinRepository repo;
    @Inject
    FileStore files;

    /**
     * Entries after the cursor (or changed at or after {@code since}), oldest first. The cursor is
     * the feed position of the last entry read; see {@link BulletinFeed} for why no entry is missed.
     */
    public FeedPage page(String cursor, Instant since, int size) {
        long after = parseCursor(cursor);
        List<BulletinIssue> found = cursor == null && since != null ? repo.feedSince(since, size + 1) : repo.feedAfter(after, size + 1);
        boolean more = found.size() > size;
        List<FeedEntry> items = entries(found.subList(0, Math.min(size, found.size())));
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
        return entries(List.of(repo.findById(issueId))).get(0);
    }

    /**
     * The entries of some issues with a constant number of queries whatever their number (the
     * issues are already loaded): one for the articles of every issue with their fields, one for the
     * files (issue PDFs, covers, article PDFs). FeedStatementsTest counts them.
     */
    List<FeedEntry> entries(List<BulletinIssue> found) {
        List<UUID> live = found.stream().filter(i -> i.feedChange != FeedChange.withdrawn).map(i -> i.id).toList();
        Map<UUID, List<BulletinArticle>> placed = repo.articlesWithFieldsOf(live);
        Set<UUID> fileIds = new HashSet<>();
        for (BulletinIssue i : found) {
            if (i.feedChange != FeedChange.withdrawn) {
                Stream.of(i.pdfFileId, i.coverFileId).filter(Objects::nonNull).forEach(fileIds::add);
                placed.getOrDefault(i.id, List.of()).stream().map(a -> a.pdfFileId).filter(Objects::nonNull).forEach(fileIds::add);
            }
        }
        Map<UUID, StoredFile> files = this.files.find(fileIds);
        List<FeedEntry> out = new ArrayList<>(found.size());
        for (BulletinIssue i : found) {
            if (i.feedChange == FeedChange.withdrawn) {
                out.add(new FeedEntry(String.valueOf(i.feedSeq), i.feedChange, i.feedChangedAt, BulletinMapper.withdrawn(i), List.of()));
                continue;
            }
            List<BulletinArticle> articles = placed.getOrDefault(i.id, List.of());
            out.add(new FeedEntry(String.valueOf(i.feedSeq), i.feedChange, i.feedChangedAt,
                    BulletinMapper.issue(i, articles, files, List.of()),
                    articles.stream().map(a -> BulletinMapper.article(a, i, a.pdfFileId == null ? null : files.get(a.pdfFileId))).toList()));
        }
        return out;
    }

    /** The latest changes, newest first, for the Atom feed. */
    public List<FeedEntry> latest(int limit) {
        List<BulletinIssue> found = repo.latestFeedChanges(limit);
        return entries(found);
    }
}
