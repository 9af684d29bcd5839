package vn.lhh.contest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.lhh.contest.ContestFixtures.etag;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.testsupport.Api;

/** Coordinator records kept by the office, and an entry created twice with one Idempotency-Key. */
@QuarkusTest
class ContestCoreCoordinatorTest {

    @Test
    void theOfficeKeepsCoordinatorRecords() {
        String username = "gv-" + UUID.randomUUID().toString().substring(0, 8);
        String school = Api.unique("Trường Tiểu học Lê Mao");
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "kind", "school", "fullName", "Thầy Đinh Văn Sơn",
                "district", "Thành phố Vinh", "phone", "0912 000 111"));
        // a school contact needs its school
        Api.as("staff").body(body).post("/api/v1/contest-coordinators").then().statusCode(400).body("errors.field", hasItem("school"));
        body.put("school", school);
        String id = Api.as("staff").body(body).post("/api/v1/contest-coordinators").then().statusCode(201)
                .body("active", is(true)).body("school", equalTo(school)).extract().path("id");
        String path = "/api/v1/contest-coordinators/" + id;
        Api.as("admin").body(body).post("/api/v1/contest-coordinators").then().statusCode(409).contentType("application/problem+json");
        // found by the school without accents
        Api.as("staff").queryParam("q", school.replace("Trường Tiểu học Lê Mao", "truong tieu hoc le mao")).get("/api/v1/contest-coordinators")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", equalTo(id));
        Api.as("staff").queryParam("kind", "district").queryParam("q", username).get("/api/v1/contest-coordinators").then().body("total", is(0));
        // a district coordinator keeps no school
        body.put("kind", "district");
        Api.as("staff").header("If-Match", etag(path)).body(body).put(path).then().statusCode(200).body("kind", equalTo("district"))
                .body("school", nullValue()).body("version", is(1));
        Api.as("staff").header("If-Match", "\"0\"").delete(path).then().statusCode(412);
        Api.as("staff").header("If-Match", etag(path)).delete(path).then().statusCode(204);
        Api.as("staff").get(path).then().statusCode(404);
    }

    @Test
    void anEntryCreatedTwiceWithOneKeyIsCreatedOnce() {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        var body = ContestFixtures.entryBody(category, "Bếp đun tiết kiệm củi", Api.unique("Trường THCS Diễn Châu"));
        String key = UUID.randomUUID().toString();
        String first = Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/contest-entries").then().statusCode(201).extract().path("id");
        Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/contest-entries").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        Api.as("staff").queryParam("edition", edition).get("/api/v1/contest-entries").then().body("total", is(1));
    }
}
