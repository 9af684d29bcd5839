package vn.lhh.association;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * Who may call which route, with real Keycloak tokens: anonymous, each role, and the officer of
 * another association (object-level check). Every write runs on a fresh association owned by
 * the demo user "officer"; "officer2" acts for a different association.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    static final List<String> ACTORS = List.of("anonymous", "admin", "staff", "officer", "officer2", "expert", "partner");

    /** An association with one of each part, its officer being the demo user "officer". */
    record Scene(String id, String termId, String congressId, String leaderId) {
        private static volatile boolean otherOfficerHasAnAssociation;

        static Scene fresh() {
            if (!otherOfficerHasAnAssociation) {
                Fixtures.associationOf("officer2");
                otherOfficerHasAnAssociation = true;
            }
            String id = Fixtures.associationOf("officer");
            String term = Fixtures.term(id, 1, LocalDate.of(2022, 1, 1), LocalDate.of(2027, 1, 1));
            String congress = Api.as("staff").body(Map.of("termId", term, "plannedDate", "2026-12-15"))
                    .post("/api/v1/associations/" + id + "/congresses").then().statusCode(201).extract().path("id");
            String leader = Api.as("staff").body(Map.of("termId", term, "personName", "Nguyễn Văn Hùng", "role", "president",
                    "startDate", "2022-01-01")).post("/api/v1/associations/" + id + "/leaders").then().statusCode(201).extract().path("id");
            return new Scene(id, term, congress, leader);
        }

        String path() {
            return "/api/v1/associations/" + id;
        }
    }

    private static RequestSpecification as(String actor) {
        return actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
    }

    private static Response ifMatch(String actor, String resourcePath, BiFunction<RequestSpecification, String, Response> call) {
        return call.apply(as(actor).header("If-Match", Fixtures.etag(resourcePath)), resourcePath);
    }

    private static Map<String, Object> termBody() {
        return Map.of("number", 2, "startDate", "2027-01-01", "endDate", "2032-01-01");
    }

    private record Operation(String name, BiFunction<String, Scene, Response> call, Map<String, Integer> expected) {
    }

    /** expected statuses in the order of ACTORS */
    private static Map<String, Integer> expect(int... statuses) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < ACTORS.size(); i++) {
            m.put(ACTORS.get(i), statuses[i]);
        }
        return m;
    }

    private static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        //                                                                          anon admin staff own other expert partner
        ops.add(new Operation("listAssociations", (a, s) -> as(a).get("/api/v1/associations"), expect(200, 200, 200, 200, 200, 200, 200)));
        ops.add(new Operation("getAssociation", (a, s) -> as(a).get(s.path()), expect(200, 200, 200, 200, 200, 200, 200)));
        ops.add(new Operation("createAssociation", (a, s) -> as(a).body(Fixtures.associationBody(Api.unique("Hội mới")))
                .post("/api/v1/associations"), expect(401, 201, 201, 403, 403, 403, 403)));
        ops.add(new Operation("replaceAssociation", (a, s) -> ifMatch(a, s.path(),
                (r, p) -> r.body(Fixtures.associationBody(Api.unique("Hội đổi tên"))).put(p)), expect(401, 200, 200, 200, 403, 403, 403)));
        ops.add(new Operation("deleteAssociation", (a, s) -> {
            String bare = Fixtures.associationOf("officer");
            return ifMatch(a, "/api/v1/associations/" + bare, (r, p) -> r.delete(p));
        }, expect(401, 204, 204, 403, 403, 403, 403)));

        ops.add(new Operation("listTerms", (a, s) -> as(a).get(s.path() + "/terms"), expect(200, 200, 200, 200, 200, 200, 200)));
        ops.add(new Operation("getTerm", (a, s) -> as(a).get(s.path() + "/terms/" + s.termId()), expect(200, 200, 200, 200, 200, 200, 200)));
        ops.add(new Operation("createTerm", (a, s) -> as(a).body(termBody()).post(s.path() + "/terms"), expect(401, 201, 201, 201, 403, 403, 403)));
        ops.add(new Operation("replaceTerm", (a, s) -> ifMatch(a, s.path() + "/terms/" + s.termId(),
                (r, p) -> r.body(Map.of("number", 1, "startDate", "2022-01-01", "endDate", "2027-02-01")).put(p)),
                expect(401, 200, 200, 200, 403, 403, 403)));
        ops.add(new Operation("deleteTerm", (a, s) -> {
            String t = Fixtures.term(s.id(), 9, LocalDate.of(2040, 1, 1), LocalDate.of(2045, 1, 1));
            return ifMatch(a, s.path() + "/terms/" + t, (r, p) -> r.delete(p));
        }, expect(401, 204, 204, 204, 403, 403, 403)));

        ops.add(new Operation("listCongresses", (a, s) -> as(a).get(s.path() + "/congresses"), expect(200, 200, 200, 200, 200, 200, 200)));
        ops.add(new Operation("getCongress", (a, s) -> as(a).get(s.path() + "/congresses/" + s.congressId()), expect(200, 200, 200, 200, 200, 200, 200)));
        ops.add(new Operation("createCongress", (a, s) -> {
            String t = Fixtures.term(s.id(), 3, LocalDate.of(2030, 1, 1), LocalDate.of(2035, 1, 1));
            return as(a).body(Map.of("termId", t, "plannedDate", "2034-12-01")).post(s.path() + "/congresses");
        }, expect(401, 201, 201, 201, 403, 403, 403)));
        ops.add(new Operation("replaceCongress", (a, s) -> ifMatch(a, s.path() + "/congresses/" + s.congressId(),
                (r, p) -> r.body(Map.of("termId", s.termId(), "plannedDate", "2026-12-20")).put(p)),
                expect(401, 200, 200, 200, 403, 403, 403)));
        ops.add(new Operation("deleteCongress", (a, s) -> ifMatch(a, s.path() + "/congresses/" + s.congressId(), (r, p) -> r.delete(p)),
                expect(401, 204, 204, 204, 403, 403, 403)));

        ops.add(new Operation("listLeaders", (a, s) -> as(a).get(s.path() + "/leaders"), expect(200, 200, 200, 200, 200, 200, 200)));
        ops.add(new Operation("getLeader", (a, s) -> as(a).get(s.path() + "/leaders/" + s.leaderId()), expect(200, 200, 200, 200, 200, 200, 200)));
        ops.add(new Operation("createLeader", (a, s) -> as(a).body(Map.of("termId", s.termId(), "personName", "Trần Thị Lan",
                "role", "vice_president", "startDate", "2022-02-01")).post(s.path() + "/leaders"), expect(401, 201, 201, 201, 403, 403, 403)));
        ops.add(new Operation("replaceLeader", (a, s) -> ifMatch(a, s.path() + "/leaders/" + s.leaderId(),
                (r, p) -> r.body(Map.of("termId", s.termId(), "personName", "Nguyễn Văn Hùng", "honorific", "GS.TS.",
                        "role", "president", "startDate", "2022-01-01")).put(p)), expect(401, 200, 200, 200, 403, 403, 403)));
        ops.add(new Operation("deleteLeader", (a, s) -> ifMatch(a, s.path() + "/leaders/" + s.leaderId(), (r, p) -> r.delete(p)),
                expect(401, 204, 204, 204, 403, 403, 403)));

        ops.add(new Operation("listAssociationOfficers", (a, s) -> as(a).get(s.path() + "/officers"), expect(401, 200, 200, 200, 403, 403, 403)));
        ops.add(new Operation("assignAssociationOfficer", (a, s) -> as(a).put(s.path() + "/officers/newofficer"),
                expect(401, 201, 403, 403, 403, 403, 403)));
        ops.add(new Operation("removeAssociationOfficer", (a, s) -> as(a).delete(s.path() + "/officers/officer"),
                expect(401, 204, 403, 403, 403, 403, 403)));

        ops.add(new Operation("listAuditEvents", (a, s) -> as(a).get("/api/v1/audit-events"), expect(401, 200, 403, 403, 403, 403, 403)));
        ops.add(new Operation("getMe", (a, s) -> as(a).get("/api/v1/me"), expect(401, 200, 200, 200, 200, 200, 200)));
        return ops;
    }

    @TestFactory
    Stream<DynamicTest> everyRouteForEveryActor() {
        return operations().stream().flatMap(op -> ACTORS.stream().map(actor -> DynamicTest.dynamicTest(
                op.name() + " as " + actor, () -> {
                    Scene scene = Scene.fresh();
                    Response r = op.call().apply(actor, scene);
                    int expected = op.expected().get(actor);
                    assertEquals(expected, r.statusCode(), op.name() + " as " + actor + ": " + r.asString());
                    if (expected >= 400) {
                        assertTrue(r.contentType().startsWith("application/problem+json"), "problem+json expected, got " + r.contentType());
                    }
                })));
    }

    /** A write refused on authorization leaves the record as it was. */
    @TestFactory
    Stream<DynamicTest> refusedWritesChangeNothing() {
        return Stream.of("anonymous", "officer2", "expert", "partner").map(actor -> DynamicTest.dynamicTest(actor, () -> {
            Scene s = Scene.fresh();
            String before = Api.as("staff").get(s.path()).asString();
            ifMatch(actor, s.path(), (r, p) -> r.body(Fixtures.associationBody("Hội bị sửa trái phép")).put(p));
            ifMatch(actor, s.path() + "/terms/" + s.termId(), (r, p) -> r.delete(p));
            assertEquals(before, Api.as("staff").get(s.path()).asString());
        }));
    }
}
