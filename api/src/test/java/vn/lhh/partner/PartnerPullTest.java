package vn.lhh.partner;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.lhh.partner.PartnerFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.testsupport.Api;

/**
 * Pulling a partner's feed, with this instance standing in for the partner (it serves the same
 * feed): the schedule picks up publications and withdrawals, and a failed pull says why.
 * The two-instance round trip is PartnerRoundTripTest.
 */
@QuarkusTest
class PartnerPullTest {

    private static String self() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void aFailedPullIsRecordedWithItsReason() {
        Map<String, Object> b = PartnerFixtures.body(Api.unique("Đối tác sai mật khẩu"));
        b.put("pull", PartnerFixtures.pull(self(), "wrong-secret", false));
        String id = PartnerFixtures.create(b);
        try {
            Api.as("staff").post(path(id) + "/pull").then().statusCode(200)
                    .body("lastStatus", equalTo("failed")).body("lastError", containsString("401"))
                    .body("lastAttemptAt", notNullValue()).body("lastSuccessAt", nullValue()).body("cursor", nullValue());
            Api.as("admin").get(path(id) + "/pull").then().statusCode(200).body("lastStatus", equalTo("failed"));
        } finally {
            PartnerFixtures.delete(id);
        }
    }

    /** Polls the public list until the partner's copy of the issue matches. */
    private static ValidatableResponse awaitBulletin(String partnerId, String word, Predicate<ValidatableResponse> done) {
        return PartnerFixtures.await("the scheduled pull bringing the change", () -> Api.anonymous().queryParam("partnerId", partnerId)
                .queryParam("q", word).get("/api/v1/partner-bulletins").then().statusCode(200), done);
    }

    @Test
    void theSchedulePullsPublicationsAndWithdrawals() {
        Map<String, Object> b = PartnerFixtures.body(Api.unique("Liên hiệp hội tự kéo"));
        b.put("pull", PartnerFixtures.pull(self() + "/", PartnerFixtures.DEMO_SECRET, true));
        String id = PartnerFixtures.create(b);
        try {
            String word = "Khoaito" + Long.toString(System.nanoTime(), 36);
            String title = "Tập san " + word + " số đặc biệt";
            String issue = BulletinFixtures.published(title, java.util.List.of(BulletinFixtures.article("Giống lúa chịu mặn " + word, "lúa")));
            awaitBulletin(id, word, r -> r.extract().<Integer>path("total") == 1)
                    .body("items[0].remoteId", equalTo(issue))
                    .body("items[0].status", equalTo("published"))
                    .body("items[0].partner.id", equalTo(id))
                    .body("items[0].pdfUrl", equalTo(self() + "/api/v1/bulletins/" + issue + "/pdf"))
                    .body("items[0].issueUrl", equalTo(self() + "/api/v1/bulletins/" + issue))
                    .body("items[0].articles[0].title", equalTo("Giống lúa chịu mặn " + word))
                    .body("items[0].articles[0].authors", hasItem("ThS. Trần Thị Lan"));
            // accents and case do not matter; article words are searchable
            Api.anonymous().queryParam("q", "giong lua chiu man " + word.toLowerCase()).get("/api/v1/partner-bulletins").then().statusCode(200)
                    .body("items.remoteId", hasItem(issue));

            BulletinFixtures.transition(issue, "withdrawn", "Trùng nội dung với số trước");
            awaitBulletin(id, word, r -> "withdrawn".equals(r.extract().path("items[0].status")))
                    .body("total", equalTo(1))
                    .body("items[0].withdrawReason", equalTo("Trùng nội dung với số trước"))
                    .body("items[0].pdfUrl", nullValue())
                    .body("items[0].articles.size()", equalTo(0));
            Api.anonymous().queryParam("status", "published").queryParam("partnerId", id).queryParam("q", word)
                    .get("/api/v1/partner-bulletins").then().statusCode(200).body("total", equalTo(0));
            Api.as("staff").get(path(id) + "/pull").then().statusCode(200)
                    .body("lastStatus", equalTo("ok")).body("cursor", matchesPattern("[0-9]+")).body("lastError", nullValue());
        } finally {
            PartnerFixtures.delete(id);
        }
        Api.anonymous().queryParam("partnerId", id).get("/api/v1/partner-bulletins").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badQueriesOfThePublicListAreProblems() {
        Api.anonymous().queryParam("partnerId", "nope").get("/api/v1/partner-bulletins").then().statusCode(400)
                .body("errors.field", hasItem("partnerId"));
        Api.anonymous().queryParam("status", "deleted").get("/api/v1/partner-bulletins").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        Api.anonymous().queryParam("sort", "title").get("/api/v1/partner-bulletins").then().statusCode(400);
        Api.anonymous().get("/api/v1/partner-bulletins/not-a-uuid").then().statusCode(400);
    }
}
