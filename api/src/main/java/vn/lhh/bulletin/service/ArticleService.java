package vn.lhh.bulletin.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.lhh.bulletin.ArticleAuthor;
import vn.lhh.bulletin.BulletinArticle;
import vn.lhh.bulletin.BulletinIssue;
import vn.lhh.bulletin.BulletinRepository;
import vn.lhh.bulletin.FeedChange;
import vn.lhh.bulletin.IssueStatus;
import vn.lhh.bulletin.dto.BulletinDtos.ArticleDto;
import vn.lhh.bulletin.dto.BulletinDtos.ArticleInput;
import vn.lhh.bulletin.dto.BulletinDtos.PlacementInput;
import vn.lhh.bulletin.mapping.BulletinMapper;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.audit.Snapshots;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.files.Uploads;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;
import vn.lhh.expert.service.ExpertService;

/** Articles: written before their issue exists, placed in it later, corrected after publication. */
@ApplicationScoped
public class ArticleService {
    public static final String ENTITY = "bulletin-article";
    public static final String PDF_OWNER = "bulletin-article-pdf";
    public static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

    @Inject
    BulletinRepository repo;
    @Inject
    BulletinService issues;
    @Inject
    BulletinFeed feed;
    @Inject
    ExpertService experts;
    @Inject
    FileStore files;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    public Page<ArticleDto> list(BulletinRepository.ArticleFilter filter, PageRequest page) {
        Page<BulletinArticle> p = repo.articles(filter, page);
        Map<UUID, BulletinIssue> byId = repo.list("id in ?1", p.items().stream().map(a -> a.issueId).filter(Objects::nonNull)
                .distinct().toList()).stream().collect(Collectors.toMap(i -> i.id, i -> i));
        Map<UUID, StoredFile> pdfs = new HashMap<>();
        p.items().stream().filter(a -> a.pdfFileId != null).forEach(a -> files.find(a.pdfFileId).ifPresent(f -> pdfs.put(a.pdfFileId, f)));
        return p.map(a -> BulletinMapper.article(a, a.issueId == null ? null : byId.get(a.issueId), pdfs.get(a.pdfFileId)));
    }

    /** The office sees every article; everyone else those of published issues. */
    public BulletinArticle get(UUID id) {
        BulletinArticle a = repo.article(id);
        if (a == null || !(issues.isOffice() || (a.issueId != null && repo.findById(a.issueId).status == IssueStatus.published))) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return a;
    }

    public ArticleDto detail(BulletinArticle a) {
        BulletinIssue issue = a.issueId == null ? null : repo.findById(a.issueId);
        StoredFile pdf = a.pdfFileId == null ? null : files.find(a.pdfFileId).orElse(null);
        return BulletinMapper.article(a, issue, pdf);
    }

    @Transactional
    public ArticleDto create(ArticleInput in) {
        BulletinArticle a = new BulletinArticle();
        a.id = UUID.randomUUID();
        apply(a, in);
        a.createdBy = user.username();
        a.createdAt = Instant.now();
        a.updatedAt = a.createdAt;
        return changes.create(ENTITY, a.id, a, ArticleService::snapshot, this::detail);
    }

    /** Corrections to an article of a published issue are announced as an update of that issue. */
    @Transactional
    public ArticleDto update(UUID id, String ifMatch, ArticleInput in) {
        feed.lock();
        BulletinArticle a = get(id);
        return changes.update(ENTITY, a.id, a, a.version, ifMatch, ArticleService::snapshot, changed -> {
            BulletinIssue issue = a.issueId == null ? null : repo.findById(a.issueId);
            if (issue != null && issue.status == IssueStatus.withdrawn) {
                throw ProblemException.conflict("problem.conflict.bulletin-frozen");
            }
            apply(a, in);
            a.updatedAt = Instant.now();
            if (issue != null && issue.status == IssueStatus.published) {
                issue.updatedAt = a.updatedAt;
                feed.record(issue, FeedChange.updated);
            }
        }, this::detail);
    }

    private void apply(BulletinArticle a, ArticleInput in) {
        if (in.pageFrom() != null && in.pageTo() != null && in.pageTo() < in.pageFrom()) {
            throw ProblemException.invalidField("pageTo", "validation.page-range");
        }
        if (in.pageTo() != null && in.pageFrom() == null) {
            throw ProblemException.invalidField("pageFrom", "validation.page-range");
        }
        List<ArticleAuthor> authors = new ArrayList<>();
        for (int k = 0; k < in.authors().size(); k++) {
            ArticleAuthor au = in.authors().get(k);
            if (au.expertId() != null && experts.find(au.expertId()) == null) {
                throw ProblemException.invalidField("authors[" + k + "].expertId", "validation.unknown-expert");
            }
            authors.add(new ArticleAuthor(SearchText.cleanRequired("authors[" + k + "].name", au.name()), au.expertId(), SearchText.cleanOptional(au.affiliation())));
        }
        Set<String> fields = new LinkedHashSet<>();
        List<String> codes = in.fieldCodes() == null ? List.of() : in.fieldCodes();
        for (int k = 0; k < codes.size(); k++) {
            if (!experts.fieldExists(codes.get(k))) {
                throw ProblemException.invalidField("fieldCodes[" + k + "]", "validation.field-unknown");
            }
            fields.add(codes.get(k));
        }
        a.title = SearchText.cleanRequired("title", in.title());
        a.abstractText = SearchText.cleanOptional(in.abstractText());
        a.keywords = (in.keywords() == null ? List.<String>of() : in.keywords()).stream().map(SearchText::clean).filter(k -> !k.isEmpty()).distinct().toArray(String[]::new);
        a.authors = authors;
        a.fieldCodes.clear();
        a.fieldCodes.addAll(fields);
        a.pageFrom = in.pageFrom();
        a.pageTo = in.pageTo();
        a.searchKey = BulletinMapper.articleSearchKey(a);
    }

    /**
     * Places the article in an issue at a position (the others move down), or takes it out (issueId
     * null). Both the issue it leaves and the one it enters must still be in preparation.
     */
    @Transactional
    public ArticleDto place(UUID id, String ifMatch, PlacementInput in) {
        BulletinArticle a = get(id);
        return changes.update(ENTITY, a.id, a, a.version, ifMatch, ArticleService::snapshot, changed -> {
            if (a.issueId != null) {
                BulletinService.requireEditable(repo.findById(a.issueId));
            }
            BulletinIssue target = in.issueId() == null ? null : issues.issueForOffice(in.issueId());
            if (target != null) {
                BulletinService.requireEditable(target);
            }
            UUID from = a.issueId;
            a.issueId = null;
            a.position = null;
            repo.flush();
            if (from != null) {
                renumber(from, null, 0);
            }
            if (target != null) {
                int count = repo.articlesOf(target.id).size();
                int position = in.position() == null ? count + 1 : Math.min(in.position(), count + 1);
                renumber(target.id, a, position);
            }
            a.updatedAt = Instant.now();
        }, this::detail);
    }

    /** Numbers the issue's articles 1..n in their order, with {@code inserted} (if any) at {@code at}. */
    private void renumber(UUID issueId, BulletinArticle inserted, int at) {
        List<BulletinArticle> ordered = new ArrayList<>(repo.articlesOf(issueId));
        ordered.remove(inserted);
        if (inserted != null) {
            inserted.issueId = issueId;
            ordered.add(at - 1, inserted);
        }
        for (int k = 0; k < ordered.size(); k++) {
            BulletinArticle x = ordered.get(k);
            if (!Integer.valueOf(k + 1).equals(x.position)) {
                x.position = k + 1;
            }
        }
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        BulletinArticle a = get(id);
        UUID issueId = a.issueId;
        UUID pdf = a.pdfFileId;
        changes.delete(ENTITY, id, a, a.version, ifMatch, ArticleService::snapshot, article -> {
            if (issueId != null) {
                BulletinService.requireEditable(repo.findById(issueId));
            }
        });
        if (issueId != null) {
            renumber(issueId, null, 0);
        }
        if (pdf != null) {
            files.delete(pdf);
        }
    }

    @Transactional
    public ArticleDto putPdf(UUID id, String ifMatch, String fileName, byte[] body) {
        Uploads.Checked file = Uploads.check(fileName, body, MAX_PDF_BYTES, Set.of(Uploads.PDF), "problem.unsupported-media-type.pdf");
        BulletinArticle a = get(id);
        return changes.replaceFile(ENTITY, a.id, a, a.version, ifMatch, ArticleService::snapshot, changed -> {
            if (a.issueId != null) {
                BulletinService.requireEditable(repo.findById(a.issueId));
            }
            UUID old = a.pdfFileId;
            a.pdfFileId = files.store(PDF_OWNER, a.id, file, user.username()).id();
            a.updatedAt = Instant.now();
            return old;
        }, this::detail);
    }

    public StoredFile pdf(UUID id) {
        BulletinArticle a = get(id);
        return files.find(a.pdfFileId == null ? new UUID(0, 0) : a.pdfFileId)
                .orElseThrow(() -> ProblemException.notFound("bulletin-article-pdf", id));
    }

    static Map<String, Object> snapshot(BulletinArticle a) {
        Map<String, Object> m = Snapshots.of(a, "title", "issueId", "position");
        m.put("authors", a.authors.stream().map(ArticleAuthor::name).toList());
        m.put("pdfFileId", a.pdfFileId);
        return m;
    }
}
