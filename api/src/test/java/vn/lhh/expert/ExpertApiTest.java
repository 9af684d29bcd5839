package vn.lhh.expert;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Profiles: who sees which group of fields, who edits what, and the checks on what is written. */
@QuarkusTest
class ExpertApiTest {
    private static String path(String id) {
        return "/api/v1/experts/" + id;
    }

    @Test
    void staffCreatesAndEveryAudienceSeesOnlyItsGroups() {
        Map<String, Object> body = ExpertFixtures.body(Api.unique("Nguyễn Thị Lan"), "thuy-loi");
        body.put("titleCode", "PGS");
        body.put("orcid", "0000-0002-1825-0097");
        body.put("publications", List.of(Map.of("title", "Tưới nhỏ giọt cho cam Vinh", "url", "https://doi.org/10.1000/1", "year", 2021)));
        body.put("visibility", Map.of("profile", "public", "biography", "partners", "contact", "internal", "availability", "partners"));
        String id = Api.as("staff").body(body).post("/api/v1/experts").then().statusCode(201)
                .header("Location", containsString(path("")))
                .body("displayName", containsString("PGS.TS. Nguyễn Thị Lan"))
                .body("membership", equalTo("active"))
                .body("fields[0].nameVi", equalTo("Thủy lợi"))
                .extract().path("id");

        Api.anonymous().get(path(id)).then().statusCode(200)
                .body("fullName", notNullValue()).body("organisation", equalTo("Trường Đại học Vinh"))
                .body("biography", nullValue()).body("orcid", nullValue()).body("contact", nullValue())
                .body("availability", nullValue()).body("visibility", nullValue()).body("audience", equalTo("public"))
                .body("canEdit", equalTo(false));
        Api.as("partner").get(path(id)).then().statusCode(200)
                .body("biography", equalTo("Nghiên cứu thủy lợi nội đồng.")).body("orcid", equalTo("0000-0002-1825-0097"))
                .body("availability", equalTo("available")).body("contact", nullValue()).body("audience", equalTo("partners"));
        Api.as("officer").get(path(id)).then().statusCode(200).body("contact", nullValue()).body("canEdit", equalTo(false));
        Api.as("staff").get(path(id)).then().statusCode(200)
                .body("contact.email", equalTo("chuyengia@example.vn")).body("visibility.contact", equalTo("internal"))
                .body("publications[0].year", equalTo(2021)).body("canEdit", equalTo(true));
    }

    @Test
    void anInternalProfileIsNotFoundOutsideTheOffice() {
        Map<String, Object> body = ExpertFixtures.body(Api.unique("Trần Văn Ẩn"), "y-te");
        body.put("visibility", Map.of("profile", "internal"));
        String id = ExpertFixtures.create(body);
        Api.anonymous().get(path(id)).then().statusCode(404).contentType("application/problem+json");
        Api.as("partner").get(path(id)).then().statusCode(404);
        Api.as("staff").get(path(id)).then().statusCode(200);
        body.put("visibility", Map.of("profile", "partners"));
        String partnersOnly = ExpertFixtures.create(body);
        Api.anonymous().get(path(partnersOnly)).then().statusCode(404);
        Api.as("partner").get(path(partnersOnly)).then().statusCode(200);
    }

    @Test
    void anExpertEditsTheirOwnProfileButNotAnothers() {
        String mine = ExpertFixtures.profileOf("expert");
        String theirs = ExpertFixtures.profileOf("expert2");
        var me = Api.as("expert").get("/api/v1/experts/me").then().statusCode(200)
                .body("id", equalTo(mine)).body("canEdit", equalTo(true)).body("contact", notNullValue()).extract();
        Map<String, Object> body = ExpertFixtures.body(me.path("fullName"), "thuy-loi");
        body.put("biography", "Cập nhật bởi chính chuyên gia " + LocalDate.now());
        body.put("username", "expert");
        Api.as("expert").header("If-Match", me.header("ETag")).body(body).put(path(mine)).then().statusCode(200)
                .body("biography", containsString("chính chuyên gia"));
        // cannot move the link to another account
        body.put("username", "someone-else");
        Api.as("expert").header("If-Match", Fixtures.etag(path(mine))).body(body).put(path(mine)).then().statusCode(403)
                .body("detail", containsString("tài khoản"));
        // nor touch the other expert's profile
        body.put("username", null);
        Api.as("expert").header("If-Match", Fixtures.etag(path(theirs))).body(body).put(path(theirs)).then().statusCode(403);
        Api.as("expert2").get(path(mine)).then().statusCode(200).body("contact", nullValue()).body("canEdit", equalTo(false));
    }

    @Test
    void anOfficerProposesAnExpertOfTheirAssociationForTheOfficeToAccept() {
        String own = Fixtures.associationOf("officer");
        String other = Fixtures.associationOf("officer2");
        Map<String, Object> body = ExpertFixtures.body(Api.unique("Lê Văn Đề Xuất"), "y-te");
        body.put("associationIds", List.of(other));
        Api.as("officer").body(body).post("/api/v1/experts").then().statusCode(403).body("detail", containsString("hội mình"));
        body.put("associationIds", List.of());
        Api.as("officer").body(body).post("/api/v1/experts").then().statusCode(403);
        body.put("associationIds", List.of(own));
        body.put("username", "expert");
        String id = Api.as("officer").body(body).post("/api/v1/experts").then().statusCode(201)
                .body("membership", equalTo("proposed")).body("username", nullValue())
                .body("associations[0].id", equalTo(own)).body("canEdit", equalTo(true)).extract().path("id");
        // a proposal is not in the network yet: outsiders and the other association do not see it
        Api.anonymous().get(path(id)).then().statusCode(404);
        Api.as("officer2").get(path(id)).then().statusCode(404);
        Api.as("officer").get(path(id)).then().statusCode(200).body("contact.email", equalTo("chuyengia@example.vn"));
        Api.as("officer").header("If-Match", Fixtures.etag(path(id))).post(path(id) + "/acceptance").then().statusCode(403);
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).post(path(id) + "/acceptance").then().statusCode(200)
                .body("membership", equalTo("active"));
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).post(path(id) + "/acceptance").then().statusCode(409);
        Api.anonymous().get(path(id)).then().statusCode(200);
        // once accepted, the officer still sees the internal view of their association's expert but no longer edits it
        Api.as("officer").get(path(id)).then().statusCode(200).body("contact", notNullValue()).body("canEdit", equalTo(false));
    }

    @Test
    void badInputIsRefusedWithTheFieldAtFault() {
        Map<String, Object> body = ExpertFixtures.body(Api.unique("Sai Dữ Liệu"), "thuy-loi");
        body.put("orcid", "0000-0002-1825-0098");
        badField(body, "orcid");
        body.put("orcid", "1234");
        badField(body, "orcid");
        body.remove("orcid");
        body.put("fieldCodes", List.of("khong-co"));
        badField(body, "fieldCodes[0]");
        body.put("fieldCodes", List.of("thuy-loi"));
        body.put("degreeCode", "PGS");
        badField(body, "degreeCode");
        body.put("degreeCode", "TS");
        body.put("availability", "busy");
        badField(body, "busyUntil");
        body.put("busyUntil", "2001-01-01");
        badField(body, "busyUntil");
        body.put("availability", "sometimes");
        Api.as("staff").body(body).post("/api/v1/experts").then().statusCode(400).contentType("application/problem+json");
        body.put("availability", "available");
        body.put("visibility", Map.of("contact", "everyone"));
        Api.as("staff").body(body).post("/api/v1/experts").then().statusCode(400);
        body.remove("visibility");
        body.put("publications", List.of(Map.of("title", "X", "url", "javascript:alert(1)")));
        badField(body, "publications[0].url");
        body.remove("publications");
        body.put("associationIds", List.of("00000000-0000-0000-0000-000000000000"));
        badField(body, "associationIds[0]");
        body.remove("associationIds");
        body.put("fullName", " ");
        badField(body, "fullName");
    }

    private static void badField(Map<String, Object> body, String field) {
        Api.as("staff").body(body).post("/api/v1/experts").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void orcidAndAccountAreUniqueAndWritesNeedTheCurrentVersion() {
        Map<String, Object> body = ExpertFixtures.body(Api.unique("Hoàng Văn Duy"), "thuy-loi");
        body.put("orcid", "0000-0001-5109-3700");
        String id = Api.as("staff").body(body).post("/api/v1/experts").then().extract().path("id");
        if (id == null) {
            // the ORCID iD is already used by an earlier run of this test in the same database: still unique
            Api.as("staff").body(body).post("/api/v1/experts").then().statusCode(409);
            body.remove("orcid");
            id = ExpertFixtures.create(body);
        } else {
            Api.as("staff").body(body).post("/api/v1/experts").then().statusCode(409).body("detail", containsString("ORCID"));
            body.remove("orcid");
        }
        ExpertFixtures.profileOf("expert");
        body.put("username", "expert");
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(body).put(path(id)).then().statusCode(409);
        body.remove("username");
        Api.as("staff").body(body).put(path(id)).then().statusCode(428);
        Api.as("staff").header("If-Match", "\"999\"").body(body).put(path(id)).then().statusCode(412);
        String etag = Fixtures.etag(path(id));
        Api.as("staff").header("If-None-Match", etag).get(path(id)).then().statusCode(304);
        Api.as("staff").header("If-Match", etag).body(body).put(path(id)).then().statusCode(200);
        Api.as("staff").header("If-Match", etag).body(body).put(path(id)).then().statusCode(412);
        // the account link: absent keeps it, an empty string removes it
        body.put("username", "expert-link-" + id.substring(0, 8));
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(body).put(path(id)).then().statusCode(200)
                .body("username", equalTo("expert-link-" + id.substring(0, 8)));
        body.remove("username");
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(body).put(path(id)).then().statusCode(200)
                .body("username", equalTo("expert-link-" + id.substring(0, 8)));
        body.put("username", "");
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(body).put(path(id)).then().statusCode(200)
                .body("username", nullValue());
        body.remove("username");
        Api.as("officer").header("If-Match", Fixtures.etag(path(id))).delete(path(id)).then().statusCode(403);
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).delete(path(id)).then().statusCode(204);
        Api.as("staff").get(path(id)).then().statusCode(404);
    }

    @Test
    void theVocabularyIsPublicAndManagedByTheOffice() {
        Api.anonymous().get("/api/v1/expertise-fields").then().statusCode(200)
                .body("fields.code", hasItem("thuy-loi")).body("qualifications.code", hasItem("PGS"));
        String code = ExpertFixtures.field("Thủy sản");
        String id = ExpertFixtures.create(Api.unique("Đặng Văn Cá"), code);
        Api.as("officer").body(Map.of("code", "x-y", "nameVi", "X", "nameEn", "X")).post("/api/v1/expertise-fields").then().statusCode(403);
        Api.as("staff").body(Map.of("code", "Có Dấu", "nameVi", "X", "nameEn", "X")).post("/api/v1/expertise-fields").then().statusCode(400);
        Api.as("staff").body(Map.of("code", code, "nameVi", "Y", "nameEn", "Y")).post("/api/v1/expertise-fields").then().statusCode(409);
        // renaming re-keys the profiles: the new name is searchable
        String newName = "Nuôi trồng thủy sản nước lợ " + code;
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("code", code, "nameVi", newName, "nameEn", "Brackish aquaculture"))
                .put("/api/v1/expertise-fields/" + code).then().statusCode(200).body("expertCount", equalTo(1));
        Api.anonymous().queryParam("q", "nuoi trong thuy san nuoc lo " + code).get("/api/v1/experts").then().statusCode(200)
                .body("items.id", hasItem(id));
        Api.as("staff").header("If-Match", "\"1\"").delete("/api/v1/expertise-fields/" + code).then().statusCode(409);
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).delete(path(id)).then().statusCode(204);
        Api.as("staff").header("If-Match", "\"1\"").delete("/api/v1/expertise-fields/" + code).then().statusCode(204);
    }
}
