package vn.lhh.common.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;

/**
 * The rows of an export, handed over one at a time while the file is written. A feature's service
 * builds them from its own list query (same filters, same access decision), so nothing holds a whole
 * table: {@link #pages} walks the list with its keyset cursor, one short transaction per page, so the
 * persistence context is emptied after each page and memory stays flat however long the list.
 */
@FunctionalInterface
public interface Rows<T> {
    void forEach(Consumer<? super T> each);

    /** Rows already in memory: small, bounded lists (an edition's nominations). */
    static <T> Rows<T> of(List<T> rows) {
        return rows::forEach;
    }

    /**
     * Walks a list page after page with its cursor. {@code order} gives the sort keys (as the list's
     * own PageRequest, so the export has the list's order); {@code fetch} returns one page, already
     * mapped to the export's row records (inside the page's transaction, so lazy data can be read).
     */
    static <T> Rows<T> pages(PageRequest order, Function<PageRequest, Page<T>> fetch) {
        int size = pageSize();
        return cursor(cursor -> {
            Page<T> page = fetch.apply(new PageRequest(1, size, order.keys(), cursor));
            return new Chunk<>(page.items(), page.nextCursor());
        });
    }

    /**
     * Walks a list that pages by number only (no keyset cursor; fine for lists of thousands): pages of
     * {@link #pageSize()} in the list's order until a short page.
     */
    static <T> Rows<T> numbered(PageRequest order, Function<PageRequest, Page<T>> fetch) {
        int size = pageSize();
        return cursor(at -> {
            int n = at == null ? 1 : Integer.parseInt(at);
            Page<T> page = fetch.apply(new PageRequest(n, size, order.keys(), null));
            return new Chunk<>(page.items(), page.items().size() < size ? null : Integer.toString(n + 1));
        });
    }

    /** One page of rows and the cursor to the next one (null on the last page). */
    record Chunk<T>(List<T> items, String next) {
    }

    /**
     * Walks a list that pages with its own cursor (e.g. a ranked search): {@code fetch} gets null first,
     * then each page's next cursor; each call runs in its own transaction.
     */
    static <T> Rows<T> cursor(Function<String, Chunk<T>> fetch) {
        return each -> {
            String cursor = null;
            do {
                String at = cursor;
                Chunk<T> chunk = QuarkusTransaction.requiringNew().call(() -> fetch.apply(at));
                chunk.items().forEach(each);
                cursor = chunk.next();
            } while (cursor != null);
        };
    }

    /** Rows per page while exporting (lhh.export.page-size, 500 by default). */
    static int pageSize() {
        return ConfigProvider.getConfig().getOptionalValue("lhh.export.page-size", Integer.class).orElse(500);
    }
}
