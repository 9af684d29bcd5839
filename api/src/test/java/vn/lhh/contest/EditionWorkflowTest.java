package vn.lhh.contest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.contest.ContestFixtures.categoryPath;
import static vn.lhh.contest.ContestFixtures.editionPath;
import static vn.lhh.contest.ContestFixtures.etag;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Tokens;

/** Editions from draft to published, their phases and rules, and their categories with rubrics. */
@QuarkusTest
class EditionWorkflowTest {

    @Test
    void aDraftIsTheOfficesUntilPublished() {
        int year = ContestFixtures.nextYear();
        var body = ContestFixtures.editionBody(year, Phase.REGISTRATION);
        String key = UUID.randomUUID().toString();
        var created = Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/contest-editions").then().statusCode(201)
                .header("Location", containsString("/api/v1/contest-editions/")).header("ETag", "\"0\"")
                .body("status", equalTo("draft")).body("phase", equalTo("registration")).body("year", is(year))
                .body("coOrganisers", hasSize(3)).body("awardQuota.third", is(3)).extract();
        String id = created.path("id");
        // a retry with the same key creates nothing new
        Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/contest-editions").then().statusCode(201).body("id", equalTo(id));
        // one edition a year
        Api.as("staff").body(body).post("/api/v1/contest-editions").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(Integer.toString(year)));

        Api.anonymous().get(editionPath(id)).then().statusCode(404).contentType("application/problem+json");
        Api.anonymous().queryParam("year", year).get("/api/v1/contest-editions").then().statusCode(200).body("total", is(0));
        Api.as("staff").queryParam("year", year).get("/api/v1/contest-editions").then().statusCode(200).body("total", is(1));
        Api.as("staff").get(editionPath(id)).then().statusCode(200).header("ETag", "\"0\"");
        Api.as("staff").header("If-None-Match", "\"0\"").get(editionPath(id)).then().statusCode(304);

        Api.as("staff").header("If-Match", etag(editionPath(id))).body(Map.of("status", "published")).post(editionPath(id) + "/transitions")
                .then().statusCode(200).body("status", equalTo("published"));
        Api.anonymous().get(editionPath(id)).then().statusCode(200).body("phase", equalTo("registration"));
        Api.anonymous().queryParam("year", year).get("/api/v1/contest-editions").then().statusCode(200).body("total", is(1));
        Api.anonymous().get("/api/v1/contest-editions/current").then().statusCode(200).body("year", greaterThanOrEqualTo(year))
                .body("status", equalTo("published"));

        // back to draft while it has no entry; with one, no
        Api.as("staff").header("If-Match", etag(editionPath(id))).body(Map.of("status", "draft")).post(editionPath(id) + "/transitions").then().statusCode(200);
        Api.as("staff").header("If-Match", etag(editionPath(id))).body(Map.of("status", "published")).post(editionPath(id) + "/transitions").then().statusCode(200);
        String category = ContestFixtures.category(id);
        ContestFixtures.entry(category, "Robot nhặt rác", Api.unique("Trường THCS Lê Lợi"));
        Api.as("staff").header("If-Match", etag(editionPath(id))).body(Map.of("status", "draft")).post(editionPath(id) + "/transitions")
                .then().statusCode(409).body("detail", containsString("1"));
        Api.as("staff").header("If-Match", etag(editionPath(id))).delete(editionPath(id)).then().statusCode(409);
    }

    @Test
    void staffMovesDatesAndThePhaseFollows() {
        String id = ContestFixtures.edition(Phase.UPCOMING);
        Api.anonymous().get(editionPath(id)).then().body("phase", equalTo("upcoming"));
        for (Phase p : Phase.values()) {
            ContestFixtures.moveTo(id, p);
            Api.anonymous().get(editionPath(id)).then().statusCode(200).body("phase", equalTo(p.name().toLowerCase()));
        }
    }

    @Test
    void datesOutOfOrderAreRefusedNamingTheField() {
        var body = new HashMap<>(ContestFixtures.editionBody(ContestFixtures.nextYear(), Phase.REGISTRATION));
        body.put("judgingOpens", body.get("registrationOpens"));
        Api.as("staff").body(body).post("/api/v1/contest-editions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("judgingOpens"));
        body = new HashMap<>(ContestFixtures.editionBody(ContestFixtures.nextYear(), Phase.REGISTRATION));
        body.put("minAge", 15);
        body.put("maxAge", 10);
        Api.as("staff").body(body).post("/api/v1/contest-editions").then().statusCode(400).body("errors.field", hasItem("maxAge"));
        body.put("maxAge", 18);
        body.put("minGrade", 9);
        body.put("maxGrade", 6);
        Api.as("staff").body(body).post("/api/v1/contest-editions").then().statusCode(400).body("errors.field", hasItem("maxGrade"));
    }

    @Test
    void rulesDocumentIsAPdfReadWithTheEdition() {
        String id = ContestFixtures.draftEdition(Phase.UPCOMING);
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", etag(editionPath(id))).contentType("application/pdf")
                .body("MZ this is an exe".getBytes()).queryParam("fileName", "the-le.pdf").put(editionPath(id) + "/rules").then().statusCode(415);
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", etag(editionPath(id))).contentType("application/pdf")
                .body(ContestFixtures.pdf("Thể lệ")).queryParam("fileName", "thể-lệ-2026.pdf").put(editionPath(id) + "/rules").then().statusCode(200)
                .body("rules.fileName", equalTo("thể-lệ-2026.pdf")).body("rules.url", equalTo(editionPath(id) + "/rules"));
        Api.anonymous().get(editionPath(id) + "/rules").then().statusCode(404);
        byte[] got = given().header("Authorization", Tokens.bearer("staff")).get(editionPath(id) + "/rules").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals(new String(ContestFixtures.pdf("Thể lệ")), new String(got));
        Api.as("staff").header("If-Match", etag(editionPath(id))).delete(editionPath(id)).then().statusCode(204);
        Api.as("staff").get(editionPath(id)).then().statusCode(404);
    }

    @Test
    void categoriesAndRubrics() {
        String edition = ContestFixtures.draftEdition(Phase.UPCOMING);
        String id = Api.as("staff").body(ContestFixtures.categoryBody("tin-hoc", "Tin học và phần mềm", 2)).post(editionPath(edition) + "/categories")
                .then().statusCode(201).header("Location", containsString("/api/v1/contest-categories/")).body("rubric", hasSize(0))
                .body("rubricFrozen", is(false)).extract().path("id");
        Api.as("staff").body(ContestFixtures.categoryBody("tin-hoc", "Trùng mã", 3)).post(editionPath(edition) + "/categories")
                .then().statusCode(409).body("detail", containsString("tin-hoc"));
        ContestFixtures.category(edition, "co-khi", "Kỹ thuật cơ khí");

        // the rubric: levels above the maximum or twice the same score are refused
        var bad = Map.of("criteria", List.of(Map.of("name", "Tính mới", "weight", 1, "maxScore", 5,
                "levels", List.of(Map.of("score", 6, "description", "Quá điểm tối đa")))));
        Api.as("staff").header("If-Match", etag(categoryPath(id))).body(bad).put(categoryPath(id) + "/rubric").then().statusCode(400)
                .body("errors.field", hasItem("criteria[0].levels[0].score"));
        long before = Long.parseLong(etag(categoryPath(id)).replace("\"", ""));
        Api.as("staff").header("If-Match", etag(categoryPath(id))).body(ContestFixtures.rubricBody()).put(categoryPath(id) + "/rubric").then()
                .statusCode(200).body("rubric", hasSize(3)).body("rubric[0].position", is(1)).body("rubric[0].name", equalTo("Tính mới, tính sáng tạo"))
                .body("rubric[2].maxScore", is(5)).body("rubric[0].levels[1].score", is(10)).body("version", is((int) before + 1));

        // anonymous sees categories only once the edition is published
        Api.anonymous().get(editionPath(edition) + "/categories").then().statusCode(404);
        Api.anonymous().get(categoryPath(id)).then().statusCode(404);
        Api.as("staff").get(editionPath(edition) + "/categories").then().statusCode(200).body("total", is(2))
                .body("items[0].code", equalTo("co-khi")).body("items[1].code", equalTo("tin-hoc"));
        Api.as("staff").header("If-Match", etag(editionPath(edition))).body(Map.of("status", "published")).post(editionPath(edition) + "/transitions").then().statusCode(200);
        Api.anonymous().get(categoryPath(id)).then().statusCode(200).body("rubric", hasSize(3)).body("rubric[0].weight", notNullValue());

        // renamed, then deleted while it has no entry
        Api.as("staff").header("If-Match", etag(categoryPath(id))).body(ContestFixtures.categoryBody("tin-hoc", "Tin học ứng dụng", 2)).put(categoryPath(id))
                .then().statusCode(200).body("name", equalTo("Tin học ứng dụng"));
        Api.as("staff").header("If-Match", etag(categoryPath(id))).delete(categoryPath(id)).then().statusCode(204);
        Api.as("staff").get(editionPath(edition) + "/categories").then().body("items.code", not(hasItem("tin-hoc")));
    }

    @Test
    void aCategoryWithEntriesStays() {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        ContestFixtures.entry(category, "Máy bóc vỏ lạc", Api.unique("Trường THCS Nghi Phong"));
        Api.as("staff").header("If-Match", etag(categoryPath(category))).delete(categoryPath(category)).then().statusCode(409)
                .contentType("application/problem+json");
    }
}
