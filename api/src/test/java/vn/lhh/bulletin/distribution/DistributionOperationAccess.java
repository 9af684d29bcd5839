package vn.lhh.bulletin.distribution;

import static vn.lhh.bulletin.distribution.DistributionFixtures.LISTS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.RECIPIENTS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.TOTALS;
import static vn.lhh.bulletin.distribution.DistributionFixtures.distribution;
import static vn.lhh.testsupport.access.AccessCatalogue.STALE;

import java.util.List;
import java.util.Map;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/** Bulletin distribution: the union office only. Writes are stale or invalid so nothing changes. */
public class DistributionOperationAccess implements OperationAccess {
    record Scene(String issueId, String recipientId, String listId, String recordId) {
        static Scene build() {
            String issue = BulletinFixtures.published(Api.unique("Tập san ma trận phát hành"));
            String recipient = DistributionFixtures.commune(Api.unique("Xã ma trận"));
            String list = DistributionFixtures.list(Api.unique("Danh sách ma trận"), List.of(DistributionFixtures.member(recipient, null)));
            String record = DistributionFixtures.record(issue, recipient, 1, ProvinceClock.today().toString());
            return new Scene(issue, recipient, list, record);
        }
    }

    @Override
    public void declare(AccessCatalogue c) {
        Expect office = Expect.office();
        Map<String, Object> recipient = DistributionFixtures.recipientBody("department", "Sở Y tế", null, 1);
        Map<String, Object> record = Map.of("copies", 1, "sentOn", "2026-01-05", "method", "post");
        c.feature("distribution", Scene::build)
                .op("listDistributionRecipients", (as, s) -> as.get(RECIPIENTS), office)
                .op("createDistributionRecipient", (as, s) -> as.body(Map.of()).post(RECIPIENTS), office)
                .op("getDistributionRecipient", (as, s) -> as.get(RECIPIENTS + "/" + s.recipientId()), office)
                .op("replaceDistributionRecipient", (as, s) -> as.header("If-Match", STALE).body(recipient).put(RECIPIENTS + "/" + s.recipientId()), office)
                .op("deleteDistributionRecipient", (as, s) -> as.header("If-Match", STALE).delete(RECIPIENTS + "/" + s.recipientId()), office)
                .op("listDistributionLists", (as, s) -> as.get(LISTS), office)
                .op("createDistributionList", (as, s) -> as.body(Map.of()).post(LISTS), office)
                .op("getDistributionList", (as, s) -> as.get(LISTS + "/" + s.listId()), office)
                .op("replaceDistributionList", (as, s) -> as.header("If-Match", STALE).body(DistributionFixtures.listBody("Danh sách", List.of()))
                        .put(LISTS + "/" + s.listId()), office)
                .op("deleteDistributionList", (as, s) -> as.header("If-Match", STALE).delete(LISTS + "/" + s.listId()), office)
                .op("getIssueDistribution", (as, s) -> as.get(distribution(s.issueId())), office)
                .op("exportIssueDistribution", (as, s) -> as.queryParam("format", "csv").get(distribution(s.issueId()) + "/export"), office)
                .op("recordDistribution", (as, s) -> as.body(Map.of()).post(distribution(s.issueId())), office)
                .op("sendDistributionToList", (as, s) -> as.body(Map.of()).post(distribution(s.issueId()) + "/batches"), office)
                .op("getDistributionRecord", (as, s) -> as.get(distribution(s.issueId()) + "/" + s.recordId()), office)
                .op("replaceDistributionRecord", (as, s) -> as.header("If-Match", STALE).body(record)
                        .put(distribution(s.issueId()) + "/" + s.recordId()), office)
                .op("deleteDistributionRecord", (as, s) -> as.header("If-Match", STALE).delete(distribution(s.issueId()) + "/" + s.recordId()), office)
                .op("getDistributionTotals", (as, s) -> as.get(TOTALS), office)
                .op("exportDistributionTotals", (as, s) -> as.queryParam("format", "csv").get(TOTALS + "/export"), office);
    }
}
