package vn.lhh.registry;

import static vn.lhh.registry.HandlingFixtures.LISTS;
import static vn.lhh.registry.HandlingFixtures.handling;
import static vn.lhh.testsupport.access.AccessCatalogue.STALE;
import static vn.lhh.testsupport.access.Outcome.FORBIDDEN;

import java.util.List;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * Handling of incoming documents: the office (staff, admin) only. The scene's document is addressed to
 * "officer"'s association (who still gets 403: officers never see handling) and assigned to staff alone, so
 * that admin, an office user but not a handler, is refused the handler's writes (the finer matrix with a
 * second staff user is HandlingAuthorizationTest).
 */
public class HandlingOperationAccess implements OperationAccess {
    record Scene(String doc, String fileId) {
        static Scene build() {
            String doc = HandlingFixtures.incoming(Api.unique("Văn bản đến ma trận quyền"), Fixtures.associationOf("officer"));
            HandlingFixtures.assign(doc, "staff");
            String fileId = Api.as("staff").contentType("application/pdf").queryParam("fileName", "bao-cao.pdf")
                    .body(RegistryFixtures.pdf("ma trận")).post(handling(doc) + "/attachments").then().statusCode(201).extract().path("id");
            return new Scene(doc, fileId);
        }
    }

    /** The handler (staff) only; admin is office but not assigned. */
    static Expect handler() {
        return Expect.office().but(FORBIDDEN, "admin");
    }

    @Override
    public void declare(AccessCatalogue c) {
        c.feature("registry-handling", Scene::build)
                .op("getDocumentHandling", (as, s) -> as.get(handling(s.doc())), Expect.office())
                .op("listDocumentHandlingHistory", (as, s) -> as.get(handling(s.doc()) + "/history"), Expect.office())
                .op("getDocumentHandlingAttachment", (as, s) -> as.accept("application/pdf, application/problem+json")
                        .get(handling(s.doc()) + "/attachments/" + s.fileId()), Expect.office())
                .op("listDocumentHandlings", (as, s) -> as.get(LISTS), Expect.office())
                .op("listMyDocumentHandlings", (as, s) -> as.get(LISTS + "/mine"), Expect.office())
                .op("listHandlerCandidates", (as, s) -> as.get(LISTS + "/candidate-handlers"), Expect.office())
                .op("assignDocumentHandling", (as, s) -> as.header("If-Match", STALE)
                        .body(HandlingFixtures.assignment(List.of("staff"), "staff", HandlingFixtures.today())).put(handling(s.doc()) + "/assignment"),
                        Expect.office())
                .op("transitionDocumentHandling", (as, s) -> as.header("If-Match", STALE).body(Map.of("to", "in_progress"))
                        .post(handling(s.doc()) + "/transitions"), Expect.office())
                .op("putDocumentHandlingReport", (as, s) -> as.header("If-Match", STALE).body(Map.of("report", "Báo cáo"))
                        .put(handling(s.doc()) + "/handlers/staff/report"), handler())
                .op("putDocumentHandlingAnswer", (as, s) -> as.header("If-Match", STALE).body(Map.of()).put(handling(s.doc()) + "/answer"),
                        handler())
                .op("addDocumentHandlingAttachment", (as, s) -> as.contentType("application/octet-stream").queryParam("fileName", "x.txt")
                        .body("không phải PDF".getBytes()).post(handling(s.doc()) + "/attachments"), handler());
    }
}
