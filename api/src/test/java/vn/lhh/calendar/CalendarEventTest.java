package vn.lhh.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.calendar.CalendarFixtures.EVENTS;
import static vn.lhh.calendar.CalendarFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Events: the week's list, times in the province's zone, double bookings flagged, concurrency and bad input. */
@QuarkusTest
class CalendarEventTest {

    @Test
    void aMeetingIsStoredAsAnInstantAndListedInItsProvinceDay() {
        LocalDate day = CalendarFixtures.freshDay();
        Map<String, Object> b = CalendarFixtures.body(Api.unique("Họp Ban Thường vụ"), day, 8, 11);
        b.put("onlineUrl", "https://meet.example.vn/lhh-bt");
        b.put("chairUsername", "admin");
        b.put("documents", List.of(Map.of("title", "Dự thảo báo cáo", "url", "/api/v1/bulletins")));
        Response created = Api.as("staff").header("Idempotency-Key", UUID.randomUUID().toString()).body(b).post(EVENTS);
        created.then().statusCode(201).header("Location", containsString(EVENTS + "/")).header("ETag", "\"0\"")
                .body("startsAt", equalTo(day + "T01:00:00Z")).body("endsAt", equalTo(day + "T04:00:00Z"))
                .body("participants[0].name", equalTo("Sở Khoa học và Công nghệ")).body("documents[0].title", equalTo("Dự thảo báo cáo"))
                .body("conflicts", empty()).body("canManage", equalTo(true)).body("registration", nullValue());
        String id = created.path("id");
        // 00:30 in Hanoi is the previous day in UTC: it is still listed under its province day
        Map<String, Object> early = CalendarFixtures.body(Api.unique("Trực đêm"), day, 0, 1);
        early.put("startsAt", CalendarFixtures.at(day, 0, 30));
        String earlyId = CalendarFixtures.create(early);
        Api.anonymous().queryParam("from", day.toString()).queryParam("to", day.toString()).get(EVENTS).then().statusCode(200)
                .body("items.id", contains(earlyId, id)).body("total", equalTo(2));
        Api.anonymous().queryParam("from", day.plusDays(1).toString()).queryParam("to", day.plusDays(7).toString()).get(EVENTS).then()
                .statusCode(200).body("items", empty());
        // anonymous callers do not see usernames
        Api.anonymous().get(path(id)).then().statusCode(200).body("chairUsername", nullValue()).body("chairName", equalTo("Chủ tịch Liên hiệp hội"))
                .body("canManage", equalTo(false));
        Api.as("expert").get(path(id)).then().statusCode(200).body("chairUsername", equalTo("admin"));
    }

    @Test
    void aPersonBookedTwiceAtOverlappingTimesIsFlaggedNotRefused() {
        LocalDate day = CalendarFixtures.freshDay();
        Map<String, Object> first = CalendarFixtures.body(Api.unique("Họp hội đồng khoa học"), day, 8, 10);
        first.put("participants", List.of(CalendarFixtures.user("expert"), CalendarFixtures.user("officer")));
        String a = CalendarFixtures.create(first);
        Map<String, Object> second = CalendarFixtures.body(Api.unique("Làm việc với Sở KH&CN"), day, 9, 11);
        second.put("kind", "work");
        second.put("chairUsername", "expert");
        Response r = Api.as("staff").body(second).post(EVENTS);
        r.then().statusCode(201).body("conflicts", hasSize(1)).body("conflicts[0].id", equalTo(a)).body("conflicts[0].people", contains("expert"));
        String b = r.path("id");
        Api.as("staff").get(path(a)).then().body("conflicts.id", contains(b));
        // back to back is no conflict
        Map<String, Object> third = CalendarFixtures.body(Api.unique("Họp tiếp theo"), day, 11, 12);
        third.put("participants", List.of(CalendarFixtures.user("expert")));
        Api.as("staff").body(third).post(EVENTS).then().statusCode(201).body("conflicts", empty());
        // the week view shows the flag
        Api.as("staff").queryParam("from", day.toString()).queryParam("to", day.plusDays(6).toString()).get(EVENTS).then().statusCode(200)
                .body("items.find { it.id == '" + a + "' }.conflicts", hasSize(1));
    }

    @Test
    void conflictsNameOnlyEventsTheCallerMaySee() {
        LocalDate day = CalendarFixtures.freshDay();
        Map<String, Object> open = CalendarFixtures.body(Api.unique("Hội nghị công khai"), day, 8, 10);
        open.put("participants", List.of(CalendarFixtures.user("expert2")));
        String visible = CalendarFixtures.create(open);
        Map<String, Object> hidden = CalendarFixtures.body(Api.unique("Giao ban nội bộ"), day, 9, 10);
        hidden.put("visibility", "office");
        hidden.put("participants", List.of(CalendarFixtures.user("expert2")));
        CalendarFixtures.create(hidden);
        Api.as("expert").get(path(visible)).then().statusCode(200).body("conflicts", empty());
        Api.as("staff").get(path(visible)).then().statusCode(200).body("conflicts", hasSize(1));
        // expert2 takes part in the office-only event, so they see it and the clash
        Api.as("expert2").get(path(visible)).then().statusCode(200).body("conflicts", hasSize(1));
    }

    @Test
    void associationOfficersSeeEventsOfTheirAssociation() {
        LocalDate day = CalendarFixtures.freshDay();
        String own = Fixtures.associationOf("officer");
        Map<String, Object> b = CalendarFixtures.body(Api.unique("Làm việc với hội"), day, 14, 16);
        b.put("visibility", "participants");
        b.put("participants", List.of(CalendarFixtures.association(own)));
        String id = CalendarFixtures.create(b);
        Api.as("officer").get(path(id)).then().statusCode(200).body("participants[0].name", containsString("Hội của officer"));
        Api.as("officer").queryParam("from", day.toString()).queryParam("to", day.toString()).queryParam("mine", "true").get(EVENTS).then()
                .statusCode(200).body("items.id", contains(id));
        Api.as("officer2").queryParam("from", day.toString()).queryParam("to", day.toString()).get(EVENTS).then().statusCode(200)
                .body("items", empty());
        Api.as("officer2").get(path(id)).then().statusCode(404);
    }

    @Test
    void writesNeedTheCurrentVersionAndAreAudited() {
        LocalDate day = CalendarFixtures.freshDay();
        Map<String, Object> b = CalendarFixtures.body(Api.unique("Họp sửa đổi"), day, 8, 9);
        String id = CalendarFixtures.create(b);
        Api.as("staff").body(b).put(path(id)).then().statusCode(428).contentType("application/problem+json");
        b.put("title", "Họp đã đổi giờ");
        b.put("endsAt", CalendarFixtures.at(day, 10, 0));
        Api.as("staff").header("If-Match", "\"0\"").body(b).put(path(id)).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Họp đã đổi giờ")).body("version", equalTo(1));
        Api.as("staff").header("If-Match", "\"0\"").body(b).put(path(id)).then().statusCode(412);
        // never 304: the registration count and conflicts are live, the version only covers the event's own fields
        Api.as("staff").header("If-None-Match", "\"1\"").get(path(id)).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Họp đã đổi giờ"));
        Api.as("admin").queryParam("entityType", "calendar-event").queryParam("entityId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItem("update")).body("items.action", hasItem("create"));
        Api.as("staff").delete(path(id)).then().statusCode(428);
        Api.as("staff").header("If-Match", "\"1\"").delete(path(id)).then().statusCode(204);
        Api.as("staff").get(path(id)).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRetriedCreateWithTheSameKeyCreatesOnce() {
        LocalDate day = CalendarFixtures.freshDay();
        Map<String, Object> b = CalendarFixtures.body(Api.unique("Họp một lần"), day, 8, 9);
        String key = UUID.randomUUID().toString();
        String first = Api.as("staff").header("Idempotency-Key", key).body(b).post(EVENTS).then().statusCode(201).extract().path("id");
        String again = Api.as("staff").header("Idempotency-Key", key).body(b).post(EVENTS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        Api.as("staff").queryParam("from", day.toString()).queryParam("to", day.toString()).get(EVENTS).then().body("total", equalTo(1));
    }

    @Test
    void badRangesAre400NamingTheParameter() {
        Api.anonymous().get(EVENTS).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        Api.anonymous().queryParam("from", "2026-12-01").get(EVENTS).then().statusCode(400).body("errors[0].field", equalTo("to"));
        Api.anonymous().queryParam("from", "2026-12-10").queryParam("to", "2026-12-01").get(EVENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        Api.anonymous().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").get(EVENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        Api.anonymous().queryParam("from", "01/12/2026").queryParam("to", "2026-12-31").get(EVENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.anonymous().queryParam("from", "2026-12-01").queryParam("to", "2026-12-07").queryParam("kind", "party").get(EVENTS).then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        Api.anonymous().queryParam("from", "2026-12-01").queryParam("to", "2026-12-07").queryParam("mine", "yes").get(EVENTS).then()
                .statusCode(400).body("errors[0].field", equalTo("mine"));
        Api.anonymous().queryParam("from", "2026-12-01").queryParam("to", "2026-12-07").queryParam("size", "1000").get(EVENTS).then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
        Api.anonymous().get(EVENTS + "/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
        Api.anonymous().get(path(UUID.randomUUID().toString())).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badEventsAre400WithFieldErrorsInVietnameseFirst() {
        LocalDate day = CalendarFixtures.freshDay();
        assertField(with(CalendarFixtures.body("x", day, 10, 9)), "endsAt");
        Map<String, Object> noPlace = CalendarFixtures.body("x", day, 8, 9);
        noPlace.remove("place");
        assertField(noPlace, "place");
        Map<String, Object> script = CalendarFixtures.body("x", day, 8, 9);
        script.put("onlineUrl", "javascript:alert(1)");
        assertField(script, "onlineUrl");
        Map<String, Object> registration = CalendarFixtures.body("x", day, 8, 9);
        registration.put("registrationOpen", true);
        assertField(registration, "registrationOpen");
        Map<String, Object> unknown = CalendarFixtures.body("x", day, 8, 9);
        unknown.put("participants", List.of(CalendarFixtures.association(UUID.randomUUID().toString())));
        assertField(unknown, "participants[0].associationId");
        Map<String, Object> twice = CalendarFixtures.body("x", day, 8, 9);
        twice.put("participants", List.of(CalendarFixtures.user("expert"), CalendarFixtures.user("expert")));
        assertField(twice, "participants[1]");
        Map<String, Object> noName = CalendarFixtures.body("x", day, 8, 9);
        noName.put("participants", List.of(Map.of("kind", "external")));
        assertField(noName, "participants[0].name");
        Map<String, Object> badUser = CalendarFixtures.body("x", day, 8, 9);
        badUser.put("chairUsername", "Bad User");
        assertField(badUser, "chairUsername");
        Map<String, Object> longEvent = CalendarFixtures.body("x", day, 8, 9);
        longEvent.put("endsAt", CalendarFixtures.at(day.plusDays(40), 9, 0));
        assertField(longEvent, "endsAt");
        Map<String, Object> visibility = CalendarFixtures.body("x", day, 8, 9);
        visibility.put("visibility", "public");
        Api.as("staff").body(visibility).post(EVENTS).then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> time = CalendarFixtures.body("x", day, 8, 9);
        time.put("startsAt", "ngày mai");
        Api.as("staff").body(time).post(EVENTS).then().statusCode(400).contentType("application/problem+json");
        Api.as("staff").body("{\"title\": ").post(EVENTS).then().statusCode(400).contentType("application/problem+json");
        Api.as("staff").header("Accept-Language", "vi").body(CalendarFixtures.body("x", day, 10, 9)).post(EVENTS).then().statusCode(400)
                .body("errors[0].message", equalTo("phải sau thời điểm bắt đầu"));
        Api.as("staff").header("Accept-Language", "en").body(CalendarFixtures.body("x", day, 10, 9)).post(EVENTS).then().statusCode(400)
                .body("errors[0].message", equalTo("must be after startsAt"));
        Api.as("staff").queryParam("from", day.toString()).queryParam("to", day.toString()).get(EVENTS).then().body("items", empty());
    }

    private static Map<String, Object> with(Map<String, Object> b) {
        return b;
    }

    private static void assertField(Map<String, Object> body, String field) {
        Api.as("staff").body(body).post(EVENTS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("status", equalTo(400)).body("detail", notNullValue())
                .body("type", not(equalTo(null)));
    }
}
