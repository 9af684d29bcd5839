package vn.lhh.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.persistence.ScheduledRows;
import vn.lhh.common.persistence.FeatureRepository;

/** Posts: the list and search (one SQL statement on the indexes) and the public feed. */
@ApplicationScoped
public class PostRepository implements FeatureRepository<Post, UUID> {

    /** statuses and audiences: what the caller may see (already narrowed to what they asked); tag: exact tag. */
    public record Filter(String q, PostKind kind, String tag, Boolean pinned, Set<PostStatus> statuses, Set<PostAudience> audiences) {
    }

    public static final Map<String, String> SORTABLE = Map.of(
            "publishedAt", "p.published_at",
            "updatedAt", "p.updated_at",
            "createdAt", "p.created_at",
            "title", "lower(p.title)",
            "pinned", "p.pinned",
            "eventStartsAt", "p.event_starts_at");

    public Page<Post> find(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder("p.status IN (:statuses) AND p.audience IN (:audiences)");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", f.statuses().stream().map(Enum::name).toList());
        params.put("audiences", f.audiences().stream().map(a -> a.apiName).toList());
        String tsq = SearchText.prefixQuery(f.q());
        if (tsq != null) {
            where.append(" AND p.search_vector @@ to_tsquery('simple', :tsq)");
            params.put("tsq", tsq);
        }
        if (f.kind() != null) {
            where.append(" AND p.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.tag() != null) {
            where.append(" AND p.tags @> ARRAY[CAST(:tag AS text)]");
            params.put("tag", f.tag());
        }
        if (f.pinned() != null) {
            where.append(" AND p.pinned = :pinned");
            params.put("pinned", f.pinned());
        }
        Query ids = getEntityManager().createNativeQuery("SELECT p.id FROM post p WHERE " + where + " ORDER BY " + page.orderBy());
        params.forEach(ids::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> found = ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Query count = getEntityManager().createNativeQuery("SELECT count(*) FROM post p WHERE " + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(inOrder(found, found.isEmpty() ? List.of() : list("id in ?1", found), p -> p.id), page.page(), page.size(), total);
    }

    /**
     * The public feed: public posts that are published, or were and have been taken down since
     * (those become tombstones), latest change first.
     */
    public List<Post> publicFeed(int limit) {
        return getEntityManager().createQuery("select p from Post p where p.audience = ?1 and p.publishedAt is not null"
                        + " and p.status in ?2 order by p.updatedAt desc, p.id", Post.class)
                .setParameter(1, PostAudience.PUBLIC).setParameter(2, List.of(PostStatus.published, PostStatus.unpublished))
                .setMaxResults(limit).getResultList();
    }

    private static <T> List<T> inOrder(List<UUID> ids, List<T> found, Function<T, UUID> id) {
        Map<UUID, T> byId = found.stream().collect(Collectors.toMap(id, x -> x));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Posts whose scheduled publication is due, claimed for this transaction (see ScheduledRows). */
    public List<UUID> claimDueScheduled(int limit) {
        return ScheduledRows.claimDue(getEntityManager(), "post", limit);
    }
}
