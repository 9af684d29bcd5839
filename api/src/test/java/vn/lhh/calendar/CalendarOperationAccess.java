package vn.lhh.calendar;

import static vn.lhh.testsupport.access.AccessCatalogue.STALE;

import io.restassured.RestAssured;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;
import vn.lhh.testsupport.access.Outcome;

/**
 * The calendar's operations. Reading follows the event's visibility (hidden events are 404); a
 * participants-only meeting is seen by the office, its chairperson "expert" and the officer of its
 * participating association ("officer"), not by "expert2" or "officer2" (BOLA). Writes go stale or
 * invalid so that the scene stays as it is. The personal feed is read by its secret URL, without a token.
 */
public class CalendarOperationAccess implements OperationAccess {
    record Scene(LocalDate day, String everyone, String members, String participants, String workshop, String feedPath) {
        static Scene build() {
            LocalDate day = CalendarFixtures.freshDay();
            String own = Fixtures.associationOf("officer");
            String everyone = CalendarFixtures.create(CalendarFixtures.body(Api.unique("Sự kiện công khai (ma trận)"), day, 8, 9));
            Map<String, Object> m = CalendarFixtures.body(Api.unique("Họp hội viên (ma trận)"), day, 9, 10);
            m.put("visibility", "members");
            Map<String, Object> p = CalendarFixtures.body(Api.unique("Họp tổ chuyên gia (ma trận)"), day, 13, 14);
            p.put("visibility", "participants");
            p.put("chairUsername", "expert");
            p.put("participants", List.of(CalendarFixtures.association(own)));
            String workshop = CalendarFixtures.create(CalendarFixtures.workshop(Api.unique("Hội thảo (ma trận)"), day, null));
            String url = Api.as("officer2").post("/api/v1/calendar/feed-token").then().statusCode(201).extract().path("url");
            return new Scene(day, everyone, CalendarFixtures.create(m), CalendarFixtures.create(p), workshop, URI.create(url).getPath());
        }
    }

    /** The union's signed-in people: the office, association officers and experts (not partners, coordinators or judges). */
    static final String[] MEMBERS = {"admin", "staff", "association-officer", "expert"};

    @Override
    public void declare(AccessCatalogue c) {
        c.feature("calendar", Scene::build)
                .op("exportCalendarEvents", (as, s) -> as.queryParam("format", "csv").queryParam("from", s.day().toString())
                        .queryParam("to", s.day().toString()).get(CalendarFixtures.EVENTS + "/export"), Expect.everyone())
                .op("listCalendarEvents", (as, s) -> as.queryParam("from", s.day().toString()).queryParam("to", s.day().toString())
                        .get(CalendarFixtures.EVENTS), Expect.everyone())
                .op("getCalendarEvent", "public", (as, s) -> as.get(CalendarFixtures.path(s.everyone())), Expect.everyone())
                .op("getCalendarEvent", "members", (as, s) -> as.get(CalendarFixtures.path(s.members())), Expect.visibleTo(MEMBERS))
                .op("getCalendarEvent", "participants only", (as, s) -> as.get(CalendarFixtures.path(s.participants())),
                        Expect.visibleTo("admin", "staff").but(Outcome.ALLOW, "officer", "expert"))
                .op("createCalendarEvent", (as, s) -> as.body(Map.of("kind", "meeting")).post(CalendarFixtures.EVENTS), Expect.office())
                .op("replaceCalendarEvent", (as, s) -> as.header("If-Match", STALE).body(CalendarFixtures.body("x", s.day(), 8, 9))
                        .put(CalendarFixtures.path(s.everyone())), Expect.office())
                .op("deleteCalendarEvent", (as, s) -> as.header("If-Match", STALE).delete(CalendarFixtures.path(s.everyone())), Expect.office())
                .op("registerForCalendarEvent", (as, s) -> as.body(Map.of("fullName", "x")).post(CalendarFixtures.path(s.workshop()) + "/registrations"),
                        Expect.everyone())
                .op("confirmCalendarRegistration", (as, s) -> as.body(Map.of("token", "")).post(CalendarFixtures.EVENTS + "/registration-confirmations"),
                        Expect.everyone())
                .op("listCalendarEventRegistrations", (as, s) -> as.get(CalendarFixtures.path(s.workshop()) + "/registrations"), Expect.office())
                .op("exportCalendarEventRegistrations", (as, s) -> as.queryParam("format", "csv")
                        .get(CalendarFixtures.path(s.workshop()) + "/registrations/export"), Expect.office())
                .op("getPublicCalendarFeed", (as, s) -> as.accept("text/calendar").get("/api/v1/calendar/public.ics"), Expect.everyone())
                .op("getPersonalCalendarFeed", (as, s) -> RestAssured.given().accept("text/calendar").get(s.feedPath()),
                        Expect.everyone().replace(Outcome.ALLOW, Outcome.OK))
                .op("getMyCalendarFeedStatus", (as, s) -> as.get("/api/v1/calendar/feed-token"), Expect.roles(MEMBERS))
                .op("rotateMyCalendarFeedToken", (as, s) -> as.post("/api/v1/calendar/feed-token"), Expect.roles(MEMBERS))
                .op("revokeMyCalendarFeedToken", (as, s) -> as.delete("/api/v1/calendar/feed-token"), Expect.roles(MEMBERS));
    }
}
