package vn.lhh.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.lhh.common.problem.FieldError;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.web.Params;

/**
 * page/size/sort (and the optional cursor) from the query string. Sort is a comma list of API
 * field names, each optionally prefixed with '-' for descending; only the names a list allows are
 * accepted, and the id is always the last key so that the order is stable across pages (and a
 * cursor can name a position in it). A sortable expression may itself be a comma list with its own
 * directions and null placement ("i.issue_month desc nulls first, a.position"); '-' reverses it.
 */
public record PageRequest(int page, int size, List<SortKey> keys, String cursor) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The description of the cursor query parameter, the same on every list that takes one. */
    public static final String CURSOR_DOC = "nextCursor of the previous page: continues right after it, with no duplicate and no gap "
            + "even while items are added (keyset pagination: a deep page is as fast as the first). Instead of page; keep the same "
            + "filters, sort and size: a cursor of another list, other filters or another sort is refused with 400.";

    /**
     * One ORDER BY key: an HQL or SQL expression, its direction, where its nulls go (PostgreSQL's
     * defaults unless told) and whether it is never null (then a cursor's condition is a plain
     * range an index can serve; say so with a trailing "not null" in the sortable expression).
     */
    public record SortKey(String expression, boolean desc, boolean nullsFirst, boolean notNull) {
        public SortKey(String expression, boolean desc, boolean nullsFirst) {
            this(expression, desc, nullsFirst, false);
        }

        String sql() {
            return expression + (desc ? " desc" : " asc") + (nullsFirst ? " nulls first" : " nulls last");
        }
    }

    /**
     * @param sortable API sort name → query expression (HQL), e.g. "name" → "lower(a.name)"
     * @param idExpression the tie-breaker, e.g. "a.id"
     */
    public static PageRequest of(String page, String size, String sort, String defaultSort,
                                 Map<String, String> sortable, String idExpression) {
        return of(page, size, null, sort, defaultSort, sortable, idExpression);
    }

    /** As above, with the opt-in cursor (nextCursor of a previous page); a cursor and a page number exclude each other. */
    public static PageRequest of(String page, String size, String cursor, String sort, String defaultSort,
                                 Map<String, String> sortable, String idExpression) {
        int p = Params.integer("page", page, 1, 1, 100_000);
        int s = Params.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        if (cursor != null && !cursor.isEmpty()) {
            if (page != null && !page.isEmpty()) {
                throw ProblemException.invalidField("page", "validation.cursor-or-page");
            }
            if (cursor.length() > Cursors.MAX_LENGTH) {
                throw ProblemException.invalidField("cursor", "validation.cursor");
            }
        } else {
            cursor = null;
        }
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        List<SortKey> keys = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String key = raw.trim();
            boolean desc = key.startsWith("-");
            String name = desc ? key.substring(1) : key;
            String expr = sortable.get(name);
            if (expr == null) {
                throw new ProblemException(ProblemType.VALIDATION_ERROR,
                        List.of(new FieldError("sort", "{validation.one-of}")), Map.of(),
                        "problem.validation-error.detail", String.join(", ", sortable.keySet()));
            }
            for (SortKey k : parse(expr)) {
                // reversing a key moves its nulls too, as the row order is reversed as a whole
                keys.add(desc ? new SortKey(k.expression(), !k.desc(), !k.nullsFirst(), k.notNull()) : k);
            }
        }
        keys.add(new SortKey(idExpression, false, false, true));
        return new PageRequest(p, s, List.copyOf(keys), cursor);
    }

    /** A fixed order for internal lists (no API sort parameter): "expr [asc|desc] [nulls first|last], ...". */
    public static PageRequest ordered(int page, int size, String orderBy) {
        return new PageRequest(page, size, parse(orderBy), null);
    }

    /** "expr [asc|desc] [nulls first|last], ..." split at the commas outside parentheses. */
    static List<SortKey> parse(String expressions) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < expressions.length(); i++) {
            char c = expressions.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(expressions.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(expressions.substring(start));
        List<SortKey> keys = new ArrayList<>();
        for (String part : parts) {
            String e = part.trim();
            String lower = e.toLowerCase();
            boolean notNull = false;
            if (lower.endsWith(" not null")) {
                notNull = true;
                e = e.substring(0, e.length() - 9).trim();
                lower = e.toLowerCase();
            }
            Boolean nullsFirst = null;
            if (lower.endsWith(" nulls first") || lower.endsWith(" nulls last")) {
                nullsFirst = lower.endsWith(" nulls first");
                e = e.substring(0, e.length() - (nullsFirst ? 12 : 11)).trim();
                lower = e.toLowerCase();
            }
            boolean desc = false;
            if (lower.endsWith(" desc")) {
                desc = true;
                e = e.substring(0, e.length() - 5).trim();
            } else if (lower.endsWith(" asc")) {
                e = e.substring(0, e.length() - 4).trim();
            }
            keys.add(new SortKey(e, desc, nullsFirst == null ? desc : nullsFirst, notNull));
        }
        return keys;
    }

    /** The ORDER BY list, every key with its direction and null placement spelled out (HQL and SQL alike). */
    public String orderBy() {
        return keys.stream().map(SortKey::sql).collect(Collectors.joining(", "));
    }

    /** The same request without the keys whose expression contains {@code fragment} (e.g. a relevance that has no words to rank). */
    public PageRequest without(String fragment) {
        return new PageRequest(page, size, keys.stream().filter(k -> !k.expression().contains(fragment)).toList(), cursor);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
