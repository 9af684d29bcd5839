package vn.lhh.partner;

import static vn.lhh.partner.PartnerFixtures.path;
import static vn.lhh.testsupport.access.AccessCatalogue.STALE;
import static vn.lhh.testsupport.access.Outcome.ALLOW;
import static vn.lhh.testsupport.access.Outcome.HIDDEN;
import static vn.lhh.testsupport.access.Outcome.UNAUTHENTICATED;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * Partners: the registry is the office's (admin alone writes it); a partner reads its own record and
 * deliveries only (another partner's delivery is 404 for it) and writes nothing of the union's; partner
 * bulletins are public; the notification endpoint authenticates by signature, not by token.
 */
public class PartnerOperationAccess implements OperationAccess {
    static final String DELIVERIES = "/api/v1/webhook-deliveries/";

    record Scene(String demoId, String otherId, String demoDelivery, String otherDelivery, WebhookReceiver receiver) {
        static Scene build() {
            WebhookReceiver receiver = new WebhookReceiver();
            PartnerFixtures.setDemoWebhook(PartnerFixtures.webhook(receiver.url()));
            Map<String, Object> other = PartnerFixtures.body(Api.unique("Đối tác ma trận"));
            other.put("webhook", PartnerFixtures.webhook(receiver.url()));
            Map<String, Object> pull = PartnerFixtures.pull("http://localhost:9/", "not-used", false);
            pull.put("notificationSecret", "whsec_" + Base64.getEncoder().encodeToString(new byte[32]));
            other.put("pull", pull);
            String otherId = PartnerFixtures.create(other);
            String issue = BulletinFixtures.published(Api.unique("Tập san ma trận đối tác"));
            String demoId = PartnerFixtures.demoPartner();
            return new Scene(demoId, otherId, WebhookDeliveryTest.awaitDelivery(demoId, issue, "succeeded").get("id").toString(),
                    WebhookDeliveryTest.awaitDelivery(otherId, issue, "succeeded").get("id").toString(), receiver);
        }

        void tearDown() {
            PartnerFixtures.setDemoWebhook(null);
            PartnerFixtures.delete(otherId);
            receiver.close();
        }
    }

    @Override
    public void declare(AccessCatalogue c) {
        String unknown = UUID.randomUUID().toString();
        Expect office = Expect.office();
        Expect admin = Expect.roles("admin");
        Expect partnerOwn = Expect.roles("admin", "staff", "partner");
        c.feature("partner", Scene::build).cleanup(Scene::tearDown)
                .op("listPartners", (as, s) -> as.get("/api/v1/partners"), office)
                .op("createPartner", (as, s) -> as.body(Map.of()).post("/api/v1/partners"), admin)
                .op("getPartner", (as, s) -> as.get(path(s.otherId())), office)
                .op("replacePartner", (as, s) -> as.header("If-Match", STALE).body(PartnerFixtures.body("x")).put(path(s.otherId())), admin)
                .op("deletePartner", (as, s) -> as.header("If-Match", STALE).delete(path(s.otherId())), admin)
                .op("rotatePartnerWebhookSecret", "unknown partner", (as, s) -> as.post(path(unknown) + "/webhook-secret"),
                        admin.but(HIDDEN, "admin"))
                .op("listPartnerWebhookDeliveries", (as, s) -> as.get(path(s.otherId()) + "/deliveries"), office)
                .op("getPartnerPullStatus", (as, s) -> as.get(path(s.otherId()) + "/pull"), office)
                .op("pullPartnerNow", (as, s) -> as.post(path(s.demoId()) + "/pull"), office)
                .op("getMyPartner", (as, s) -> as.get("/api/v1/partners/me"), Expect.roles("partner"))
                .op("listMyWebhookDeliveries", (as, s) -> as.get("/api/v1/partners/me/deliveries"), Expect.roles("partner"))
                .op("getWebhookDelivery", "own", (as, s) -> as.get(DELIVERIES + s.demoDelivery()), partnerOwn)
                .op("getWebhookDelivery", "another partner's", (as, s) -> as.get(DELIVERIES + s.otherDelivery()), partnerOwn.but(HIDDEN, "partner"))
                .op("redeliverWebhook", "another partner's", (as, s) -> as.post(DELIVERIES + s.otherDelivery() + "/redelivery"),
                        partnerOwn.but(HIDDEN, "partner"))
                .op("redeliverWebhook", "own", (as, s) -> as.post(DELIVERIES + s.demoDelivery() + "/redelivery"), partnerOwn)
                .op("listPartnerBulletins", (as, s) -> as.get("/api/v1/partner-bulletins"), Expect.everyone())
                .op("getPartnerBulletin", "unknown", (as, s) -> as.get("/api/v1/partner-bulletins/" + unknown),
                        Expect.everyone().replace(ALLOW, HIDDEN))
                .op("receivePartnerWebhook", "unsigned", (as, s) -> as.body("{}").post(path(s.otherId()) + "/notifications"),
                        Expect.everyone().replace(ALLOW, UNAUTHENTICATED));
    }
}
