package vn.lhh.bulletin.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.bulletin.distribution.DistributionFixtures.LISTS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.RECIPIENTS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.TOTALS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.distribution;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.testsupport.Api;

/**
 * Who may call each distribution route: the union office (staff, admin) only. Anonymous callers
 * get 401, every other role 403. Writes that the office may make are sent with a stale If-Match or
 * an invalid body, so that they pass the role check and change nothing.
 */
@QuarkusTest
class DistributionAuthorizationTest {
    static final List<String> ACTORS = List.of("anonymous", "admin", "staff", "officer", "officer2", "expert", "expert2", "partner");
    static final String STALE = "\"999\"";

    /** A published issue sent to a recipient on a list. */
    record Scene(String issueId, String recipientId, String listId, String recordId) {
        private static Scene shared;

        static synchronized Scene get() {
            if (shared == null) {
                String issue = BulletinFixtures.published(Api.unique("Tập san phân quyền"));
                String recipient = DistributionFixtures.commune(Api.unique("Xã phân quyền"));
                String list = DistributionFixtures.list(Api.unique("Danh sách phân quyền"), List.of(DistributionFixtures.member(recipient, null)));
                String record = DistributionFixtures.record(issue, recipient, 1, vn.lhh.common.time.ProvinceClock.today().toString());
                shared = new Scene(issue, recipient, list, record);
            }
            return shared;
        }
    }

    private static RequestSpecification as(String actor) {
        return actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
    }

    private record Op(String name, BiFunction<String, Scene, Response> call, int officeStatus) {
    }

    @TestFactory
    Stream<DynamicTest> everyRouteIsForTheOfficeOnly() {
        Map<String, Object> recipient = DistributionFixtures.recipientBody("department", "Sở Y tế", null, 1);
        Map<String, Object> record = Map.of("copies", 1, "sentOn", "2026-01-05", "method", "post");
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("list recipients", (w, s) -> as(w).get(RECIPIENTS), 200));
        ops.add(new Op("create recipient (invalid body)", (w, s) -> as(w).body(Map.of()).post(RECIPIENTS), 400));
        ops.add(new Op("get recipient", (w, s) -> as(w).get(RECIPIENTS + "/" + s.recipientId()), 200));
        ops.add(new Op("replace recipient (stale)", (w, s) -> as(w).header("If-Match", STALE).body(recipient).put(RECIPIENTS + "/" + s.recipientId()), 412));
        ops.add(new Op("delete recipient (stale)", (w, s) -> as(w).header("If-Match", STALE).delete(RECIPIENTS + "/" + s.recipientId()), 412));
        ops.add(new Op("list lists", (w, s) -> as(w).get(LISTS), 200));
        ops.add(new Op("create list (invalid body)", (w, s) -> as(w).body(Map.of()).post(LISTS), 400));
        ops.add(new Op("get list", (w, s) -> as(w).get(LISTS + "/" + s.listId()), 200));
        ops.add(new Op("replace list (stale)", (w, s) -> as(w).header("If-Match", STALE)
                .body(DistributionFixtures.listBody("Danh sách", List.of())).put(LISTS + "/" + s.listId()), 412));
        ops.add(new Op("delete list (stale)", (w, s) -> as(w).header("If-Match", STALE).delete(LISTS + "/" + s.listId()), 412));
        ops.add(new Op("issue distribution", (w, s) -> as(w).get(distribution(s.issueId())), 200));
        ops.add(new Op("record distribution (invalid body)", (w, s) -> as(w).body(Map.of()).post(distribution(s.issueId())), 400));
        ops.add(new Op("send to list (invalid body)", (w, s) -> as(w).body(Map.of()).post(distribution(s.issueId()) + "/batches"), 400));
        ops.add(new Op("get record", (w, s) -> as(w).get(distribution(s.issueId()) + "/" + s.recordId()), 200));
        ops.add(new Op("replace record (stale)", (w, s) -> as(w).header("If-Match", STALE).body(record)
                .put(distribution(s.issueId()) + "/" + s.recordId()), 412));
        ops.add(new Op("delete record (stale)", (w, s) -> as(w).header("If-Match", STALE).delete(distribution(s.issueId()) + "/" + s.recordId()), 412));
        ops.add(new Op("totals", (w, s) -> as(w).get(TOTALS), 200));

        return ops.stream().flatMap(op -> ACTORS.stream().map(actor -> DynamicTest.dynamicTest(op.name() + " as " + actor, () -> {
            int expected = switch (actor) {
                case "anonymous" -> 401;
                case "admin", "staff" -> op.officeStatus();
                default -> 403;
            };
            Response r = op.call().apply(actor, Scene.get());
            assertEquals(expected, r.statusCode(), op.name() + " as " + actor + ": " + r.asString());
            if (r.statusCode() >= 400) {
                assertEquals("application/problem+json", r.contentType().split(";")[0], "errors are problem+json");
            }
        })));
    }
}
