package vn.lhh.association;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Terms, congresses and leadership, and the congress-due rules built on them. */
@QuarkusTest
class AssociationStructureTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void termsAreValidatedAndNeverOverlap() {
        String id = Fixtures.association(Api.unique("Hội nhiệm kỳ"));
        String path = "/api/v1/associations/" + id + "/terms";
        Fixtures.term(id, 1, LocalDate.of(2015, 1, 1), LocalDate.of(2020, 1, 1));
        // the next term may start on the day the previous one ends
        Fixtures.term(id, 2, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));

        Fixtures.postTerm("staff", id, 3, LocalDate.of(2024, 6, 1), LocalDate.of(2029, 6, 1)).statusCode(409)
                .body("type", equalTo("urn:problem-type:lhh:conflict"));
        Fixtures.postTerm("staff", id, 2, LocalDate.of(2030, 1, 1), LocalDate.of(2035, 1, 1)).statusCode(409);
        Fixtures.postTerm("staff", id, 3, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1)).statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
        Fixtures.postTerm("staff", id, 3, LocalDate.of(2030, 1, 1), LocalDate.of(2029, 1, 1)).statusCode(400);
        Api.as("staff").body(Map.of("number", 0, "startDate", "2030-01-01", "endDate", "2031-01-01")).post(path).then()
                .statusCode(400).body("errors[0].field", equalTo("number"));
        Api.as("staff").body(Map.of("startDate", "2030-01-01")).post(path).then()
                .statusCode(400).body("errors.field", hasItem("endDate")).body("errors.field", hasItem("number"));

        Api.anonymous().get(path).then().statusCode(200).body("number", equalTo(java.util.List.of(2, 1)));
    }

    @Test
    void termUpdateChecksVersionAndOverlap() {
        String id = Fixtures.association(Api.unique("Hội sửa nhiệm kỳ"));
        String t1 = Fixtures.term(id, 1, LocalDate.of(2015, 1, 1), LocalDate.of(2020, 1, 1));
        Fixtures.term(id, 2, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
        String p1 = "/api/v1/associations/" + id + "/terms/" + t1;
        String etag = Fixtures.etag(p1);
        Api.as("staff").header("If-Match", etag).body(Map.of("number", 1, "startDate", "2015-01-01", "endDate", "2021-01-01"))
                .put(p1).then().statusCode(409);
        String newTag = Api.as("staff").header("If-Match", etag)
                .body(Map.of("number", 1, "startDate", "2014-07-01", "endDate", "2019-12-31")).put(p1).then()
                .statusCode(200).body("startDate", equalTo("2014-07-01")).extract().header("ETag");
        Api.as("staff").header("If-Match", etag).body(Map.of("number", 1, "startDate", "2014-01-01", "endDate", "2019-12-31"))
                .put(p1).then().statusCode(412);
        Api.as("staff").get(p1).then().header("ETag", equalTo(newTag)).body("startDate", equalTo("2014-07-01"));
    }

    @Test
    void congressStatusFollowsTheCurrentTerm() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String due = Fixtures.association("Hội sắp đại hội " + tag);
        Fixtures.term(due, 1, TODAY.minusYears(5), TODAY.plusMonths(3));
        String overdue = Fixtures.association("Hội quá hạn " + tag);
        Fixtures.term(overdue, 1, TODAY.minusYears(5).minusDays(10), TODAY.minusDays(10));
        String notDue = Fixtures.association("Hội còn hạn " + tag);
        Fixtures.term(notDue, 1, TODAY.minusYears(1), TODAY.plusYears(4));
        String none = Fixtures.association("Hội chưa có nhiệm kỳ " + tag);

        Api.anonymous().get("/api/v1/associations/" + due).then().body("congressStatus", equalTo("due"));
        Api.anonymous().get("/api/v1/associations/" + overdue).then().body("congressStatus", equalTo("overdue"));
        Api.anonymous().get("/api/v1/associations/" + notDue).then().body("congressStatus", equalTo("not_due"));
        Api.anonymous().get("/api/v1/associations/" + none).then().body("congressStatus", equalTo("no_term"));
        for (var c : Map.of("due", due, "overdue", overdue, "not_due", notDue, "no_term", none).entrySet()) {
            Api.anonymous().queryParam("q", tag).queryParam("congressStatus", c.getKey()).get("/api/v1/associations").then()
                    .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(c.getValue()))
                    .body("items[0].congressStatus", equalTo(c.getKey()));
        }

        // holding the congress of the overdue association's term clears it
        String termId = Api.anonymous().get("/api/v1/associations/" + overdue + "/terms").then().extract().path("[0].id");
        String congress = Api.as("staff").body(Map.of("termId", termId, "plannedDate", TODAY.minusDays(20).toString()))
                .post("/api/v1/associations/" + overdue + "/congresses").then().statusCode(201).extract().path("id");
        Api.anonymous().get("/api/v1/associations/" + overdue).then().body("congressStatus", equalTo("overdue"));
        String cPath = "/api/v1/associations/" + overdue + "/congresses/" + congress;
        Api.as("staff").header("If-Match", Fixtures.etag(cPath))
                .body(Map.of("termId", termId, "plannedDate", TODAY.minusDays(20).toString(), "heldDate", TODAY.minusDays(12).toString(),
                        "decision", "Quyết định số 12/QĐ-LHH", "outcome", "Bầu Ban chấp hành mới"))
                .put(cPath).then().statusCode(200).body("heldDate", equalTo(TODAY.minusDays(12).toString()));
        Api.anonymous().get("/api/v1/associations/" + overdue).then().body("congressStatus", equalTo("held"));
        // and the new term opened by the congress becomes the one watched
        Fixtures.term(overdue, 2, TODAY.minusDays(10), TODAY.plusYears(5));
        Api.anonymous().get("/api/v1/associations/" + overdue).then().body("congressStatus", equalTo("not_due"))
                .body("currentTerm.number", equalTo(2));
    }

    @Test
    void congressRules() {
        String id = Fixtures.association(Api.unique("Hội đại hội"));
        String term = Fixtures.term(id, 1, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
        String path = "/api/v1/associations/" + id + "/congresses";
        Api.as("staff").body(Map.of("termId", term)).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("plannedDate"));
        Api.as("staff").body(Map.of("termId", term, "heldDate", TODAY.plusDays(5).toString())).post(path).then()
                .statusCode(400).body("errors[0].field", equalTo("heldDate"));
        String otherTerm = Fixtures.term(Fixtures.association(Api.unique("Hội khác")), 1, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
        Api.as("staff").body(Map.of("termId", otherTerm, "plannedDate", "2024-12-01")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("termId"));
        Api.as("staff").body(Map.of("termId", term, "plannedDate", "2024-12-01")).post(path).then().statusCode(201);
        Api.as("staff").body(Map.of("termId", term, "plannedDate", "2024-12-05")).post(path).then().statusCode(409);
        // a term referenced by a congress cannot be deleted
        String termPath = "/api/v1/associations/" + id + "/terms/" + term;
        Api.as("staff").header("If-Match", Fixtures.etag(termPath)).delete(termPath).then().statusCode(409);
        Api.anonymous().get(termPath).then().statusCode(200);
    }

    @Test
    void leadershipIsTiedToATerm() {
        String id = Fixtures.association(Api.unique("Hội lãnh đạo"));
        String term = Fixtures.term(id, 1, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
        String path = "/api/v1/associations/" + id + "/leaders";
        String leader = Api.as("staff").body(Map.of("termId", term, "personName", "Nguyễn Văn Hùng", "honorific", "PGS.TS.",
                        "role", "president", "startDate", "2020-01-01"))
                .post(path).then().statusCode(201).body("role", equalTo("president")).extract().path("id");
        Api.as("staff").body(Map.of("termId", term, "personName", "Lê Văn A", "role", "president", "startDate", "2019-01-01"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("startDate"));
        Api.as("staff").body(Map.of("termId", term, "personName", "Lê Văn A", "role", "treasurer", "startDate", "2021-01-01"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("role"));
        Api.as("staff").body(Map.of("termId", term, "personName", "Lê Văn A", "role", "vice_president",
                "startDate", "2021-01-01", "endDate", "2020-12-31")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
        Api.anonymous().get("/api/v1/associations/" + id).then().statusCode(200)
                .body("leaders", hasSize(1)).body("leaders[0].personName", equalTo("Nguyễn Văn Hùng"))
                .body("terms[0].id", equalTo(term));
        String lp = path + "/" + leader;
        Api.as("staff").header("If-Match", Fixtures.etag(lp)).delete(lp).then().statusCode(204);
        Api.anonymous().get(lp).then().statusCode(404);
        Api.anonymous().get("/api/v1/associations/" + id).then().body("leaders", hasSize(0));
    }

    @Test
    void partsOfAnotherAssociationAreNotFound() {
        String a = Fixtures.association(Api.unique("Hội A"));
        String b = Fixtures.association(Api.unique("Hội B"));
        String termOfB = Fixtures.term(b, 1, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
        Api.anonymous().get("/api/v1/associations/" + a + "/terms/" + termOfB).then().statusCode(404);
        Api.as("staff").header("If-Match", "\"0\"").delete("/api/v1/associations/" + a + "/terms/" + termOfB).then().statusCode(404);
        Api.anonymous().get("/api/v1/associations/" + b + "/terms/" + termOfB).then().statusCode(200)
                .body("id", not(equalTo(a)));
    }
}
