package vn.lhh.association;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * The dashboards' counts: exact, by status and by congress status, with what each caller may list.
 * Measured as changes from a first reading, since the suite's other tests share the database.
 */
@QuarkusTest
class AssociationStatisticsTest {
    static final String PATH = "/api/v1/association-statistics";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    EntityManager em;

    /** "total", "status:active"..., "congress:due"... → count. */
    private static Map<String, Long> counts(String who) {
        JsonPath r = (who == null ? Api.anonymous() : Api.as(who)).get(PATH).then().statusCode(200).extract().jsonPath();
        Map<String, Long> m = new HashMap<>();
        m.put("total", r.getLong("total"));
        for (Map<String, Object> c : r.<Map<String, Object>>getList("byStatus")) {
            m.put("status:" + c.get("status"), ((Number) c.get("count")).longValue());
        }
        for (Map<String, Object> c : r.<Map<String, Object>>getList("byCongressStatus")) {
            m.put("congress:" + c.get("congressStatus"), ((Number) c.get("count")).longValue());
        }
        return m;
    }

    private static long delta(Map<String, Long> before, Map<String, Long> after, String key) {
        return after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
    }

    @Test
    void eachNewAssociationIsCountedOnceUnderItsStatusAndItsCongressStatus() {
        Map<String, Long> before = counts("staff");
        String tag = Api.unique("Hội thống kê");
        String overdue = Fixtures.association(tag + " quá hạn");
        Fixtures.term(overdue, 1, TODAY.minusYears(5).minusDays(10), TODAY.minusDays(10));
        String due = Fixtures.association(tag + " sắp đại hội");
        Fixtures.term(due, 1, TODAY.minusYears(5), TODAY.plusMonths(2));
        Fixtures.association(tag + " chưa có nhiệm kỳ");
        Map<String, Object> body = Fixtures.associationBody(tag + " tạm dừng");
        body.put("status", "suspended");
        Fixtures.association(body);

        Map<String, Long> after = counts("staff");
        assertEquals(4, delta(before, after, "total"));
        assertEquals(3, delta(before, after, "status:active"));
        assertEquals(1, delta(before, after, "status:suspended"));
        assertEquals(0, delta(before, after, "status:dissolved"));
        assertEquals(1, delta(before, after, "congress:overdue"));
        assertEquals(1, delta(before, after, "congress:due"));
        assertEquals(2, delta(before, after, "congress:no_term"));
        assertEquals(0, delta(before, after, "congress:held") + delta(before, after, "congress:not_due"));
        // the parts add up to the whole, both ways
        assertEquals(after.get("total"), after.get("status:active") + after.get("status:suspended") + after.get("status:dissolved"));
        assertEquals(after.get("total"), List.of("no_term", "not_due", "due", "overdue", "held").stream()
                .mapToLong(s -> after.get("congress:" + s)).sum());
        // the office's executive dashboard shows the same figures
        Api.as("staff").get("/api/v1/dashboard/executive").then().statusCode(200)
                .body("congresses.due", equalTo(after.get("congress:due").intValue()))
                .body("congresses.overdue", equalTo(after.get("congress:overdue").intValue()));
    }

    @Test
    void outsideTheOfficeOnlyActiveAssociationsAreCounted() {
        Map<String, Long> staff = counts("staff");
        for (String who : new String[] {null, "officer", "expert", "partner"}) {
            Map<String, Long> c = counts(who);
            assertEquals(staff.get("status:active"), c.get("total"), String.valueOf(who));
            assertEquals(staff.get("status:active"), c.get("status:active"));
            assertEquals(null, c.get("status:suspended"), "not even as a zero");
            assertEquals(5, c.keySet().stream().filter(k -> k.startsWith("congress:")).count());
        }
        Api.anonymous().get(PATH).then().body("dueWindowMonths", equalTo(6));
    }

    @Test
    void theCountsAreExactPastTheListsCountLimit() {
        String tag = Api.unique("Hội đếm thống kê");
        int rows = 1010;
        Map<String, Long> before = counts(null);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO association (id, name, field, status, member_count, created_at, updated_at, version)
                SELECT gen_random_uuid(), :tag || ' ' || lpad(g::text, 5, '0'), 'Thử nghiệm', 'active', g, now(), now(), 0
                FROM generate_series(1, :rows) g""").setParameter("tag", tag).setParameter("rows", rows).executeUpdate());
        try {
            Map<String, Long> after = counts(null);
            assertEquals(rows, delta(before, after, "total"));
            assertEquals(rows, delta(before, after, "congress:no_term"));
            // a list stops counting at its limit; the statistics do not
            Api.anonymous().queryParam("q", tag).get("/api/v1/associations").then().body("totalExact", equalTo(false));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM association WHERE name LIKE :p")
                    .setParameter("p", tag + " %").executeUpdate());
        }
    }
}
