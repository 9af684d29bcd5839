package vn.lhh.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the API's single pagination style (page numbers from 1, bounded size). */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, examples = "1", description = "Page number, from 1.") int page,
        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, examples = "57", description = "Items matching the filters, over all pages.") long total) {

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total);
    }
}
