package vn.lhh.common.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keyset (cursor) pagination and the bounded count for one list query, HQL or native SQL alike.
 * A repository selects the page's sort keys after its own columns ({@link #columns()}), adds
 * {@link #condition} to its WHERE clause (the rows strictly after the cursor, in the page's order:
 * no OFFSET, so a deep page costs what the first one does when an index serves the order), fetches
 * {@link #maxResults()} rows from {@link #firstResult()} and builds the page with {@link #page}.
 * Without a cursor the list pages by number as before, and each page still hands out a cursor to
 * the next one.
 */
public final class Keyset {
    /** Counting stops after this many rows (at least past the requested page): a broad search does not read all its matches to count them. */
    public static int countLimit() {
        return ConfigProvider.getConfig().getOptionalValue("lhh.paging.count-limit", Integer.class).orElse(1000);
    }

    private final PageRequest request;
    private final String fingerprint;
    private final Cursors.Position at;

    private Keyset(PageRequest request, String scope) {
        this.request = request;
        this.fingerprint = Cursors.fingerprint(scope + "|" + request.orderBy());
        this.at = request.cursor() == null ? null : Cursors.decode(request.cursor(), fingerprint, request.keys().size());
    }

    /**
     * @param scope what a cursor is bound to besides the order: the list's name and its filters
     *              (a record's toString() will do), so that a cursor of other filters is refused
     */
    public static Keyset of(PageRequest request, String scope) {
        return new Keyset(request, scope);
    }

    /**
     * One page of a JPQL list of entities: {@code fromWhere} (" from Entity alias where ...", its parameters in
     * {@code params}) read after the cursor in the request's order, with the bounded count of all its matches.
     */
    public <T> Page<T> entities(EntityManager em, Class<T> type, String alias, String fromWhere, Map<String, Object> params) {
        String after = condition(params);
        var query = em.createQuery("select " + alias + columns() + fromWhere + after + " order by " + request.orderBy(), Object[].class);
        var count = em.createQuery("select " + alias + ".id" + fromWhere, UUID.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            if (!k.startsWith("ck")) {
                count.setParameter(k, v);
            }
        });
        List<Object[]> rows = query.setFirstResult(firstResult()).setMaxResults(maxResults()).getResultList();
        return page(rows.stream().map(r -> type.cast(r[0])).toList(), rows, 1, count(count));
    }

    /** ", key1, key2, ..." to append to the select list. */
    public String columns() {
        StringBuilder b = new StringBuilder();
        request.keys().forEach(k -> b.append(", ").append(k.expression()));
        return b.toString();
    }

    /**
     * " and (...)": the rows after the cursor, binding its values into {@code params} as ck0, ck1...;
     * "" without a cursor. Nulls are placed as the ORDER BY places them.
     */
    public String condition(Map<String, Object> params) {
        if (at == null) {
            return "";
        }
        List<PageRequest.SortKey> keys = request.keys();
        List<String> alternatives = new ArrayList<>();
        List<String> equalSoFar = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            PageRequest.SortKey k = keys.get(i);
            Object v = at.values().get(i);
            String p = ":ck" + i;
            String after;
            String equal;
            if (v == null) {
                after = k.nullsFirst() ? k.expression() + " is not null" : null;
                equal = k.expression() + " is null";
            } else {
                params.put("ck" + i, v);
                String cmp = k.expression() + (k.desc() ? " < " : " > ") + p;
                after = k.nullsFirst() || k.notNull() ? cmp : "(" + cmp + " or " + k.expression() + " is null)";
                equal = k.expression() + " = " + p;
            }
            if (after != null) {
                List<String> parts = new ArrayList<>(equalSoFar);
                parts.add(after);
                alternatives.add("(" + String.join(" and ", parts) + ")");
            }
            equalSoFar.add(equal);
        }
        if (alternatives.isEmpty()) {
            return " and 1 = 0";
        }
        // a never-null first key also bounds the range on its own, so that an index on the order starts at the cursor
        PageRequest.SortKey first = keys.get(0);
        String bound = first.notNull() && at.values().get(0) != null ? first.expression() + (first.desc() ? " <= :ck0" : " >= :ck0") + " and " : "";
        return " and " + bound + "(" + String.join(" or ", alternatives) + ")";
    }

    public int firstResult() {
        return at == null ? request.offset() : 0;
    }

    /** One more row than the page, to know whether another page follows. */
    public int maxResults() {
        return request.size() + 1;
    }

    public int pageNumber() {
        return at == null ? request.page() : at.page();
    }

    /** The bounded total: {@code count} selects one column per matching row (no ORDER BY needed); at most the limit is read. */
    public long[] count(Query count) {
        // by page number the rows up to the page are read anyway (OFFSET); a cursor may be deep, its count stays bounded
        int limit = at == null ? Math.max(countLimit(), request.offset() + request.size()) : countLimit();
        int n = count.setMaxResults(limit + 1).getResultList().size();
        return n > limit ? new long[] {limit, 0} : new long[] {n, 1};
    }

    /**
     * The page from the fetched rows (at most {@link #maxResults()}): {@code items.get(i)} is the item
     * of {@code rows.get(i)}, whose sort keys start at column {@code keyStart}.
     */
    public <T> Page<T> page(List<T> items, List<Object[]> rows, int keyStart, long[] total) {
        String next = null;
        if (rows.size() > request.size()) {
            Object[] last = rows.get(request.size() - 1);
            next = Cursors.encode(fingerprint, pageNumber() + 1, Arrays.asList(Arrays.copyOfRange(last, keyStart, keyStart + request.keys().size())));
        }
        int n = Math.min(items.size(), request.size());
        long t = total[0];
        if (at == null) {
            // rows added between the count and the page never make the total smaller than what the pages showed
            t = Math.max(t, (long) request.offset() + n);
        }
        return new Page<>(List.copyOf(items.subList(0, n)), pageNumber(), request.size(), t, total[1] == 1, next);
    }
}
