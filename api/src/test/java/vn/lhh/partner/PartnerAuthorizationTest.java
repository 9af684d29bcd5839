package vn.lhh.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static vn.lhh.partner.PartnerFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;

/**
 * Who may call each partner route, every role and the partner client (partner-demo, registered).
 * The registry is the office's; a partner reads its own record and deliveries only and writes
 * nothing; partner bulletins are public.
 */
@QuarkusTest
class PartnerAuthorizationTest {
    static final String STALE = "\"999\"";
    static final String DELIVERIES = "/api/v1/webhook-deliveries/";

    /** The demo partner and another one, both with a delivery about the same published issue. */
    record Scene(String demoId, String otherId, String demoDelivery, String otherDelivery) {
        private static Scene shared;
        private static WebhookReceiver receiver;

        static synchronized Scene get() {
            if (shared == null) {
                receiver = new WebhookReceiver();
                PartnerFixtures.setDemoWebhook(PartnerFixtures.webhook(receiver.url()));
                Map<String, Object> other = PartnerFixtures.body(Api.unique("Đối tác khác"));
                other.put("webhook", PartnerFixtures.webhook(receiver.url()));
                String otherId = PartnerFixtures.create(other);
                String issue = BulletinFixtures.published(Api.unique("Tập san ma trận quyền"));
                String demoId = PartnerFixtures.demoPartner();
                shared = new Scene(demoId, otherId, WebhookDeliveryTest.awaitDelivery(demoId, issue, "succeeded").get("id").toString(),
                        WebhookDeliveryTest.awaitDelivery(otherId, issue, "succeeded").get("id").toString());
            }
            return shared;
        }

        static synchronized void tearDown() {
            if (shared != null) {
                PartnerFixtures.setDemoWebhook(null);
                PartnerFixtures.delete(shared.otherId());
                receiver.close();
                shared = null;
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRouteChecksWhoCalls() {
        String unknown = UUID.randomUUID().toString();
        //                                                                                        anon admin staff off off2 exp exp2 partner
        Stream<DynamicTest> matrix = new AccessMatrix<>(Scene::get)
                .row("list partners", (as, s) -> as.get("/api/v1/partners"), 401, 200, 200, 403, 403, 403, 403, 403)
                .row("create partner (invalid body)", (as, s) -> as.body(Map.of()).post("/api/v1/partners"), 401, 400, 403, 403, 403, 403, 403, 403)
                .row("get partner", (as, s) -> as.get(path(s.otherId())), 401, 200, 200, 403, 403, 403, 403, 403)
                .row("replace partner (stale)", (as, s) -> as.header("If-Match", STALE).body(PartnerFixtures.body("x")).put(path(s.otherId())),
                        401, 412, 403, 403, 403, 403, 403, 403)
                .row("delete partner (stale)", (as, s) -> as.header("If-Match", STALE).delete(path(s.otherId())), 401, 412, 403, 403, 403, 403, 403, 403)
                .row("rotate secret (unknown partner)", (as, s) -> as.post(path(unknown) + "/webhook-secret"), 401, 404, 403, 403, 403, 403, 403, 403)
                .row("partner deliveries", (as, s) -> as.get(path(s.otherId()) + "/deliveries"), 401, 200, 200, 403, 403, 403, 403, 403)
                .row("pull status", (as, s) -> as.get(path(s.otherId()) + "/pull"), 401, 200, 200, 403, 403, 403, 403, 403)
                .row("pull now (no pull settings)", (as, s) -> as.post(path(s.otherId()) + "/pull"), 401, 409, 409, 403, 403, 403, 403, 403)
                .row("my partner record", (as, s) -> as.get("/api/v1/partners/me"), 401, 403, 403, 403, 403, 403, 403, 200)
                .row("my deliveries", (as, s) -> as.get("/api/v1/partners/me/deliveries"), 401, 403, 403, 403, 403, 403, 403, 200)
                .row("own delivery", (as, s) -> as.get(DELIVERIES + s.demoDelivery()), 401, 200, 200, 403, 403, 403, 403, 200)
                .row("another partner's delivery", (as, s) -> as.get(DELIVERIES + s.otherDelivery()), 401, 200, 200, 403, 403, 403, 403, 404)
                .row("redeliver another partner's delivery", (as, s) -> as.post(DELIVERIES + s.otherDelivery() + "/redelivery"),
                        401, 202, 202, 403, 403, 403, 403, 404)
                .row("redeliver own delivery", (as, s) -> as.post(DELIVERIES + s.demoDelivery() + "/redelivery"), 401, 202, 202, 403, 403, 403, 403, 202)
                .row("partner bulletins", (as, s) -> as.get("/api/v1/partner-bulletins"), 200, 200, 200, 200, 200, 200, 200, 200)
                .row("a partner bulletin (unknown)", (as, s) -> as.get("/api/v1/partner-bulletins/" + unknown), 404, 404, 404, 404, 404, 404, 404, 404)
                .tests();
        // then, while the app still answers (RestAssured no longer knows its port in @AfterAll), undo the scene
        return Stream.concat(matrix, Stream.of(
                DynamicTest.dynamicTest("a partner sees only its own deliveries", PartnerAuthorizationTest::partnerSeesOnlyItsOwnDeliveries),
                DynamicTest.dynamicTest("clean up", Scene::tearDown)));
    }

    static void partnerSeesOnlyItsOwnDeliveries() {
        Scene s = Scene.get();
        Api.as("partner").queryParam("size", 100).get("/api/v1/partners/me/deliveries").then().statusCode(200)
                .body("items.partnerId", everyItem(equalTo(s.demoId())))
                .body("items.id", org.hamcrest.Matchers.hasItem(s.demoDelivery()))
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(s.otherDelivery())));
        Api.as("partner").queryParam("status", "exploded").get("/api/v1/partners/me/deliveries").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("status"));
        Api.as("partner").get("/api/v1/webhook-deliveries/not-a-uuid").then().statusCode(400);
    }
}
