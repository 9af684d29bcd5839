package vn.lhh.bulletin;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.text.SearchText;

/** Issues and articles: the archive's searches (one SQL statement each, on the GIN word indexes) and the feed's reads. */
@ApplicationScoped
public class BulletinRepository implements PanacheRepositoryBase<BulletinIssue, UUID> {

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
        List<UUID> ids = ids("SELECT i.id FROM bulletin_issue i WHERE " + where + " ORDER BY " + page.orderBy(), params, page);
        long total = countNative("SELECT count(*) FROM bulletin_issue i WHERE " + where, params);
        return new Page<>(inOrder(ids, list("id in ?1", ids), e -> e.id), page.page(), page.size(), total);
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
        String order = page.orderBy();
        if (order.contains(":tsq") && tsq == null) {
            // relevance without words: newest issue first
            order = order.replace(ARTICLE_SORTABLE.get("relevance"), "i.issue_month desc nulls first, a.position");
        }
        List<UUID> ids = ids("SELECT a.id" + from + where + " ORDER BY " + order, params, page);
        long total = countNative("SELECT count(*)" + from + where, params);
        List<BulletinArticle> found = getEntityManager().createQuery("select a from BulletinArticle a where a.id in ?1", BulletinArticle.class)
                .setParameter(1, ids).getResultList();
        return new Page<>(inOrder(ids, found, a -> a.id), page.page(), page.size(), total);
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

    public EntityManager em() {
        return getEntityManager();
    }

    /** Released issues whose latest change is after the cursor, oldest change first. */
    public List<BulletinIssue> feedAfter(long cursor, int limit) {
        return getEntityManager().createQuery("select i from BulletinIssue i where i.feedSeq > ?1 order by i.feedSeq", BulletinIssue.class)
                .setParameter(1, cursor).setMaxResults(limit).getResultList();
    }

    public List<BulletinIssue> feedSince(java.time.Instant since, int limit) {
        return getEntityManager().createQuery("select i from BulletinIssue i where i.feedSeq is not null and i.feedChangedAt >= ?1 order by i.feedSeq",
                BulletinIssue.class).setParameter(1, since).setMaxResults(limit).getResultList();
    }

    /** The last feed position visible now (every smaller one is committed: see BulletinFeed). */
    public long feedEnd() {
        return ((Number) getEntityManager().createNativeQuery("SELECT coalesce(max(feed_seq), 0) FROM bulletin_issue").getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, Map<String, Object> params, PageRequest page) {
        Query q = getEntityManager().createNativeQuery(sql);
        params.forEach(q::setParameter);
        if (sql.contains(":tsq") && !params.containsKey("tsq")) {
            q.setParameter("tsq", "");
        }
        return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    private long countNative(String sql, Map<String, Object> params) {
        Query q = getEntityManager().createNativeQuery(sql);
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static <T> List<T> inOrder(List<UUID> ids, List<T> found, Function<T, UUID> id) {
        Map<UUID, T> byId = found.stream().collect(Collectors.toMap(id, x -> x));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
