package vn.lhh.bulletin.subscription;

import java.util.Map;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * Bulletin subscriptions: signing up and following a link are public (sent invalid here, so nothing changes);
 * the counts are the office's; the export of addresses is the admin's alone.
 */
public class BulletinSubscriptionOperationAccess implements OperationAccess {
    static final String BASE = "/api/v1/bulletin-subscriptions";

    @Override
    public void declare(AccessCatalogue c) {
        c.feature("bulletin-subscription", () -> "")
                .op("subscribeToBulletin", (as, s) -> as.body(Map.of("email", "khong-hop-le")).post(BASE), Expect.everyone())
                .op("confirmBulletinSubscription", (as, s) -> as.body(Map.of("token", "")).post(BASE + "/confirmations"), Expect.everyone())
                .op("unsubscribeFromBulletin", (as, s) -> as.body(Map.of("token", "")).post(BASE + "/unsubscriptions"), Expect.everyone())
                .op("oneClickUnsubscribeFromBulletin", (as, s) -> as.contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                        .post(BASE + "/one-click-unsubscriptions"), Expect.everyone())
                .op("getBulletinSubscriptionStatistics", (as, s) -> as.get(BASE + "/statistics"), Expect.office())
                .op("exportBulletinSubscribers", (as, s) -> as.accept("text/csv").get(BASE + "/export"), Expect.roles("admin"));
    }
}
