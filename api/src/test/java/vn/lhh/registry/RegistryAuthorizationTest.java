package vn.lhh.registry;

import static vn.lhh.registry.RegistryFixtures.DASHBOARD;
import static vn.lhh.registry.RegistryFixtures.DOCS;
import static vn.lhh.registry.RegistryFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * Who may call each registry route. The office (staff, admin) manages; the officer of the association
 * a document is addressed to reads it (officer2, of another association, gets "not found"); experts and
 * partners nothing. Writes the office may make are sent stale or invalid so that they change nothing.
 */
@QuarkusTest
class RegistryAuthorizationTest {
    static final String STALE = "\"999\"";

    /** A document with a file, addressed to the officer's association. */
    record Scene(String documentId, Map<String, Object> body) {
        static Scene build() {
            String association = Fixtures.associationOf("officer");
            String id = RegistryFixtures.addressedTo(association, Api.unique("Văn bản phân quyền"));
            Api.as("staff").header("If-Match", "\"0\"").contentType("application/pdf").queryParam("fileName", "van-ban.pdf")
                    .body(RegistryFixtures.pdf("phân quyền")).put(path(id) + "/file").then().statusCode(200);
            return new Scene(id, RegistryFixtures.outgoing("notice", "2020-01-01", "Sửa"));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRouteHasItsCallers() {
        //                                          anonymous admin staff officer officer2 expert expert2 partner
        return new AccessMatrix<>(Scene::build)
                .row("listOfficialDocuments", (as, s) -> as.get(DOCS), 401, 200, 200, 200, 200, 403, 403, 403)
                .row("createOfficialDocument (invalid body)", (as, s) -> as.body(Map.of()).post(DOCS), 401, 400, 400, 403, 403, 403, 403, 403)
                .row("getOfficialDocument", (as, s) -> as.get(path(s.documentId())), 401, 200, 200, 200, 404, 403, 403, 403)
                .row("replaceOfficialDocument (stale)", (as, s) -> as.header("If-Match", STALE).body(s.body()).put(path(s.documentId())),
                        401, 412, 412, 403, 403, 403, 403, 403)
                .row("putOfficialDocumentFile (stale)", (as, s) -> as.header("If-Match", STALE).contentType("application/pdf")
                        .queryParam("fileName", "x.pdf").body(RegistryFixtures.pdf("x")).put(path(s.documentId()) + "/file"),
                        401, 412, 412, 403, 403, 403, 403, 403)
                .row("getOfficialDocumentFile", (as, s) -> as.accept("application/pdf, application/problem+json").get(path(s.documentId()) + "/file"),
                        401, 200, 200, 200, 404, 403, 403, 403)
                .row("getDocumentNumbering", (as, s) -> as.get(DOCS + "/numbering"), 401, 200, 200, 200, 200, 403, 403, 403)
                .row("getExecutiveDashboard", (as, s) -> as.get(DASHBOARD), 401, 200, 200, 403, 403, 403, 403, 403)
                .tests();
    }
}
