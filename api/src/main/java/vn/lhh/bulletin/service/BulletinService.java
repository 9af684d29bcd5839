package vn.lhh.bulletin.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.lhh.bulletin.IssueStatus;
import vn.lhh.bulletin.mapping.BulletinMapper;
import vn.lhh.bulletin.dto.BulletinDtos.IssueDto;
import vn.lhh.bulletin.dto.BulletinDtos.IssueInput;
import vn.lhh.bulletin.dto.BulletinDtos.IssueSummary;
import vn.lhh.bulletin.dto.BulletinDtos.TransitionInput;
import vn.lhh.bulletin.subscription.service.BulletinMailing;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.Snapshots;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.files.Uploads;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.problem.Transitions;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;
import java.util.EnumSet;

/** Bulletin issues: the editorial workflow, their files and who may read them. */
@ApplicationScoped
public class BulletinService {
    public static final String ENTITY = "bulletin-issue";
    public static final String PDF_OWNER = "bulletin-issue-pdf";
    public static final String COVER_OWNER = "bulletin-issue-cover";
    public static final int MAX_PDF_BYTES = 30 * 1024 * 1024;
    public static final int MAX_COVER_BYTES = 5 * 1024 * 1024;

    @Inject
    BulletinRepository repo;
    @Inject
    BulletinFeed feed;
    @Inject
    FileStore files;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;
    @Inject
    BulletinMailing mailing;

    public boolean isOffice() {
        return user.isStaffOrAdmin();
    }

    /** For options only the office may use on a public route: 401 for the anonymous, 403 for others. */
    public void requireOffice() {
        if (!isOffice()) {
            throw user.isAnonymous() ? new ProblemException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail")
                    : ProblemException.forbidden("problem.forbidden.role");
        }
    }

    /** What the caller may list: the office every status (or those asked for), everyone else published issues. */
    public Set<IssueStatus> visibleStatuses(IssueStatus asked) {
        if (!isOffice()) {
            return asked == null || asked == IssueStatus.published ? Set.of(IssueStatus.published) : Set.of();
        }
        return asked == null ? Set.of(IssueStatus.values()) : Set.of(asked);
    }

    public Page<IssueSummary> list(BulletinRepository.IssueFilter filter, PageRequest page) {
        if (filter.statuses().isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        Page<BulletinIssue> p = repo.issues(filter, page);
        Map<UUID, Long> counts = repo.articleCounts(p.items().stream().map(i -> i.id).toList());
        return p.map(i -> BulletinMapper.summary(i, counts.getOrDefault(i.id, 0L)));
    }

    /** The office sees every issue; everyone else only published ones (anything else is "not found"). */
    public BulletinIssue get(UUID id) {
        BulletinIssue i = repo.findById(id);
        if (i == null || !(isOffice() || i.status == IssueStatus.published)) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return i;
    }

    public IssueDto detail(BulletinIssue i) {
        List<BulletinArticle> placed = repo.articlesOf(i.id);
        List<IssueStatus> allowed = isOffice() ? i.status.next().stream().sorted().toList() : List.of();
        return BulletinMapper.issue(i, placed, filesOf(i), allowed);
    }

    Map<UUID, StoredFile> filesOf(BulletinIssue i) {
        Map<UUID, StoredFile> found = new HashMap<>();
        Stream.of(i.pdfFileId, i.coverFileId).filter(Objects::nonNull)
                .forEach(id -> files.find(id).ifPresent(f -> found.put(id, f)));
        return found;
    }

    @Transactional
    public IssueDto create(IssueInput in) {
        BulletinIssue i = new BulletinIssue();
        i.id = UUID.randomUUID();
        i.status = IssueStatus.draft;
        apply(i, in);
        i.createdBy = user.username();
        i.createdAt = Instant.now();
        i.updatedAt = i.createdAt;
        return changes.create(ENTITY, i.id, i, BulletinService::snapshot, this::detail);
    }

    /**
     * Before release every field may change; a published issue takes corrections of its title and
     * summary (announced as "updated"); a withdrawn one is frozen.
     */
    @Transactional
    public IssueDto update(UUID id, String ifMatch, IssueInput in) {
        feed.lock();
        BulletinIssue i = get(id);
        return changes.update(ENTITY, i.id, i, i.version, ifMatch, BulletinService::snapshot, changed -> {
            if (i.status == IssueStatus.withdrawn) {
                throw ProblemException.conflict("problem.conflict.bulletin-frozen");
            }
            if (i.status == IssueStatus.published && (in.volume() != i.volume || in.number() != i.number
                    || !month(in.month()).equals(i.issueMonth))) {
                throw ProblemException.conflict("problem.conflict.bulletin-number-fixed");
            }
            apply(i, in);
            touch(i);
            if (i.status == IssueStatus.published) {
                feed.record(i, FeedChange.updated);
            }
        }, this::detail);
    }

    private void apply(BulletinIssue i, IssueInput in) {
        i.volume = in.volume();
        i.number = in.number();
        i.issueMonth = month(in.month());
        i.title = SearchText.cleanRequired("title", in.title());
        i.summary = SearchText.cleanOptional(in.summary());
        i.searchKey = BulletinMapper.issueSearchKey(i);
        checkUnique(i);
    }

    /** A friendly message before the unique indexes (which stay the guarantee under concurrency). */
    private void checkUnique(BulletinIssue i) {
        if (repo.count("issueMonth = ?1 and status <> ?2 and id <> ?3", i.issueMonth, IssueStatus.withdrawn, i.id) > 0) {
            YearMonth m = YearMonth.from(i.issueMonth);
            throw ProblemException.conflict("problem.conflict.bulletin-month", m.getMonthValue() + "/" + m.getYear());
        }
        if (repo.count("volume = ?1 and number = ?2 and status <> ?3 and id <> ?4", i.volume, i.number, IssueStatus.withdrawn, i.id) > 0) {
            throw ProblemException.conflict("problem.conflict.bulletin-number", i.volume, i.number);
        }
    }

    static LocalDate month(String yyyyMm) {
        return YearMonth.parse(yyyyMm).atDay(1);
    }

    @Transactional
    public IssueDto transition(UUID id, String ifMatch, TransitionInput in) {
        feed.lock();
        BulletinIssue i = get(id);
        return changes.update(ENTITY, i.id, i, i.version, ifMatch, BulletinService::snapshot, changed -> {
            IssueStatus to = in.to();
            Transitions.requireAllowed("problem.conflict.bulletin-transition", i.status, to, i.status.next());
            switch (to) {
                case draft, in_review -> i.scheduledAt = null;
                case scheduled -> {
                    requirePdf(i);
                    if (in.scheduledAt() == null) {
                        throw ProblemException.invalidField("scheduledAt", "validation.scheduled-at-required");
                    }
                    if (!in.scheduledAt().isAfter(Instant.now())) {
                        throw ProblemException.invalidField("scheduledAt", "validation.scheduled-at-future");
                    }
                    i.scheduledAt = in.scheduledAt();
                }
                case published -> {
                    requirePdf(i);
                    publish(i, user.username());
                }
                case withdrawn -> {
                    String reason = SearchText.cleanOptional(in.reason());
                    if (reason == null) {
                        throw ProblemException.invalidField("reason", "validation.withdraw-reason");
                    }
                    i.withdrawReason = reason;
                    i.withdrawnAt = Instant.now();
                    i.status = IssueStatus.withdrawn;
                    feed.record(i, FeedChange.withdrawn);
                }
                default -> throw new IllegalStateException(to.name());
            }
            i.status = to;
            touch(i);
        }, this::detail);
    }

    private void requirePdf(BulletinIssue i) {
        if (i.pdfFileId == null) {
            throw ProblemException.conflict("problem.conflict.bulletin-needs-pdf");
        }
    }

    private void publish(BulletinIssue i, String by) {
        i.status = IssueStatus.published;
        i.publishedAt = Instant.now();
        i.publishedBy = by;
        i.scheduledAt = null;
        feed.record(i, FeedChange.published);
        // the subscribers' mails go out in batches after this transaction commits
        mailing.start(i.id);
    }

    /**
     * Publishes the scheduled issues whose time has come. Row locks with SKIP LOCKED make every
     * instance's run take different issues, so each publishes once however many instances run it.
     */
    @Transactional
    public List<UUID> publishDue() {
        feed.lock();
        List<UUID> due = repo.claimDueScheduled(20);
        List<UUID> done = new ArrayList<>();
        for (UUID id : due) {
            BulletinIssue i = repo.findById(id);
            var before = snapshot(i);
            publish(i, "system:scheduler");
            touch(i);
            repo.flush();
            audit.record(AuditLog.Action.update, ENTITY, i.id, before, snapshot(i));
            done.add(id);
        }
        return done;
    }

    /** A draft may be deleted; its articles go back to the unplaced ones. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        BulletinIssue i = get(id);
        UUID pdf = i.pdfFileId;
        UUID cover = i.coverFileId;
        changes.delete(ENTITY, id, i, i.version, ifMatch, BulletinService::snapshot, issue -> {
            if (issue.status != IssueStatus.draft) {
                throw ProblemException.conflict("problem.conflict.bulletin-delete-draft-only");
            }
            repo.unplaceArticles(issue.id);
        });
        Stream.of(pdf, cover).filter(Objects::nonNull).forEach(files::delete);
    }

    /** Replaces the issue's full PDF (checked by content), while the issue is not yet released. */
    @Transactional
    public IssueDto putPdf(UUID id, String ifMatch, String fileName, byte[] body) {
        Uploads.Checked file = Uploads.check(fileName, body, MAX_PDF_BYTES, Set.of(Uploads.PDF), "problem.unsupported-media-type.pdf");
        return putFile(id, ifMatch, file, PDF_OWNER, true);
    }

    @Transactional
    public IssueDto putCover(UUID id, String ifMatch, String fileName, byte[] body) {
        Uploads.Checked file = Uploads.check(fileName, body, MAX_COVER_BYTES, Set.of(Uploads.PNG, Uploads.JPEG), "problem.unsupported-media-type.image");
        return putFile(id, ifMatch, file, COVER_OWNER, false);
    }

    /** The content is checked first (a wrong file is refused whatever the version); then If-Match, like every replacement. */
    private IssueDto putFile(UUID id, String ifMatch, Uploads.Checked file, String owner, boolean pdf) {
        BulletinIssue i = get(id);
        return changes.replaceFile(ENTITY, i.id, i, i.version, ifMatch, BulletinService::snapshot, changed -> {
            requireEditable(i);
            UUID old = pdf ? i.pdfFileId : i.coverFileId;
            UUID stored = files.store(owner, i.id, file, user.username()).id();
            if (pdf) {
                i.pdfFileId = stored;
            } else {
                i.coverFileId = stored;
            }
            touch(i);
            return old;
        }, this::detail);
    }

    static void requireEditable(BulletinIssue i) {
        if (!IssueStatus.EDITABLE.contains(i.status)) {
            throw ProblemException.conflict("problem.conflict.bulletin-released");
        }
    }

    /** The issue's PDF or cover, if the caller may read the issue. */
    public StoredFile file(UUID id, boolean pdf) {
        BulletinIssue i = get(id);
        UUID fileId = pdf ? i.pdfFileId : i.coverFileId;
        String what = pdf ? "bulletin-issue-pdf" : "bulletin-issue-cover";
        return files.find(fileId == null ? new UUID(0, 0) : fileId).orElseThrow(() -> ProblemException.notFound(what, id));
    }

    private static void touch(BulletinIssue i) {
        i.updatedAt = Instant.now();
    }

    static Map<String, Object> snapshot(BulletinIssue i) {
        Map<String, Object> m = Snapshots.of(i, "volume", "number");
        m.put("month", BulletinMapper.month(i.issueMonth));
        m.putAll(Snapshots.of(i, "title", "status"));
        // set only in the states that have them
        if (i.scheduledAt != null) {
            m.put("scheduledAt", i.scheduledAt);
        }
        if (i.withdrawReason != null) {
            m.put("withdrawReason", i.withdrawReason);
        }
        m.putAll(Snapshots.of(i, "pdfFileId", "coverFileId"));
        return m;
    }

    /**
     * What a subscriber's mail of a published issue says: numbers, title, summary and the table of contents
     * (article titles and authors as printed); null when the issue is not (or no longer) published.
     */
    public Map<String, Object> mailData(UUID issueId) {
        BulletinIssue i = repo.findById(issueId);
        if (i == null || i.status != IssueStatus.published) {
            return null;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("issueTitle", i.title);
        data.put("volume", i.volume);
        data.put("number", i.number);
        data.put("month", YearMonth.from(i.issueMonth).getMonthValue() + "/" + i.issueMonth.getYear());
        data.put("summary", i.summary == null ? "" : i.summary);
        data.put("articles", repo.articlesOf(i.id).stream().map(a -> Map.<String, Object>of("title", a.title,
                "authors", String.join(", ", a.authors.stream().map(au -> au.name()).toList()))).toList());
        return data;
    }

    /** For the article service: the issue an article is (to be) placed in, loaded for the office. */
    BulletinIssue issueForOffice(UUID id) {
        return ProblemException.requireFound(repo.findById(id), ENTITY, id);
    }

    /** The issue of this month unless withdrawn, or null. */
    public IssueSummary issueOfMonth(YearMonth month) {
        var filter = new BulletinRepository.IssueFilter(null, month.getYear(), EnumSet.allOf(IssueStatus.class), null);
        return list(filter, PageRequest.ordered(1, 100, "i.issue_month desc, i.id asc")).items().stream()
                .filter(i -> i.month().equals(month.toString()) && i.status() != IssueStatus.withdrawn).findFirst().orElse(null);
    }

    /** The issue's title, for features that show a link to it. */
    public String titleOf(UUID id) {
        return get(id).title;
    }
}
