package vn.lhh.registry;

import static vn.lhh.testsupport.access.AccessCatalogue.STALE;
import static vn.lhh.testsupport.access.Outcome.HIDDEN;

import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * The document registry and the executive dashboard. The office (staff, admin) manages documents; an
 * association's officers read the documents addressed to their association: the scene's document (with a
 * file) is addressed to "officer"'s association, so "officer2" gets 404 (BOLA). Writes go stale (412).
 */
public class RegistryOperationAccess implements OperationAccess {
    record Scene(String id) {
        static Scene build() {
            String association = Fixtures.associationOf("officer");
            String id = RegistryFixtures.addressedTo(association, Api.unique("Văn bản ma trận quyền"));
            Api.as("staff").header("If-Match", "\"0\"").contentType("application/pdf").queryParam("fileName", "van-ban.pdf")
                    .body(RegistryFixtures.pdf("ma trận")).put(RegistryFixtures.path(id) + "/file").then().statusCode(200);
            return new Scene(id);
        }

        String path() {
            return RegistryFixtures.path(id);
        }
    }

    /** The office, and the officer of the association the document is addressed to. */
    static Expect addressedOfficer() {
        return Expect.roles("admin", "staff", "association-officer").but(HIDDEN, "officer2");
    }

    @Override
    public void declare(AccessCatalogue c) {
        c.feature("registry", Scene::build)
                .op("listOfficialDocuments", (as, s) -> as.get(RegistryFixtures.DOCS), Expect.roles("admin", "staff", "association-officer"))
                .op("exportOfficialDocuments", (as, s) -> as.queryParam("format", "csv").get(RegistryFixtures.DOCS + "/export"),
                        Expect.roles("admin", "staff", "association-officer"))
                .op("createOfficialDocument", (as, s) -> as.body(Map.of()).post(RegistryFixtures.DOCS), Expect.office())
                .op("getOfficialDocument", (as, s) -> as.get(s.path()), addressedOfficer())
                .op("replaceOfficialDocument", (as, s) -> as.header("If-Match", STALE)
                        .body(RegistryFixtures.outgoing("notice", "2020-01-01", "Sửa")).put(s.path()), Expect.office())
                .op("putOfficialDocumentFile", (as, s) -> as.header("If-Match", STALE).contentType("application/pdf")
                        .queryParam("fileName", "x.pdf").body(RegistryFixtures.pdf("x")).put(s.path() + "/file"), Expect.office())
                .op("getOfficialDocumentFile", (as, s) -> as.accept("application/pdf, application/problem+json").get(s.path() + "/file"),
                        addressedOfficer())
                .op("printOfficialDocument", (as, s) -> as.queryParam("format", "pdf").get(s.path() + "/printout"), addressedOfficer())
                .op("getDocumentNumbering", (as, s) -> as.get(RegistryFixtures.DOCS + "/numbering"),
                        Expect.roles("admin", "staff", "association-officer"))
                .op("getExecutiveDashboard", (as, s) -> as.get(RegistryFixtures.DASHBOARD), Expect.office());
    }
}
