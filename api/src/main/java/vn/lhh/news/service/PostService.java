package vn.lhh.news.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import vn.lhh.news.Post;
import vn.lhh.news.PostAudience;
import vn.lhh.news.PostKind;
import vn.lhh.news.PostRepository;
import vn.lhh.news.PostStatus;
import vn.lhh.news.dto.PostDtos.CoverDto;
import vn.lhh.news.dto.PostDtos.PostDto;
import vn.lhh.news.dto.PostDtos.PostInput;
import vn.lhh.news.dto.PostDtos.PostSummary;
import vn.lhh.news.dto.PostDtos.TransitionInput;

/**
 * News posts: who reads what (published posts by audience; the office everything), the publication
 * workflow with scheduling, the cover image, and the one door rich text passes (the sanitiser).
 */
@ApplicationScoped
public class PostService {
    public static final String ENTITY = "post";
    public static final String COVER_OWNER = "post-cover";
    public static final int MAX_COVER_BYTES = 5 * 1024 * 1024;

    @Inject
    PostRepository repo;
    @Inject
    FileStore files;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    public boolean isOffice() {
        return user.isStaffOrAdmin();
    }

    /** The audiences the caller may read: public for everyone, members for anyone signed in, internal for the office. */
    public Set<PostAudience> readableAudiences() {
        if (isOffice()) {
            return EnumSet.allOf(PostAudience.class);
        }
        return user.isAnonymous() ? EnumSet.of(PostAudience.PUBLIC) : EnumSet.of(PostAudience.PUBLIC, PostAudience.MEMBERS);
    }

    public Page<PostSummary> list(String q, PostKind kind, String tag, Boolean pinned, PostStatus status, String audience, PageRequest page) {
        Set<PostStatus> statuses = isOffice() ? (status == null ? EnumSet.allOf(PostStatus.class) : EnumSet.of(status))
                : (status == null || status == PostStatus.published ? EnumSet.of(PostStatus.published) : EnumSet.noneOf(PostStatus.class));
        Set<PostAudience> audiences = EnumSet.noneOf(PostAudience.class);
        audiences.addAll(readableAudiences());
        if (audience != null) {
            PostAudience asked = PostAudience.of(audience).orElseThrow(() -> ProblemException.invalidField("audience", "validation.post-audience"));
            audiences.retainAll(Set.of(asked));
        }
        if (statuses.isEmpty() || audiences.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        String cleanTag = tag == null ? null : SearchText.cleanOptional(tag);
        return repo.find(new PostRepository.Filter(q, kind, cleanTag, pinned, statuses, audiences), page).map(PostService::summary);
    }

    /** A post the caller may read; anything else is "not found" (its existence is not told). */
    public Post get(UUID id) {
        Post p = repo.findById(id);
        if (p == null || !(isOffice() || (p.status == PostStatus.published && readableAudiences().contains(p.audience)))) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return p;
    }

    public PostDto detail(Post p) {
        List<PostStatus> allowed = isOffice() ? p.status.next().stream().sorted().toList() : List.of();
        CoverDto cover = p.coverFileId == null ? null : files.find(p.coverFileId)
                .map(f -> new CoverDto(f.fileName(), f.contentType(), f.sizeBytes(), coverUrl(p))).orElse(null);
        return new PostDto(p.id, p.kind, p.title, p.summary, p.bodyHtml, List.of(p.tags), p.audience.apiName, p.status, p.pinned,
                p.eventStartsAt, p.eventPlace, p.scheduledAt, p.publishedAt, isOffice() ? p.publishedBy : null, p.unpublishedAt, cover, allowed,
                isOffice() ? p.createdBy : null, p.createdAt, p.updatedAt, p.version);
    }

    static PostSummary summary(Post p) {
        return new PostSummary(p.id, p.kind, p.title, p.summary, List.of(p.tags), p.audience.apiName, p.status, p.pinned, p.eventStartsAt,
                p.eventPlace, p.scheduledAt, p.publishedAt, p.coverFileId == null ? null : coverUrl(p), p.updatedAt);
    }

    static String coverUrl(Post p) {
        return "/api/v1/posts/" + p.id + "/cover";
    }

    @Transactional
    public PostDto create(PostInput in) {
        Post p = new Post();
        p.id = UUID.randomUUID();
        p.status = PostStatus.draft;
        apply(p, in);
        p.createdBy = user.username();
        p.createdAt = Instant.now();
        p.updatedAt = p.createdAt;
        return changes.create(ENTITY, p.id, p, PostService::snapshot, this::detail);
    }

    /** Every field may change in every status (a published post takes corrections); the status has its own operation. */
    @Transactional
    public PostDto update(UUID id, String ifMatch, PostInput in) {
        Post p = get(id);
        return changes.update(ENTITY, p.id, p, p.version, ifMatch, PostService::snapshot, changed -> {
            apply(p, in);
            p.updatedAt = Instant.now();
        }, this::detail);
    }

    private static void apply(Post p, PostInput in) {
        p.kind = in.kind();
        p.title = SearchText.cleanRequired("title", in.title());
        p.summary = SearchText.cleanOptional(in.summary());
        String body = PostHtml.sanitize(SearchText.clean(in.bodyHtml()));
        if (PostHtml.isEmpty(body)) {
            throw ProblemException.invalidField("bodyHtml", "validation.post-body-empty");
        }
        p.bodyHtml = body;
        Set<String> tags = new LinkedHashSet<>();
        if (in.tags() != null) {
            for (String t : in.tags()) {
                String c = SearchText.cleanOptional(t);
                if (c == null) {
                    throw ProblemException.invalidField("tags", "jakarta.validation.constraints.NotBlank.message");
                }
                tags.add(c.toLowerCase(Locale.ROOT));
            }
        }
        p.tags = tags.toArray(String[]::new);
        p.audience = PostAudience.of(in.audience()).orElseThrow(() -> ProblemException.invalidField("audience", "validation.post-audience"));
        p.pinned = Boolean.TRUE.equals(in.pinned());
        p.eventStartsAt = in.eventStartsAt();
        p.eventPlace = SearchText.cleanOptional(in.eventPlace());
        p.searchKey = SearchText.normalize(p.title + " " + (p.summary == null ? "" : p.summary) + " " + String.join(" ", p.tags));
    }

    @Transactional
    public PostDto transition(UUID id, String ifMatch, TransitionInput in) {
        Post p = get(id);
        return changes.update(ENTITY, p.id, p, p.version, ifMatch, PostService::snapshot, changed -> {
            PostStatus to = in.to();
            Transitions.requireAllowed("problem.conflict.post-transition", p.status, to, p.status.next());
            switch (to) {
                case draft -> p.scheduledAt = null;
                case scheduled -> {
                    if (in.scheduledAt() == null) {
                        throw ProblemException.invalidField("scheduledAt", "validation.scheduled-at-required");
                    }
                    if (!in.scheduledAt().isAfter(Instant.now())) {
                        throw ProblemException.invalidField("scheduledAt", "validation.scheduled-at-future");
                    }
                    p.scheduledAt = in.scheduledAt();
                }
                case published -> publish(p, user.username());
                case unpublished -> p.unpublishedAt = Instant.now();
                default -> throw new IllegalStateException(to.name());
            }
            p.status = to;
            p.updatedAt = Instant.now();
        }, this::detail);
    }

    private static void publish(Post p, String by) {
        p.status = PostStatus.published;
        p.publishedAt = Instant.now();
        p.publishedBy = by;
        p.scheduledAt = null;
        p.unpublishedAt = null;
    }

    /** Publishes the scheduled posts whose time has come, each once however many instances run this (see ScheduledRows). */
    @Transactional
    public List<UUID> publishDue() {
        List<UUID> done = new ArrayList<>();
        for (UUID id : repo.claimDueScheduled(50)) {
            Post p = repo.findById(id);
            var before = snapshot(p);
            publish(p, "system:scheduler");
            p.updatedAt = Instant.now();
            repo.flush();
            audit.record(AuditLog.Action.update, ENTITY, p.id, before, snapshot(p));
            done.add(id);
        }
        return done;
    }

    /** A published post is taken down (unpublished) first; any other may be deleted, its cover with it. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Post p = get(id);
        UUID cover = p.coverFileId;
        changes.delete(ENTITY, id, p, p.version, ifMatch, PostService::snapshot, post -> {
            if (post.status == PostStatus.published) {
                throw ProblemException.conflict("problem.conflict.post-delete-published");
            }
        });
        if (cover != null) {
            files.delete(cover);
        }
    }

    /** Replaces the cover (PNG or JPEG, checked by content first, then If-Match). */
    @Transactional
    public PostDto putCover(UUID id, String ifMatch, String fileName, byte[] body) {
        Uploads.Checked file = Uploads.check(fileName, body, MAX_COVER_BYTES, Set.of(Uploads.PNG, Uploads.JPEG), "problem.unsupported-media-type.image");
        Post p = get(id);
        return changes.replaceFile(ENTITY, p.id, p, p.version, ifMatch, PostService::snapshot, changed -> {
            UUID old = p.coverFileId;
            p.coverFileId = files.store(COVER_OWNER, p.id, file, user.username()).id();
            p.updatedAt = Instant.now();
            return old;
        }, this::detail);
    }

    @Transactional
    public PostDto deleteCover(UUID id, String ifMatch) {
        Post p = get(id);
        return changes.replaceFile(ENTITY, p.id, p, p.version, ifMatch, PostService::snapshot, changed -> {
            if (p.coverFileId == null) {
                throw ProblemException.notFound("post-cover", id);
            }
            UUID old = p.coverFileId;
            p.coverFileId = null;
            p.updatedAt = Instant.now();
            return old;
        }, this::detail);
    }

    /** The cover, if the caller may read the post. */
    public StoredFile cover(UUID id) {
        Post p = get(id);
        return files.find(p.coverFileId == null ? new UUID(0, 0) : p.coverFileId).orElseThrow(() -> ProblemException.notFound("post-cover", id));
    }

    /** For the feed: public posts published or taken down, latest change first. */
    public List<Post> publicFeed(int limit) {
        return repo.publicFeed(limit);
    }

    /** For options only the office may use on a public route: 401 for the anonymous, 403 for others. */
    public void requireOffice() {
        if (!isOffice()) {
            throw user.isAnonymous() ? new ProblemException(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail")
                    : ProblemException.forbidden("problem.forbidden.role");
        }
    }

    static Map<String, Object> snapshot(Post p) {
        Map<String, Object> m = Snapshots.of(p, "kind", "title", "summary");
        m.put("bodyLength", p.bodyHtml.length());
        m.put("tags", List.of(p.tags));
        m.put("audience", p.audience.apiName);
        m.putAll(Snapshots.of(p, "status", "pinned"));
        if (p.scheduledAt != null) {
            m.put("scheduledAt", p.scheduledAt);
        }
        m.put("coverFileId", p.coverFileId);
        return m;
    }
}
