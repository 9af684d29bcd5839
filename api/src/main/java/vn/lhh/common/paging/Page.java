package vn.lhh.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: page numbers from 1 and a bounded size (the API's pagination style), plus an
 * opt-in cursor (keyset) for walking long lists: {@code nextCursor} continues right after the last
 * item of this page, whatever was inserted or deleted meanwhile. The total is exact up to a limit
 * ({@code lhh.paging.count-limit}, 1,000 by default); above it the count stops and
 * {@code totalExact} is false: there are at least {@code total} items.
 */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, examples = "1", description = "Page number, from 1 (with a cursor: the pages walked so far, counting this one).")
        int page,
        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, examples = "57", description = "Items matching the filters, over all pages; when totalExact is false, "
                + "a lower bound (counting stops at a limit, by default 1,000, so that a broad search stays fast).") long total,
        @Schema(required = true, examples = "true", description = "false: total is a lower bound, there are more items than that.")
        boolean totalExact,
        @Schema(nullable = true, examples = "eyJ2IjoxfQ.c2lnbmF0dXJl", description = "Opaque: pass it as cursor to get the items right "
                + "after this page (no duplicate, no gap, even while items are added); absent on the last page.") String nextCursor) {

    /** An exact total, no cursor (lists that are always short). */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true, null);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total, totalExact, nextCursor);
    }
}
