package vn.lhh.bulletin.distribution;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.bulletin.distribution.DistributionFixtures.TOTALS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.batchBody;
import static vn.lhh.bulletin.distribution.DistributionFixtures.distribution;
import static vn.lhh.bulletin.distribution.DistributionFixtures.member;
import static vn.lhh.bulletin.distribution.DistributionFixtures.recipient;
import static vn.lhh.bulletin.distribution.DistributionFixtures.record;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.testsupport.Api;

/**
 * The year's totals by the month copies were sent. Records are dated in 2013 and 2014, years no
 * other test writes; the test compares the totals before and after, so a rerun on the same
 * database checks the same thing.
 */
@QuarkusTest
class DistributionTotalsTest {

    private static JsonPath totals(int year) {
        return Api.as("staff").queryParam("year", year).get(TOTALS).then().statusCode(200)
                .body("year", equalTo(year)).body("months", hasSize(12)).body("byKind", hasSize(6))
                .body("months.month", equalTo(IntStream.rangeClosed(1, 12).boxed().toList())).extract().jsonPath();
    }

    /** after − before of one number. */
    private static long delta(JsonPath before, JsonPath after, String path) {
        return after.getLong(path) - before.getLong(path);
    }

    @Test
    void monthsAndTheYearAddUpWhatWasRecorded() {
        String t = UUID.randomUUID().toString().substring(0, 8);
        JsonPath before = totals(2013);
        JsonPath before2014 = totals(2014);

        String issue1 = BulletinFixtures.published(Api.unique("Tập san tổng hợp 1"));
        String issue2 = BulletinFixtures.published(Api.unique("Tập san tổng hợp 2"));
        String commune = recipient("commune", "Xã Hưng Lộc " + t, "TP. Vinh " + t, 1);
        String department = recipient("department", "Sở Khoa học và Công nghệ " + t, null, 5);
        String ward = recipient("ward", "Phường Lê Lợi " + t, "TP. Vinh " + t, 1);

        // March 2013: issue 1 to two recipients (one issue, two records, 2 + 5 copies)
        record(issue1, commune, 2, "2013-03-10");
        record(issue1, department, null, "2013-03-31");
        // November 2013: issue 2 to a list, as admin (commune by default 1, ward by the list's 4)
        String list = DistributionFixtures.list("Tổng hợp " + t, List.of(member(commune, null), member(ward, 4)));
        Api.as("admin").body(batchBody(list, "2013-11-05", "post")).post(distribution(issue2) + "/batches").then().statusCode(201)
                .body("created", hasSize(2)).body("createdCopies", equalTo(5));
        // outside 2013 on both sides
        record(issue2, department, 9, "2014-01-01");
        record(issue1, ward, 6, "2012-12-31");

        JsonPath after = totals(2013);
        for (int m = 0; m < 12; m++) {
            long[] expected = switch (m) {
                case 2 -> new long[] {1, 2, 7};
                case 10 -> new long[] {1, 2, 5};
                default -> new long[] {0, 0, 0};
            };
            String row = "months[" + m + "].";
            assertEquals(expected[0], delta(before, after, row + "issues"), "issues in month " + (m + 1));
            assertEquals(expected[1], delta(before, after, row + "records"), "records in month " + (m + 1));
            assertEquals(expected[2], delta(before, after, row + "copies"), "copies in month " + (m + 1));
        }
        // the year: two issues (not one per month), three distinct recipients, four records, twelve copies
        assertEquals(2, delta(before, after, "total.issues"));
        assertEquals(3, delta(before, after, "total.recipients"));
        assertEquals(4, delta(before, after, "total.records"));
        assertEquals(12, delta(before, after, "total.copies"));
        List<String> kinds = after.getList("byKind.kind");
        assertEquals(List.of("commune", "ward", "town", "department", "partner_union", "other"), kinds);
        long[][] perKind = {{1, 2, 3}, {1, 1, 4}, {0, 0, 0}, {1, 1, 5}, {0, 0, 0}, {0, 0, 0}};
        for (int k = 0; k < kinds.size(); k++) {
            String row = "byKind[" + k + "].";
            assertEquals(perKind[k][0], delta(before, after, row + "recipients"), "recipients of " + kinds.get(k));
            assertEquals(perKind[k][1], delta(before, after, row + "records"), "records of " + kinds.get(k));
            assertEquals(perKind[k][2], delta(before, after, row + "copies"), "copies of " + kinds.get(k));
        }

        JsonPath after2014 = totals(2014);
        assertEquals(1, delta(before2014, after2014, "months[0].records"));
        assertEquals(9, delta(before2014, after2014, "months[0].copies"));
        assertEquals(9, delta(before2014, after2014, "total.copies"));

        // a correction moves the copies to the month it now says
        String moved = Api.as("staff").get(distribution(issue1)).then().extract().jsonPath()
                .getString("items.find { it.recipientId == '" + commune + "' }.id");
        Api.as("staff").header("If-Match", "\"0\"").body(java.util.Map.of("copies", 2, "sentOn", "2013-04-02", "method", "post"))
                .put(distribution(issue1) + "/" + moved).then().statusCode(200);
        JsonPath corrected = totals(2013);
        assertEquals(1, delta(before, corrected, "months[2].records"));
        assertEquals(5, delta(before, corrected, "months[2].copies"));
        assertEquals(1, delta(before, corrected, "months[3].records"));
        assertEquals(2, delta(before, corrected, "months[3].copies"));
        assertEquals(12, delta(before, corrected, "total.copies"));
    }

    @Test
    void theDefaultYearIsThisYearInTheProvince() {
        int year = ProvinceClock.today().getYear();
        Api.as("staff").get(TOTALS).then().statusCode(200).body("year", equalTo(year)).body("months", hasSize(12));
        // a year with nothing sent: twelve zero months
        Api.as("admin").queryParam("year", 1901).get(TOTALS).then().statusCode(200)
                .body("total.records", equalTo(0)).body("total.copies", equalTo(0)).body("total.issues", equalTo(0))
                .body("months.copies", equalTo(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
                .body("byKind.records", equalTo(List.of(0, 0, 0, 0, 0, 0)));
    }
}
