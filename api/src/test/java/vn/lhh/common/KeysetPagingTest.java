package vn.lhh.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.contest.ContestFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Cursors;
import vn.lhh.testsupport.Fixtures;

/**
 * Keyset pagination (the opt-in cursor) and the bounded count of the large lists: a cursor walk
 * sees every item once even while items are added, a cursor that the list did not give out is a
 * 400 problem, and counting stops at the limit (lhh.paging.count-limit, 1,000).
 */
@QuarkusTest
class KeysetPagingTest {
    static final String ASSOCIATIONS = "/api/v1/associations";

    @Inject
    EntityManager em;

    /** Letters only, so that it is one search word matching these records alone. */
    static String tag() {
        Random r = new Random();
        StringBuilder b = new StringBuilder("kst");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    @Test
    void aCursorWalkSeesEveryAssociationOnceWhileAssociationsAreAdded() {
        String tag = tag();
        Set<String> initial = new HashSet<>();
        for (int k = 10; k <= 90; k += 10) {
            initial.add(Fixtures.association("Hội kiểm thử " + tag + " " + k));
        }
        Map<String, String> q = Map.of("q", tag);
        List<String> addedAhead = new ArrayList<>();
        List<String> addedBehind = new ArrayList<>();
        int[] n = {0};
        List<String> seen = Cursors.walk(Api::anonymous, ASSOCIATIONS, q, 2, () -> {
            // after each of the first pages: one name after the cursor's position (at the end), one before it (at the start)
            n[0]++;
            if (n[0] <= 3) {
                addedAhead.add(Fixtures.association("Hội kiểm thử " + tag + " 9" + n[0]));
                addedBehind.add(Fixtures.association("Hội kiểm thử " + tag + " 0" + n[0]));
            }
        });
        assertTrue(seen.containsAll(initial), "every association there from the start is seen: " + seen);
        assertTrue(seen.containsAll(addedAhead), "associations added after the cursor's position are seen");
        assertTrue(addedBehind.stream().noneMatch(seen::contains), "those added behind it are not (they belong to pages already read)");
        assertEquals(initial.size() + addedAhead.size(), seen.size());

        // by number and by cursor: the same list in the same order
        List<String> byCursor = Cursors.walk(Api::anonymous, ASSOCIATIONS, q, 4);
        assertEquals(Cursors.byNumber(Api::anonymous, ASSOCIATIONS, q, 4), byCursor);
        assertEquals(15, byCursor.size());
        // and in reverse order, on another key with nulls (currentTermEnd is null for all of them here) then the id
        List<String> reversed = Cursors.walk(Api::anonymous, ASSOCIATIONS, Map.of("q", tag, "sort", "-name"), 4);
        List<String> expected = new ArrayList<>(byCursor);
        java.util.Collections.reverse(expected);
        assertEquals(expected, reversed);
        assertEquals(Cursors.byNumber(() -> Api.as("staff"), ASSOCIATIONS, Map.of("q", tag, "sort", "currentTermEnd"), 4),
                Cursors.walk(() -> Api.as("staff"), ASSOCIATIONS, Map.of("q", tag, "sort", "currentTermEnd"), 4));
    }

    @Test
    void aCursorTheListDidNotGiveOutIsA400() {
        String tag = tag();
        for (int k = 0; k < 3; k++) {
            Fixtures.association("Hội con trỏ " + tag + " " + k);
        }
        JsonPath first = Api.anonymous().queryParam("q", tag).queryParam("size", 1).get(ASSOCIATIONS)
                .then().statusCode(200).body("total", equalTo(3)).body("totalExact", equalTo(true)).body("page", equalTo(1))
                .extract().jsonPath();
        String cursor = first.getString("nextCursor");
        Api.anonymous().queryParam("q", tag).queryParam("size", 1).queryParam("cursor", cursor).get(ASSOCIATIONS)
                .then().statusCode(200).body("page", equalTo(2)).body("items", org.hamcrest.Matchers.hasSize(1));

        char last = cursor.charAt(cursor.length() - 1);
        String tampered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');
        String payloadEdited = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);
        // the signature's first character: every bit of it counts
        int dot = cursor.indexOf('.');
        String signatureEdited = cursor.substring(0, dot + 1) + (cursor.charAt(dot + 1) == 'A' ? 'B' : 'A') + cursor.substring(dot + 2);
        for (String bad : List.of(tampered, signatureEdited, payloadEdited, "abc", "abc.def", "....", cursor + "x", "x".repeat(3000))) {
            badCursor(Map.of("q", tag, "size", 1, "cursor", bad), "cursor");
        }
        // another list's filters, another sort: the cursor names a position in another order
        badCursor(Map.of("q", tag + "x", "size", 1, "cursor", cursor), "cursor");
        badCursor(Map.of("q", tag, "size", 1, "sort", "-name", "cursor", cursor), "cursor");
        badCursor(Map.of("q", tag, "size", 1, "page", 2, "cursor", cursor), "page");
        // a cursor of another list altogether
        badCursor("/api/v1/bulletins", Map.of("cursor", cursor), "cursor");
    }

    private static void badCursor(Map<String, ?> query, String field) {
        badCursor(ASSOCIATIONS, query, field);
    }

    private static void badCursor(String path, Map<String, ?> query, String field) {
        Api.anonymous().queryParams(query).get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", notNullValue());
    }

    @Test
    void countingStopsAtTheLimitAndTheCursorStillWalksEverything() {
        String tag = tag();
        int rows = 1010;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO association (id, name, field, status, member_count, created_at, updated_at, version)
                SELECT gen_random_uuid(), 'Hội đếm ' || :tag || ' ' || lpad(g::text, 5, '0'), 'Thử nghiệm', 'active', g,
                       now(), now(), 0
                FROM generate_series(1, :rows) g""").setParameter("tag", tag).setParameter("rows", rows).executeUpdate());
        try {
            Api.anonymous().queryParam("q", tag).get(ASSOCIATIONS).then().statusCode(200)
                    .body("total", equalTo(1000)).body("totalExact", equalTo(false)).body("nextCursor", notNullValue());
            // a narrower search below the limit: exact
            Api.anonymous().queryParam("q", tag + " 01010").get(ASSOCIATIONS).then().statusCode(200)
                    .body("total", equalTo(1)).body("totalExact", equalTo(true)).body("nextCursor", nullValue());
            Api.anonymous().queryParam("q", tag).queryParam("size", 20).queryParam("page", 50).get(ASSOCIATIONS).then().statusCode(200)
                    .body("total", equalTo(1000)).body("totalExact", equalTo(false)).body("items.size()", equalTo(20))
                    .body("nextCursor", notNullValue());
            // by page number the rows before the page are read anyway, and so counted past the limit
            Api.anonymous().queryParam("q", tag).queryParam("size", 20).queryParam("page", 51).get(ASSOCIATIONS).then().statusCode(200)
                    .body("total", equalTo(rows)).body("totalExact", equalTo(true)).body("items.size()", equalTo(10))
                    .body("nextCursor", nullValue());
            // the cursor goes past the counted rows to the very end; its pages keep the bounded count
            List<String> all = Cursors.walk(Api::anonymous, ASSOCIATIONS, Map.of("q", tag), 100);
            assertEquals(rows, all.size());
            JsonPath deep = Api.anonymous().queryParam("q", tag).queryParam("size", 100).queryParam("sort", "-memberCount").get(ASSOCIATIONS)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(rows, deep.getInt("items[0].memberCount"));
            assertFalse(deep.getBoolean("totalExact"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM association WHERE name LIKE :p")
                    .setParameter("p", "Hội đếm " + tag + " %").executeUpdate());
        }
    }

    @Test
    void theAuditLogWalksByCursorAsByNumberAndStopsCountingAtTheLimit() {
        String id = Fixtures.association(Api.unique("Hội nhật ký con trỏ"));
        String path = ASSOCIATIONS + "/" + id;
        for (int k = 0; k < 4; k++) {
            Api.as("staff").header("If-Match", Fixtures.etag(path)).body(Fixtures.associationBody(Api.unique("Hội nhật ký đổi " + k)))
                    .put(path).then().statusCode(200);
        }
        Map<String, String> q = Map.of("entityType", "association", "entityId", id);
        List<String> events = Cursors.walk(() -> Api.as("admin"), "/api/v1/audit-events", q, 2);
        assertEquals(5, events.size(), "the create and four updates");
        assertEquals(Cursors.byNumber(() -> Api.as("admin"), "/api/v1/audit-events", q, 2), events);
        Map<String, String> oldestFirst = Map.of("entityType", "association", "entityId", id, "sort", "occurredAt");
        List<String> reversed = new java.util.ArrayList<>(events);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, Cursors.walk(() -> Api.as("admin"), "/api/v1/audit-events", oldestFirst, 2));
        Api.as("admin").queryParams(q).get("/api/v1/audit-events").then().statusCode(200)
                .body("total", equalTo(5)).body("totalExact", equalTo(true));
        // a cursor of one filter is refused under another
        String cursor = Api.as("admin").queryParams(q).queryParam("size", 2).get("/api/v1/audit-events").then().statusCode(200)
                .extract().path("nextCursor");
        Api.as("admin").queryParam("entityType", "association").queryParam("cursor", cursor).get("/api/v1/audit-events").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        // the whole log is counted up to the limit only
        long written = QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery("SELECT count(*) FROM audit_event").getSingleResult()).longValue());
        Api.as("admin").get("/api/v1/audit-events").then().statusCode(200)
                .body("totalExact", equalTo(written <= 1000)).body("total", equalTo((int) Math.min(written, 1000)));
    }

    @Test
    void bulletinIssuesArticlesAndContestEntriesWalkByCursorAsByNumber() {
        for (int k = 0; k < 3; k++) {
            BulletinFixtures.published(Api.unique("Tập san con trỏ"), List.of(BulletinFixtures.article(Api.unique("Bài con trỏ"))));
        }
        List<String> issues = Cursors.walk(Api::anonymous, "/api/v1/bulletins", Map.of(), 2);
        assertTrue(issues.size() >= 3);
        assertEquals(Cursors.byNumber(Api::anonymous, "/api/v1/bulletins", Map.of(), 2), issues);
        List<String> articles = Cursors.walk(() -> Api.as("staff"), "/api/v1/bulletin-articles", Map.of("sort", "month"), 2);
        assertTrue(articles.size() >= 3);
        assertEquals(Cursors.byNumber(() -> Api.as("staff"), "/api/v1/bulletin-articles", Map.of("sort", "month"), 2), articles);

        String edition = ContestFixtures.edition(ContestFixtures.Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        for (int k = 0; k < 5; k++) {
            ContestFixtures.entry(category, "Máy tưới cây tự động " + k, "Trường THCS Đặng Thai Mai " + k);
        }
        Map<String, String> q = Map.of("edition", edition);
        List<String> entries = Cursors.walk(() -> Api.as("staff"), "/api/v1/contest-entries", q, 2);
        assertEquals(5, entries.size());
        assertEquals(Cursors.byNumber(() -> Api.as("staff"), "/api/v1/contest-entries", q, 2), entries);
        Map<String, String> byTitle = Map.of("edition", edition, "sort", "-title");
        assertEquals(Cursors.byNumber(() -> Api.as("staff"), "/api/v1/contest-entries", byTitle, 2),
                Cursors.walk(() -> Api.as("staff"), "/api/v1/contest-entries", byTitle, 2));
    }
}
