package vn.lhh.bulletin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lhh.common.paging.Keyset;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.persistence.FeatureRepository;
import vn.lhh.common.persistence.ScheduledRows;
import vn.lhh.common.text.SearchText;

/** Issues and articles: the archive's searches (one SQL statement each, on the GIN word indexes) and the feed's reads. */
@ApplicationScoped
public class BulletinRepository implements FeatureRepository<BulletinIssue, UUID> {

    /** statuses: what the caller may see; field: issues having an article in that field. */
    public record IssueFilter(String q, Integer year, Set<IssueStatus> statuses, String field) {
    }

    /** placed: null any, true in an issue, false not yet placed. */
    public record ArticleFilter(String q, Integer year, String field, UUID issueId, Boolean placed, Set<IssueStatus> issueStatuses) {
    }

    public static final Map<String, String> ISSUE_SORTABLE = Map.of(
            "month", "i.issue_month",
            "number", "i.volume, i.number",
            "publishedAt", "i.published_at",
            "updatedAt", "i.updated_at");

    public static final Map<String, String> ARTICLE_SORTABLE = Map.of(
            "relevance", "ts_rank(a.search_vector, to_tsquery('simple', :tsq)) desc, i.issue_month desc nulls first, a.position",
            "month", "i.issue_month nulls first, a.position",
            "title", "lower(a.title)",
            "createdAt", "a.created_at");

    public Page<BulletinIssue> issues(IssueFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder("i.status IN (:statuses)");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", f.statuses().stream().map(Enum::name).toList());
        String tsq = SearchText.prefixQuery(f.q());
        if (tsq != null) {
            where.append(" AND i.search_vector @@ to_tsquery('simple', :tsq)");
            params.put("tsq", tsq);
        }
        if (f.year() != null) {
            where.append(" AND i.issue_month >= make_date(:year, 1, 1) AND i.issue_month < make_date(:year + 1, 1, 1)");
            params.put("year", f.year());
        }
        if (f.field() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM bulletin_article a JOIN bulletin_article_field af ON af.article_id = a.id"
                    + " WHERE a.issue_id = i.id AND af.field_code = :field)");
            params.put("field", f.field());
        }
        Keyset keyset = Keyset.of(page, "bulletin-issues|" + f);
        Map<String, Object> count = new HashMap<>(params);
        String after = keyset.condition(params);
        List<Object[]> rows = rows("SELECT i.id" + keyset.columns() + " FROM bulletin_issue i WHERE " + where + after + " ORDER BY " + page.orderBy(),
                params, keyset);
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        return keyset.page(inOrder(ids, ids.isEmpty() ? List.of() : list("id in ?1", ids), e -> e.id), rows, 1,
                keyset.count(nativeQuery("SELECT 1 FROM bulletin_issue i WHERE " + where, count)));
    }

    public Page<BulletinArticle> articles(ArticleFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.issueStatuses() != null) {
            where.append(" AND i.status IN (:statuses)");
            params.put("statuses", f.issueStatuses().stream().map(Enum::name).toList());
        }
        String tsq = SearchText.prefixQuery(f.q());
        if (tsq != null) {
            where.append(" AND a.search_vector @@ to_tsquery('simple', :tsq)");
            params.put("tsq", tsq);
        }
        if (f.year() != null) {
            where.append(" AND i.issue_month >= make_date(:year, 1, 1) AND i.issue_month < make_date(:year + 1, 1, 1)");
            params.put("year", f.year());
        }
        if (f.field() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM bulletin_article_field af WHERE af.article_id = a.id AND af.field_code = :field)");
            params.put("field", f.field());
        }
        if (f.issueId() != null) {
            where.append(" AND a.issue_id = :issue");
            params.put("issue", f.issueId());
        }
        if (f.placed() != null) {
            where.append(f.placed() ? " AND a.issue_id IS NOT NULL" : " AND a.issue_id IS NULL");
        }
        String from = " FROM bulletin_article a LEFT JOIN bulletin_issue i ON i.id = a.issue_id WHERE ";
        if (tsq == null) {
            // relevance without words: newest issue first (what follows the rank in the relevance order)
            page = page.without(":tsq");
        }
        Keyset keyset = Keyset.of(page, "bulletin-articles|" + f);
        Map<String, Object> count = new HashMap<>(params);
        String after = keyset.condition(params);
        List<Object[]> rows = rows("SELECT a.id" + keyset.columns() + from + where + after + " ORDER BY " + page.orderBy(), params, keyset);
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        List<BulletinArticle> found = ids.isEmpty() ? List.of()
                : getEntityManager().createQuery("select a from BulletinArticle a where a.id in ?1", BulletinArticle.class)
                .setParameter(1, ids).getResultList();
        return keyset.page(inOrder(ids, found, a -> a.id), rows, 1, keyset.count(nativeQuery("SELECT 1" + from + where, count)));
    }

    /** The placed articles of an issue, in order. */
    public List<BulletinArticle> articlesOf(UUID issueId) {
        return getEntityManager().createQuery("select a from BulletinArticle a where a.issueId = ?1 order by a.position, a.id", BulletinArticle.class)
                .setParameter(1, issueId).getResultList();
    }

    public Map<UUID, List<BulletinArticle>> articlesOf(Collection<UUID> issueIds) {
        if (issueIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select a from BulletinArticle a where a.issueId in ?1 order by a.position, a.id", BulletinArticle.class)
                .setParameter(1, issueIds).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.issueId, LinkedHashMap::new, Collectors.toList()));
    }

    /** As articlesOf(Collection), with each article's fields fetched in the same query (no query per article). */
    public Map<UUID, List<BulletinArticle>> articlesWithFieldsOf(Collection<UUID> issueIds) {
        if (issueIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select distinct a from BulletinArticle a left join fetch a.fieldCodes where a.issueId in ?1",
                        BulletinArticle.class)
                .setParameter(1, issueIds).getResultList().stream()
                .sorted(Comparator.comparing((BulletinArticle a) -> a.position, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> a.id))
                .collect(Collectors.groupingBy(a -> a.issueId, LinkedHashMap::new, Collectors.toList()));
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, Long> articleCounts(Collection<UUID> issueIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!issueIds.isEmpty()) {
            List<Object[]> rows = getEntityManager().createNativeQuery(
                            "SELECT issue_id, count(*) FROM bulletin_article WHERE issue_id IN (:ids) GROUP BY issue_id")
                    .setParameter("ids", issueIds).getResultList();
            rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        }
        return counts;
    }

    public BulletinArticle article(UUID id) {
        return getEntityManager().find(BulletinArticle.class, id);
    }

    /** Released issues whose latest change is after the cursor, oldest change first. */
    public List<BulletinIssue> feedAfter(long cursor, int limit) {
        return getEntityManager().createQuery("select i from BulletinIssue i where i.feedSeq > ?1 order by i.feedSeq", BulletinIssue.class)
                .setParameter(1, cursor).setMaxResults(limit).getResultList();
    }

    public List<BulletinIssue> feedSince(Instant since, int limit) {
        return getEntityManager().createQuery("select i from BulletinIssue i where i.feedSeq is not null and i.feedChangedAt >= ?1 order by i.feedSeq",
                BulletinIssue.class).setParameter(1, since).setMaxResults(limit).getResultList();
    }

    /** The last feed position visible now (every smaller one is committed: see BulletinFeed). */
    public long feedEnd() {
        return ((Number) getEntityManager().createNativeQuery("SELECT coalesce(max(feed_seq), 0) FROM bulletin_issue").getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params, Keyset keyset) {
        return nativeQuery(sql, params).setFirstResult(keyset.firstResult()).setMaxResults(keyset.maxResults()).getResultList();
    }

    private Query nativeQuery(String sql, Map<String, Object> params) {
        Query q = getEntityManager().createNativeQuery(sql);
        params.forEach(q::setParameter);
        return q;
    }

    private static <T> List<T> inOrder(List<UUID> ids, List<T> found, Function<T, UUID> id) {
        Map<UUID, T> byId = found.stream().collect(Collectors.toMap(id, x -> x));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The feed's advisory lock's key ("LHHFEED" as a number), unique to this use. */
    private static final long FEED_LOCK_KEY = 0x4C4848464545L;

    /** Takes the feed's transaction-level advisory lock (see BulletinFeed for why), released at commit. */
    public void lockFeed() {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) l").setParameter(1, FEED_LOCK_KEY)
                .getSingleResult();
    }

    /** The next position in the partners' change feed. */
    public long nextFeedSeq() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('bulletin_feed_seq')").getSingleResult()).longValue();
    }

    /** The issues of the latest feed changes, newest first. */
    public List<BulletinIssue> latestFeedChanges(int limit) {
        return getEntityManager().createQuery("select i from BulletinIssue i where i.feedSeq is not null order by i.feedSeq desc",
                BulletinIssue.class).setMaxResults(limit).getResultList();
    }

    /** Takes the issue's articles out of it (back to unplaced), moving their versions. */
    public void unplaceArticles(UUID issueId) {
        getEntityManager().createQuery("update BulletinArticle a set a.issueId = null, a.position = null, a.version = a.version + 1 where a.issueId = ?1")
                .setParameter(1, issueId).executeUpdate();
    }

    /** Issues whose scheduled release is due, claimed for this transaction (see ScheduledRows). */
    public List<UUID> claimDueScheduled(int limit) {
        return ScheduledRows.claimDue(getEntityManager(), "bulletin_issue", limit);
    }
}
