package vn.lhh.expert;

import static vn.lhh.testsupport.access.AccessCatalogue.STALE;
import static vn.lhh.testsupport.access.Outcome.HIDDEN;

import java.util.List;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * The expert network: public profiles are public; a profile proposed by an association is seen and edited
 * by the office and that association's officer only (404 for everyone else, "officer2" included); an expert
 * edits their own profile, not another's; the vocabulary of fields is the office's.
 */
public class ExpertOperationAccess implements OperationAccess {
    record Scene(String own, String mine, String proposed) {
        static Scene build() {
            String own = Fixtures.associationOf("officer");
            Fixtures.associationOf("officer2");
            ExpertFixtures.profileOf("expert2");
            Map<String, Object> body = ExpertFixtures.body(Api.unique("Đề Xuất Ma Trận"), "y-te");
            body.put("associationIds", List.of(own));
            String proposed = Api.as("officer").body(body).post("/api/v1/experts").then().statusCode(201).extract().path("id");
            return new Scene(own, ExpertFixtures.profileOf("expert"), proposed);
        }
    }

    static String path(String id) {
        return "/api/v1/experts/" + id;
    }

    @Override
    public void declare(AccessCatalogue c) {
        Expect office = Expect.office();
        Expect proposal = Expect.roles("admin", "staff", "association-officer").but(HIDDEN, "officer2");
        c.feature("expert", Scene::build)
                .op("searchExperts", (as, s) -> as.get("/api/v1/experts"), Expect.everyone())
                .op("exportExperts", (as, s) -> as.queryParam("format", "csv").get("/api/v1/experts/export"), Expect.everyone())
                .op("getExpert", "public profile", (as, s) -> as.get(path(s.mine())), Expect.everyone())
                .op("getExpert", "proposed by officer's association", (as, s) -> as.get(path(s.proposed())),
                        Expect.visibleTo("admin", "staff", "association-officer").but(HIDDEN, "officer2"))
                .op("getMyExpertProfile", (as, s) -> as.get("/api/v1/experts/me"), Expect.roles("expert"))
                .op("createExpert", "for officer's association", (as, s) -> {
                    Map<String, Object> body = ExpertFixtures.body(Api.unique("Chuyên Gia Mới"), "y-te");
                    body.put("associationIds", List.of(s.own()));
                    return as.body(body).post("/api/v1/experts");
                }, Expect.roles("admin", "staff", "association-officer").but(vn.lhh.testsupport.access.Outcome.FORBIDDEN, "officer2"))
                .op("replaceExpert", "proposed by officer's association", (as, s) -> as.header("If-Match", STALE)
                        .body(ExpertFixtures.body("X", "y-te")).put(path(s.proposed())), proposal.but(HIDDEN, "expert", "expert2"))
                .op("replaceExpert", "expert's own profile", (as, s) -> as.header("If-Match", STALE)
                        .body(ExpertFixtures.body("Phạm Quang Minh", "thuy-loi")).put(path(s.mine())),
                        Expect.roles("admin", "staff", "expert").but(vn.lhh.testsupport.access.Outcome.FORBIDDEN, "expert2"))
                .op("deleteExpert", "proposed by officer's association", (as, s) -> as.header("If-Match", STALE).delete(path(s.proposed())), proposal)
                .op("acceptExpert", (as, s) -> as.header("If-Match", STALE).post(path(s.proposed()) + "/acceptance"), office)
                .op("addExpertToAssociation", "officer's association", (as, s) -> as.header("If-Match", STALE)
                        .put(path(s.mine()) + "/associations/" + s.own()),
                        Expect.roles("admin", "staff", "association-officer").but(vn.lhh.testsupport.access.Outcome.FORBIDDEN, "officer2"))
                .op("removeExpertFromAssociation", "officer's association", (as, s) -> as.header("If-Match", STALE)
                        .delete(path(s.mine()) + "/associations/" + s.own()),
                        Expect.roles("admin", "staff", "association-officer").but(vn.lhh.testsupport.access.Outcome.FORBIDDEN, "officer2"))
                .op("getExpertVocabulary", (as, s) -> as.get("/api/v1/expertise-fields"), Expect.everyone())
                .op("createExpertiseField", (as, s) -> as.body(Map.of()).post("/api/v1/expertise-fields"), office)
                .op("replaceExpertiseField", (as, s) -> as.header("If-Match", STALE).body(Map.of("code", "thuy-loi", "nameVi", "Thủy lợi",
                        "nameEn", "Water")).put("/api/v1/expertise-fields/thuy-loi"), office)
                .op("deleteExpertiseField", (as, s) -> as.header("If-Match", STALE).delete("/api/v1/expertise-fields/thuy-loi"), office);
    }
}
