package vn.lhh.fund;

import static vn.lhh.fund.FundFixtures.APPLICATIONS;
import static vn.lhh.fund.FundFixtures.CALLS;
import static vn.lhh.fund.FundFixtures.application;
import static vn.lhh.fund.FundFixtures.call;
import static vn.lhh.testsupport.access.AccessCatalogue.STALE;
import static vn.lhh.testsupport.access.Outcome.HIDDEN;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * Calls of the fund: public from the moment they open, a draft the office's alone (404 for everyone else); every
 * write is the office's. Applications are private: their applicant (here `officer`, for their association) and the
 * office; for another association's officer or an expert they do not exist. Writes go stale (412) or carry what is
 * refused (400, 415) so the scene stays as it is.
 */
public class FundOperationAccess implements OperationAccess {
    record Scene(String open, String openDocument, String draft, String draftDocument, String application, String attachment) {
        static Scene build() {
            String open = FundFixtures.draft(Api.unique("Đợt kêu gọi mở (ma trận)"));
            String openDocument = FundFixtures.document(open, "the-le.pdf", FundFixtures.pdf("Thể lệ"));
            FundFixtures.move(open, "open");
            String draft = FundFixtures.draft(Api.unique("Đợt kêu gọi nháp (ma trận)"));
            String association = Fixtures.associationOf("officer");
            String draftApplication = FundFixtures.applicationDraft("officer",
                    FundFixtures.applicationBody(open, association, Api.unique("Hồ sơ của hội (ma trận)")));
            String attachment = Api.as("officer").header("If-Match", Fixtures.etag(FundFixtures.application(draftApplication))).contentType("application/pdf")
                    .queryParam("fileName", "thuyet-minh.pdf").body(FundFixtures.pdf("Thuyết minh")).post(FundFixtures.application(draftApplication) + "/attachments")
                    .then().statusCode(200).extract().path("attachments[0].id");
            return new Scene(open, openDocument, draft, FundFixtures.document(draft, "du-thao.pdf", FundFixtures.pdf("Dự thảo")), draftApplication,
                    attachment);
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
                        Expect.office())
                .op("listFundApplications", (as, s) -> as.get(APPLICATIONS), Expect.roles("admin", "staff", "association-officer", "expert"))
                .op("createFundApplication", (as, s) -> as.body(Map.of()).post(APPLICATIONS), Expect.roles("association-officer", "expert"))
                .op("getFundApplication", (as, s) -> as.get(application(s.application())), readers())
                // a valid body, so that what answers is who may (404 for the others' applications), not the body's checks
                .op("replaceFundApplication", (as, s) -> as.header("If-Match", STALE).body(FundFixtures.applicationBody(s.open(), null, "Hồ sơ"))
                        .put(application(s.application())), applicant())
                .op("deleteFundApplication", (as, s) -> as.header("If-Match", STALE).delete(application(s.application())), applicant())
                .op("transitionFundApplication", (as, s) -> as.header("If-Match", STALE).body(Map.of("to", "submitted"))
                        .post(application(s.application()) + "/transitions"), readers())
                .op("addFundApplicationAttachment", (as, s) -> as.header("If-Match", STALE).contentType("application/pdf").queryParam("fileName", "a.pdf")
                        .body(notAPdf).post(application(s.application()) + "/attachments"), applicant())
                .op("getFundApplicationAttachment", (as, s) -> as.get(application(s.application()) + "/attachments/" + s.attachment()), readers())
                .op("deleteFundApplicationAttachment", (as, s) -> as.header("If-Match", STALE)
                        .delete(application(s.application()) + "/attachments/" + s.attachment()), applicant());
    }

    /** The application's readers: its applicant and the office; for the other officers and experts it does not exist. */
    static Expect readers() {
        return Expect.roles("admin", "staff", "association-officer", "expert").but(HIDDEN, "officer2", "expert", "expert2");
    }

    /** Its writers: the applicant alone (the office reads it, 403 by role). */
    static Expect applicant() {
        return Expect.roles("association-officer", "expert").but(HIDDEN, "officer2", "expert", "expert2");
    }
}
