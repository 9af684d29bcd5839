package vn.lhh.fund;

import static vn.lhh.fund.FundFixtures.CALLS;
import static vn.lhh.fund.FundFixtures.call;
import static vn.lhh.testsupport.access.AccessCatalogue.STALE;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * Calls of the fund: public from the moment they open, a draft the office's alone (404 for everyone else); every
 * write is the office's. Writes go stale (412) or carry what is refused (400, 415) so the scene stays as it is.
 */
public class FundOperationAccess implements OperationAccess {
    record Scene(String open, String openDocument, String draft, String draftDocument) {
        static Scene build() {
            String open = FundFixtures.draft(Api.unique("Đợt kêu gọi mở (ma trận)"));
            String openDocument = FundFixtures.document(open, "the-le.pdf", FundFixtures.pdf("Thể lệ"));
            FundFixtures.move(open, "open");
            String draft = FundFixtures.draft(Api.unique("Đợt kêu gọi nháp (ma trận)"));
            return new Scene(open, openDocument, draft, FundFixtures.document(draft, "du-thao.pdf", FundFixtures.pdf("Dự thảo")));
        }
    }

    @Override
    public void declare(AccessCatalogue c) {
        byte[] notAPdf = "không phải PDF".getBytes(StandardCharsets.UTF_8);
        c.feature("fund", Scene::build)
                .op("listFundCalls", (as, s) -> as.get(CALLS), Expect.everyone())
                .op("createFundCall", (as, s) -> as.body(Map.of()).post(CALLS), Expect.office())
                .op("getFundCall", "open", (as, s) -> as.get(call(s.open())), Expect.everyone())
                .op("getFundCall", "draft", (as, s) -> as.get(call(s.draft())), Expect.visibleTo("admin", "staff"))
                .op("replaceFundCall", (as, s) -> as.header("If-Match", STALE).body(FundFixtures.body("x")).put(call(s.open())), Expect.office())
                .op("deleteFundCall", (as, s) -> as.header("If-Match", STALE).delete(call(s.draft())), Expect.office())
                .op("transitionFundCall", (as, s) -> as.header("If-Match", STALE).body(Map.of("to", "closed")).post(call(s.open()) + "/transitions"),
                        Expect.office())
                .op("addFundCallDocument", (as, s) -> as.header("If-Match", STALE).contentType("application/pdf").queryParam("fileName", "a.pdf")
                        .body(notAPdf).post(call(s.open()) + "/documents"), Expect.office())
                .op("getFundCallDocument", "open", (as, s) -> as.get(call(s.open()) + "/documents/" + s.openDocument()), Expect.everyone())
                .op("getFundCallDocument", "draft", (as, s) -> as.get(call(s.draft()) + "/documents/" + s.draftDocument()),
                        Expect.visibleTo("admin", "staff"))
                .op("deleteFundCallDocument", (as, s) -> as.header("If-Match", STALE).delete(call(s.open()) + "/documents/" + s.openDocument()),
                        Expect.office());
    }
}
