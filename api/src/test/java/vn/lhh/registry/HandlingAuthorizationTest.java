package vn.lhh.registry;

import static vn.lhh.registry.HandlingFixtures.LISTS;
import static vn.lhh.registry.HandlingFixtures.handling;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * Who may call each handling route. The document is addressed to officer's association (so officer
 * reads the document itself) and assigned to staff alone: staff is the handler, staff2 an office user who
 * is not. The office reads the handling; only the handler writes their report, files and the answer;
 * officers (even the addressed one), experts, partners and anonymous callers see nothing of it. Writes
 * are sent stale or invalid so that the scene does not change.
 */
@QuarkusTest
class HandlingAuthorizationTest {
    static final String STALE = "\"999\"";
    static final List<String> ACTORS = List.of("anonymous", "admin", "staff", "staff2", "officer", "officer2", "expert", "partner");

    record Scene(String doc, String fileId) {
        static Scene build() {
            String doc = HandlingFixtures.incoming(Api.unique("Văn bản đến phân quyền xử lý"), Fixtures.associationOf("officer"));
            HandlingFixtures.assign(doc, "staff");
            String fileId = Api.as("staff").contentType("application/pdf").queryParam("fileName", "bao-cao.pdf")
                    .body(RegistryFixtures.pdf("báo cáo")).post(handling(doc) + "/attachments").then().statusCode(201).extract().path("id");
            return new Scene(doc, fileId);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHandlingRouteHasItsCallers() {
        //                                                                    anonymous admin staff staff2 officer officer2 expert partner
        return new AccessMatrix<>(ACTORS, Scene::build)
                .row("getOfficialDocument (the document itself)", (as, s) -> as.get(RegistryFixtures.path(s.doc())),
                        401, 200, 200, 200, 200, 404, 403, 403)
                .row("getDocumentHandling", (as, s) -> as.get(handling(s.doc())), 401, 200, 200, 200, 403, 403, 403, 403)
                .row("listDocumentHandlingHistory", (as, s) -> as.get(handling(s.doc()) + "/history"), 401, 200, 200, 200, 403, 403, 403, 403)
                .row("getDocumentHandlingAttachment", (as, s) -> as.accept("application/pdf, application/problem+json")
                        .get(handling(s.doc()) + "/attachments/" + s.fileId()), 401, 200, 200, 200, 403, 403, 403, 403)
                .row("listDocumentHandlings", (as, s) -> as.get(LISTS), 401, 200, 200, 200, 403, 403, 403, 403)
                .row("listMyDocumentHandlings", (as, s) -> as.get(LISTS + "/mine"), 401, 200, 200, 200, 403, 403, 403, 403)
                .row("listHandlerCandidates", (as, s) -> as.get(LISTS + "/candidate-handlers"), 401, 200, 200, 200, 403, 403, 403, 403)
                .row("assignDocumentHandling (stale)", (as, s) -> as.header("If-Match", STALE)
                        .body(HandlingFixtures.assignment(List.of("staff2"), "staff2", HandlingFixtures.today())).put(handling(s.doc()) + "/assignment"),
                        401, 412, 412, 412, 403, 403, 403, 403)
                .row("transitionDocumentHandling (stale)", (as, s) -> as.header("If-Match", STALE).body(Map.of("to", "in_progress"))
                        .post(handling(s.doc()) + "/transitions"), 401, 412, 412, 412, 403, 403, 403, 403)
                .row("putDocumentHandlingReport (staff's, stale)", (as, s) -> as.header("If-Match", STALE).body(Map.of("report", "Báo cáo"))
                        .put(handling(s.doc()) + "/handlers/staff/report"), 401, 403, 412, 403, 403, 403, 403, 403)
                .row("putDocumentHandlingAnswer (stale)", (as, s) -> as.header("If-Match", STALE).body(Map.of())
                        .put(handling(s.doc()) + "/answer"), 401, 403, 412, 403, 403, 403, 403, 403)
                .row("addDocumentHandlingAttachment (not a PDF)", (as, s) -> as.contentType("application/octet-stream")
                        .queryParam("fileName", "x.txt").body("không phải PDF".getBytes()).post(handling(s.doc()) + "/attachments"),
                        401, 403, 415, 403, 403, 403, 403, 403)
                .tests();
    }
}
