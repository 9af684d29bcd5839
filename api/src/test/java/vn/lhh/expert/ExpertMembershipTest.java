package vn.lhh.expert;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * Issue #22: membership of an association is granted by that association's officers or the office, never claimed by
 * the expert. An expert's own edit keeps their associations as they are (a change is refused, naming the field); an
 * officer adds an expert of the network to their own association (and removes them from it), not to another.
 */
@QuarkusTest
class ExpertMembershipTest {

    private static String path(String id) {
        return "/api/v1/experts/" + id;
    }

    private static Map<String, Object> ownEdit(List<String> associationIds) {
        Map<String, Object> body = ExpertFixtures.body("Phạm Quang Minh", "thuy-loi");
        if (associationIds != null) {
            body.put("associationIds", associationIds);
        }
        return body;
    }

    @Test
    void anExpertCannotAttachTheirOwnProfileToAnAssociation() {
        String mine = ExpertFixtures.profileOf("expert");
        String other = Fixtures.association(Api.unique("Hội không mời"));
        Api.as("expert").header("If-Match", Fixtures.etag(path(mine))).body(ownEdit(List.of(other))).put(path(mine)).then()
                .statusCode(403).contentType(startsWith("application/problem+json")).body("errors.field", hasItem("associationIds"));
        Api.as("staff").get(path(mine)).then().statusCode(200).body("associations.id", not(hasItem(other)));
        Api.as("staff").queryParam("associationId", other).get("/api/v1/experts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anExpertsOwnEditKeepsTheAssociationsTheOfficeGave() {
        String mine = ExpertFixtures.profileOf("expert");
        String given = Fixtures.association(Api.unique("Hội đã kết nạp"));
        Api.as("staff").header("If-Match", Fixtures.etag(path(mine))).put(path(mine) + "/associations/" + given).then().statusCode(200)
                .body("associations.id", hasItem(given));
        List<String> current = Api.as("expert").get(path(mine)).then().statusCode(200).extract().path("associations.id");
        // absent: kept; the same list sent back: kept
        Api.as("expert").header("If-Match", Fixtures.etag(path(mine))).body(ownEdit(null)).put(path(mine)).then().statusCode(200)
                .body("associations.id", containsInAnyOrder(current.toArray()));
        Api.as("expert").header("If-Match", Fixtures.etag(path(mine))).body(ownEdit(current)).put(path(mine)).then().statusCode(200)
                .body("associations.id", containsInAnyOrder(current.toArray()));
        // leaving is not the expert's own edit either: the association's officers or the office remove a member
        Api.as("expert").header("If-Match", Fixtures.etag(path(mine))).body(ownEdit(List.of())).put(path(mine)).then().statusCode(403)
                .body("errors.field", hasItem("associationIds"));
        Api.as("staff").get(path(mine)).then().body("associations.id", hasItem(given));
    }

    @Test
    void anOfficerAddsAnExpertOfTheNetworkToTheirOwnAssociationOnly() {
        String a = Fixtures.associationOf("officer");
        String b = Fixtures.associationOf("officer2");
        String expert = ExpertFixtures.create(Api.unique("Chuyên Gia Mạng Lưới"), "thuy-loi");
        // not to another officer's association
        Api.as("officer").header("If-Match", Fixtures.etag(path(expert))).put(path(expert) + "/associations/" + b).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        // to their own
        Api.as("officer").header("If-Match", Fixtures.etag(path(expert))).put(path(expert) + "/associations/" + a).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue()).body("associations.id", containsInAnyOrder(a));
        Api.as("officer").queryParam("associationId", a).get("/api/v1/experts").then().statusCode(200).body("items.id", hasItem(expert));
        // adding again changes nothing (PUT is idempotent); a stale version is refused
        Api.as("officer").header("If-Match", Fixtures.etag(path(expert))).put(path(expert) + "/associations/" + a).then().statusCode(200)
                .body("associations.id", containsInAnyOrder(a));
        Api.as("officer").header("If-Match", "\"0\"").put(path(expert) + "/associations/" + a).then().statusCode(412);
        Api.as("officer").put(path(expert) + "/associations/" + a).then().statusCode(428);
        // officer2 cannot take the expert out of officer's association, nor add to an unknown one
        Api.as("officer2").header("If-Match", Fixtures.etag(path(expert))).delete(path(expert) + "/associations/" + a).then().statusCode(403);
        Api.as("staff").header("If-Match", Fixtures.etag(path(expert)))
                .put(path(expert) + "/associations/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        Api.as("staff").header("If-Match", Fixtures.etag(path(expert))).put(path(expert) + "/associations/khong-phai-uuid").then()
                .statusCode(400).body("errors[0].field", equalTo("associationId"));
        // experts, partners and anonymous callers grant no membership
        Api.as("expert").header("If-Match", Fixtures.etag(path(expert))).put(path(expert) + "/associations/" + a).then().statusCode(403);
        Api.as("partner").header("If-Match", Fixtures.etag(path(expert))).put(path(expert) + "/associations/" + a).then().statusCode(403);
        Api.anonymous().header("If-Match", Fixtures.etag(path(expert))).put(path(expert) + "/associations/" + a).then().statusCode(401);
        // the officer removes the expert from their association
        Api.as("officer").header("If-Match", Fixtures.etag(path(expert))).delete(path(expert) + "/associations/" + a).then().statusCode(200)
                .body("associations", org.hamcrest.Matchers.empty());
    }
}
