package vn.lhh.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Walks a list by its keyset cursor (nextCursor) to the end. */
public final class Cursors {
    private Cursors() {
    }

    /** The ids of every item, page after page; fails on a repeated id. {@code between} runs after each page. */
    public static List<String> walk(Supplier<RequestSpecification> as, String path, Map<String, ?> query, int size, Runnable between) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int page = 0;
        do {
            RequestSpecification r = as.get().queryParams(query).queryParam("size", size);
            if (cursor != null) {
                r = r.queryParam("cursor", cursor);
            }
            JsonPath p = r.get(path).then().statusCode(200).extract().jsonPath();
            page++;
            assertEquals(page, p.getInt("page"), "page number of a cursor walk");
            ids.addAll(p.getList("items.id", String.class));
            cursor = p.getString("nextCursor");
            assertTrue(p.getList("items").size() == size || cursor == null, "a short page is the last one");
            between.run();
        } while (cursor != null);
        assertEquals(new HashSet<>(ids).size(), ids.size(), "an item seen twice: " + ids);
        return ids;
    }

    public static List<String> walk(Supplier<RequestSpecification> as, String path, Map<String, ?> query, int size) {
        return walk(as, path, query, size, () -> { });
    }

    /** The ids of every item, page by page by number. */
    public static List<String> byNumber(Supplier<RequestSpecification> as, String path, Map<String, ?> query, int size) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<String> got = as.get().queryParams(query).queryParam("size", size).queryParam("page", page).get(path)
                    .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
            ids.addAll(got);
            if (got.size() < size) {
                return ids;
            }
        }
    }
}
