package vn.lhh.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lhh.common.problem.FieldError;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.web.Params;

/**
 * page/size/sort from the query string. Sort is a comma list of API field names, each
 * optionally prefixed with '-' for descending; only the names a list allows are accepted,
 * and the id is always the last key so that the order is stable across pages.
 */
public record PageRequest(int page, int size, String orderBy) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * @param sortable API sort name → query expression (HQL), e.g. "name" → "lower(a.name)"
     * @param idExpression the tie-breaker, e.g. "a.id"
     */
    public static PageRequest of(String page, String size, String sort, String defaultSort,
                                 Map<String, String> sortable, String idExpression) {
        int p = Params.integer("page", page, 1, 1, 100_000);
        int s = Params.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> parts = new ArrayList<>();
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
            parts.add(expr + (desc ? " desc" : " asc"));
        }
        parts.add(idExpression + " asc");
        return new PageRequest(p, s, String.join(", ", parts));
    }

    public int offset() {
        return (page - 1) * size;
    }
}
