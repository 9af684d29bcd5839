package vn.lhh.association;

import static vn.lhh.testsupport.access.AccessCatalogue.STALE;
import static vn.lhh.testsupport.access.Outcome.ALLOW;
import static vn.lhh.testsupport.access.Outcome.FORBIDDEN;
import static vn.lhh.testsupport.access.Outcome.HIDDEN;

import java.time.LocalDate;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * Associations and their terms, congresses, leaders and officers. The scene's association belongs to
 * "officer"; "officer2" is the officer of another association and must be refused every write (BOLA).
 * Writes go stale (412 for those let through) so the scene stays as it is.
 */
public class AssociationOperationAccess implements OperationAccess {
    record Scene(String id, String termId, String congressId, String leaderId, String otherId, String otherTermId) {
        static Scene build() {
            String other = Fixtures.associationOf("officer2");
            String otherTerm = Fixtures.term(other, 1, LocalDate.of(2022, 1, 1), LocalDate.of(2027, 1, 1));
            String id = Fixtures.associationOf("officer");
            String term = Fixtures.term(id, 1, LocalDate.of(2022, 1, 1), LocalDate.of(2027, 1, 1));
            String congress = Api.as("staff").body(Map.of("termId", term, "plannedDate", "2026-12-15"))
                    .post("/api/v1/associations/" + id + "/congresses").then().statusCode(201).extract().path("id");
            String leader = Api.as("staff").body(Map.of("termId", term, "personName", "Nguyễn Văn Hùng", "role", "president",
                    "startDate", "2022-01-01")).post("/api/v1/associations/" + id + "/leaders").then().statusCode(201).extract().path("id");
            return new Scene(id, term, congress, leader, other, otherTerm);
        }

        String path() {
            return "/api/v1/associations/" + id;
        }
    }

    /** Office, and the association's own officer; the other association's officer is refused. */
    static Expect ownOfficer() {
        return Expect.roles("admin", "staff", "association-officer").but(FORBIDDEN, "officer2");
    }

    @Override
    public void declare(AccessCatalogue c) {
        c.feature("association", Scene::build)
                .op("listAssociations", (as, s) -> as.get("/api/v1/associations"), Expect.everyone())
                .op("getAssociation", (as, s) -> as.get(s.path()), Expect.everyone())
                .op("exportAssociations", (as, s) -> as.queryParam("format", "csv").get("/api/v1/associations/export"), Expect.everyone())
                .op("getAssociationStatistics", (as, s) -> as.get("/api/v1/association-statistics"), Expect.everyone())
                .op("createAssociation", (as, s) -> as.body(Fixtures.associationBody(Api.unique("Hội mới"))).post("/api/v1/associations"),
                        Expect.office())
                .op("replaceAssociation", (as, s) -> as.header("If-Match", STALE).body(Fixtures.associationBody(Api.unique("Hội đổi tên")))
                        .put(s.path()), ownOfficer())
                .op("deleteAssociation", (as, s) -> as.header("If-Match", STALE).delete(s.path()), Expect.office())
                .op("listTerms", (as, s) -> as.get(s.path() + "/terms"), Expect.everyone())
                .op("getTerm", (as, s) -> as.get(s.path() + "/terms/" + s.termId()), Expect.everyone())
                .op("createTerm", (as, s) -> as.body(Map.of("number", 2, "startDate", "2027-01-01", "endDate", "2032-01-01"))
                        .post(s.path() + "/terms"), ownOfficer())
                .op("replaceTerm", (as, s) -> as.header("If-Match", STALE).body(Map.of("number", 1, "startDate", "2022-01-01",
                        "endDate", "2027-02-01")).put(s.path() + "/terms/" + s.termId()), ownOfficer())
                .op("replaceTerm", "own association's path, another association's term", (as, s) -> as.header("If-Match", STALE)
                        .body(Map.of("number", 1, "startDate", "2022-01-01", "endDate", "2027-02-01")).put(s.path() + "/terms/" + s.otherTermId()),
                        ownOfficer().replace(ALLOW, HIDDEN))
                .op("deleteTerm", "own association's path, another association's term", (as, s) -> as.header("If-Match", STALE)
                        .delete(s.path() + "/terms/" + s.otherTermId()), ownOfficer().replace(ALLOW, HIDDEN))
                .op("deleteTerm", (as, s) -> as.header("If-Match", STALE).delete(s.path() + "/terms/" + s.termId()), ownOfficer())
                .op("listCongresses", (as, s) -> as.get(s.path() + "/congresses"), Expect.everyone())
                .op("getCongress", (as, s) -> as.get(s.path() + "/congresses/" + s.congressId()), Expect.everyone())
                .op("createCongress", (as, s) -> as.body(Map.of("termId", s.termId(), "plannedDate", "2026-12-20"))
                        .post(s.path() + "/congresses"), ownOfficer())
                .op("replaceCongress", (as, s) -> as.header("If-Match", STALE).body(Map.of("termId", s.termId(), "plannedDate", "2026-12-20"))
                        .put(s.path() + "/congresses/" + s.congressId()), ownOfficer())
                .op("deleteCongress", (as, s) -> as.header("If-Match", STALE).delete(s.path() + "/congresses/" + s.congressId()), ownOfficer())
                .op("listLeaders", (as, s) -> as.get(s.path() + "/leaders"), Expect.everyone())
                .op("getLeader", (as, s) -> as.get(s.path() + "/leaders/" + s.leaderId()), Expect.everyone())
                .op("createLeader", (as, s) -> as.body(Map.of("termId", s.termId(), "personName", "Trần Thị Lan", "role", "vice_president",
                        "startDate", "2022-02-01")).post(s.path() + "/leaders"), ownOfficer())
                .op("replaceLeader", (as, s) -> as.header("If-Match", STALE).body(Map.of("termId", s.termId(), "personName", "Nguyễn Văn Hùng",
                        "role", "president", "startDate", "2022-01-01")).put(s.path() + "/leaders/" + s.leaderId()), ownOfficer())
                .op("deleteLeader", (as, s) -> as.header("If-Match", STALE).delete(s.path() + "/leaders/" + s.leaderId()), ownOfficer())
                .op("listAssociationOfficers", (as, s) -> as.get(s.path() + "/officers"), ownOfficer())
                .op("assignAssociationOfficer", (as, s) -> as.put(s.path() + "/officers/" + Api.unique("can-bo").replace(' ', '-')),
                        Expect.roles("admin"))
                .op("removeAssociationOfficer", (as, s) -> {
                    String who = Api.unique("tam").replace(' ', '-');
                    Api.as("admin").put(s.path() + "/officers/" + who).then().statusCode(201);
                    return as.delete(s.path() + "/officers/" + who);
                }, Expect.roles("admin"));
    }
}
