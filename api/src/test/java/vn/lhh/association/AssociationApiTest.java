package vn.lhh.association;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

@QuarkusTest
class AssociationApiTest {

    @Test
    void staffCreatesReadsUpdatesAndDeletes() {
        String name = Api.unique("Hội Y học");
        var created = Api.as("staff").body(Fixtures.associationBody(name)).post("/api/v1/associations").then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("status", equalTo("active"))
                .body("congressStatus", equalTo("no_term"))
                .body("canEdit", equalTo(true))
                .extract();
        String id = created.path("id");
        String location = created.header("Location");
        assertEquals(id, location.substring(location.lastIndexOf('/') + 1));

        Map<String, Object> body = Fixtures.associationBody(name + " (sửa)");
        body.put("memberCount", 999);
        body.put("status", "suspended");
        String etag = Api.as("staff").header("If-Match", "\"0\"").body(body).put("/api/v1/associations/" + id).then()
                .statusCode(200)
                .body("name", equalTo(name + " (sửa)"))
                .body("memberCount", equalTo(999))
                .body("status", equalTo("suspended"))
                .extract().header("ETag");
        // one replace is one new version (a second flush inside the change used to move it twice)
        assertEquals("\"1\"", etag);

        Api.as("staff").get("/api/v1/associations/" + id).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("memberCount", equalTo(999));

        Api.as("staff").header("If-Match", etag).delete("/api/v1/associations/" + id).then().statusCode(204);
        Api.as("staff").get("/api/v1/associations/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void textIsStoredComposedAndTrimmed() {
        String decomposed = "  Hội Y hoc " + java.util.UUID.randomUUID().toString().substring(0, 6) + " Nghe\u0323\u0302 An  ";
        String id = Fixtures.association(Fixtures.associationBody(decomposed));
        String stored = Api.as("staff").get("/api/v1/associations/" + id).then().extract().path("name");
        assertEquals(java.text.Normalizer.normalize(decomposed.trim(), java.text.Normalizer.Form.NFC), stored);
    }

    @Test
    void searchIsAccentAndCaseInsensitive() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String id = Fixtures.association("Hội Y học Đà Nẵng " + tag);
        for (String q : List.of("hoi y hoc da nang " + tag, "HỘI Y HỌC " + tag, "da nang " + tag, "y hoc " + tag.toUpperCase())) {
            Api.anonymous().queryParam("q", q).get("/api/v1/associations").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        }
        Api.anonymous().queryParam("q", "hoi luat " + tag).get("/api/v1/associations").then()
                .statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        // LIKE wildcards are text, not patterns
        Api.anonymous().queryParam("q", "%" + tag).get("/api/v1/associations").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void listPagesSortsAndFilters() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> b = Fixtures.associationBody("Hội thử " + tag + " " + i);
            b.put("memberCount", i * 10);
            b.put("field", i % 2 == 0 ? "Nông nghiệp" : "Y tế");
            Fixtures.association(b);
        }
        Api.anonymous().queryParam("q", tag).queryParam("size", 2).queryParam("page", 2).get("/api/v1/associations").then()
                .statusCode(200).body("total", equalTo(5)).body("page", equalTo(2)).body("size", equalTo(2))
                .body("items.name", equalTo(List.of("Hội thử " + tag + " 3", "Hội thử " + tag + " 4")));
        Api.anonymous().queryParam("q", tag).queryParam("sort", "-memberCount").get("/api/v1/associations").then()
                .statusCode(200).body("items.memberCount", equalTo(List.of(50, 40, 30, 20, 10)));
        Api.anonymous().queryParam("q", tag).queryParam("field", "nông nghiệp").get("/api/v1/associations").then()
                .statusCode(200).body("total", equalTo(2)).body("items.field", everyItem(equalTo("Nông nghiệp")));
    }

    @Test
    void publicDirectoryShowsOnlyActiveAssociationsAndPublicFields() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String active = Fixtures.association("Hội công khai " + tag);
        Map<String, Object> b = Fixtures.associationBody("Hội tạm dừng " + tag);
        b.put("status", "suspended");
        String suspended = Fixtures.association(b);

        for (String who : List.of("anonymous", "partner", "expert")) {
            var req = who.equals("anonymous") ? Api.anonymous() : Api.as(who);
            req.queryParam("q", tag).get("/api/v1/associations").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].id", equalTo(active));
            var req2 = who.equals("anonymous") ? Api.anonymous() : Api.as(who);
            req2.get("/api/v1/associations/" + active).then().statusCode(200)
                    .body("internalNotes", nullValue()).body("canEdit", equalTo(false))
                    .body("contact.email", equalTo("hoi@example.vn"));
            var req3 = who.equals("anonymous") ? Api.anonymous() : Api.as(who);
            req3.get("/api/v1/associations/" + suspended).then().statusCode(404);
        }
        Api.as("staff").queryParam("q", tag).get("/api/v1/associations").then().statusCode(200)
                .body("items.id", containsInAnyOrder(active, suspended));
        Api.as("staff").get("/api/v1/associations/" + active).then().body("internalNotes", equalTo("ghi chú nội bộ"));
        Api.anonymous().queryParam("q", tag).queryParam("status", "suspended").get("/api/v1/associations").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void officerSeesAndEditsOwnAssociationButNotItsStatus() {
        String own = Fixtures.associationOf("officer");
        Api.as("officer").get("/api/v1/associations/" + own).then().statusCode(200)
                .body("canEdit", equalTo(true)).body("internalNotes", equalTo("ghi chú nội bộ"));
        Api.as("officer").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("officer")).body("roles", hasItem("association-officer"))
                .body("associationIds", hasItem(own));

        Map<String, Object> body = Fixtures.associationBody(Api.unique("Hội do cán bộ sửa"));
        Api.as("officer").header("If-Match", Fixtures.etag("/api/v1/associations/" + own)).body(body)
                .put("/api/v1/associations/" + own).then().statusCode(200).body("name", equalTo(body.get("name")));

        body.put("status", "dissolved");
        Api.as("officer").header("If-Match", Fixtures.etag("/api/v1/associations/" + own)).body(body)
                .put("/api/v1/associations/" + own).then().statusCode(403)
                .body("type", equalTo("urn:problem-type:lhh:forbidden"));
        Api.as("staff").get("/api/v1/associations/" + own).then().body("status", equalTo("active"));

        String other = Fixtures.associationOf("officer2");
        Api.as("officer").get("/api/v1/associations/" + other).then().statusCode(200)
                .body("canEdit", equalTo(false)).body("internalNotes", nullValue());
        Api.as("officer").header("If-Match", Fixtures.etag("/api/v1/associations/" + other))
                .body(Fixtures.associationBody("Hội chiếm quyền")).put("/api/v1/associations/" + other).then()
                .statusCode(403).body("detail", equalTo("Bạn chỉ được quản lý hội mà bạn phụ trách."));
    }

    @Test
    void duplicateNameIsAConflict() {
        String name = Api.unique("Hội trùng tên");
        Fixtures.association(name);
        Api.as("staff").body(Fixtures.associationBody(name.toUpperCase())).post("/api/v1/associations").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:lhh:conflict"));
    }

    @Test
    void associationWithHistoryCannotBeDeleted() {
        String id = Fixtures.association(Api.unique("Hội có lịch sử"));
        Fixtures.term(id, 1, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
        Api.as("admin").header("If-Match", Fixtures.etag("/api/v1/associations/" + id)).delete("/api/v1/associations/" + id)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("giải thể"));
        Api.as("admin").header("Accept-Language", "en").header("If-Match", Fixtures.etag("/api/v1/associations/" + id))
                .delete("/api/v1/associations/" + id)
                .then().statusCode(409).body("title", equalTo("Conflict")).body("detail", org.hamcrest.Matchers.containsString("dissolved"));
        Api.as("staff").get("/api/v1/associations/" + id).then().statusCode(200);
    }

    @Test
    void conditionalGetAnswersNotModified() {
        String id = Fixtures.association(Api.unique("Hội cache"));
        String etag = Fixtures.etag("/api/v1/associations/" + id);
        Api.anonymous().header("If-None-Match", etag).get("/api/v1/associations/" + id).then().statusCode(304)
                .header("ETag", equalTo(etag));
        Api.anonymous().header("If-None-Match", "\"999\"").get("/api/v1/associations/" + id).then().statusCode(200)
                .body("id", equalTo(id));
        Fixtures.term(id, 1, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
        // a change to the association's parts changes its ETag too
        Api.anonymous().header("If-None-Match", etag).get("/api/v1/associations/" + id).then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("terms", hasSize(1));
    }

    @Test
    void officersAreManagedByAdmin() {
        String id = Fixtures.association(Api.unique("Hội phân công"));
        Api.as("admin").put("/api/v1/associations/" + id + "/officers/officer").then().statusCode(201);
        Api.as("admin").put("/api/v1/associations/" + id + "/officers/officer").then().statusCode(204);
        Api.as("staff").get("/api/v1/associations/" + id + "/officers").then().statusCode(200)
                .body("username", equalTo(List.of("officer"))).body("[0].assignedBy", equalTo("admin"));
        Api.as("officer").get("/api/v1/associations/" + id).then().body("canEdit", equalTo(true));
        Api.as("admin").delete("/api/v1/associations/" + id + "/officers/officer").then().statusCode(204);
        Api.as("admin").delete("/api/v1/associations/" + id + "/officers/officer").then().statusCode(404);
        Api.as("officer").get("/api/v1/associations/" + id).then().body("canEdit", equalTo(false));
        Api.as("admin").put("/api/v1/associations/" + id + "/officers/bad%20name").then().statusCode(400)
                .body("errors[0].field", equalTo("username"));
        Api.as("admin").put("/api/v1/associations/00000000-0000-4000-8000-000000000000/officers/officer").then().statusCode(404);
    }

    @Test
    void meDescribesTheCaller() {
        Api.as("partner").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("service-account-partner-demo"))
                .body("roles", hasItem("partner")).body("associationIds", hasSize(0));
        Api.as("staff").get("/api/v1/me").then().statusCode(200).body("roles", hasItem("staff"))
                .body("username", notNullValue());
    }
}
