package vn.lhh.calendar;

import static vn.lhh.calendar.CalendarFixtures.EVENTS;
import static vn.lhh.calendar.CalendarFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * Who may call each calendar route. Reading follows the event's visibility (others get 404, so that
 * an event's existence does not leak); taking part (chairperson "expert", officer of a participating
 * association "officer") shows a participants-only event; only the office writes and sees registrants.
 */
@QuarkusTest
class CalendarAuthorizationTest {
    static final String STALE = "\"999\"";

    record Scene(LocalDate day, String everyone, String members, String office, String participants, String workshop) {
        static Scene build() {
            LocalDate day = CalendarFixtures.freshDay();
            String own = Fixtures.associationOf("officer");
            Fixtures.associationOf("officer2");
            String everyone = CalendarFixtures.create(CalendarFixtures.body(Api.unique("Sự kiện công khai"), day, 8, 9));
            Map<String, Object> m = CalendarFixtures.body(Api.unique("Họp hội viên"), day, 9, 10);
            m.put("visibility", "members");
            Map<String, Object> o = CalendarFixtures.body(Api.unique("Giao ban văn phòng"), day, 10, 11);
            o.put("visibility", "office");
            Map<String, Object> p = CalendarFixtures.body(Api.unique("Họp tổ chuyên gia"), day, 13, 14);
            p.put("visibility", "participants");
            p.put("chairUsername", "expert");
            p.put("participants", List.of(CalendarFixtures.association(own)));
            return new Scene(day, everyone, CalendarFixtures.create(m), CalendarFixtures.create(o), CalendarFixtures.create(p),
                    CalendarFixtures.create(CalendarFixtures.workshop(Api.unique("Hội thảo ma trận"), day, null)));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRouteChecksWhoCalls() {
        Map<String, Object> registrant = Map.of("fullName", "Nguyễn Văn A", "email", "a@example.vn");
        //                                                                                          anon admin staff off off2 exp exp2 partner
        return new AccessMatrix<>(Scene::build)
                .row("list events", (as, s) -> as.queryParam("from", s.day().toString()).queryParam("to", s.day().toString()).get(EVENTS),
                        200, 200, 200, 200, 200, 200, 200, 200)
                .row("list my events", (as, s) -> as.queryParam("from", s.day().toString()).queryParam("to", s.day().toString())
                        .queryParam("mine", "true").get(EVENTS), 401, 200, 200, 200, 200, 200, 200, 200)
                .row("get public event", (as, s) -> as.get(path(s.everyone())), 200, 200, 200, 200, 200, 200, 200, 200)
                .row("get members event", (as, s) -> as.get(path(s.members())), 404, 200, 200, 200, 200, 200, 200, 404)
                .row("get office event", (as, s) -> as.get(path(s.office())), 404, 200, 200, 404, 404, 404, 404, 404)
                .row("get participants-only event", (as, s) -> as.get(path(s.participants())), 404, 200, 200, 200, 404, 200, 404, 404)
                .row("create event (invalid body)", (as, s) -> as.body(Map.of()).post(EVENTS), 401, 400, 400, 403, 403, 403, 403, 403)
                .row("replace event (stale)", (as, s) -> as.header("If-Match", STALE).body(CalendarFixtures.body("x", s.day(), 8, 9)).put(path(s.office())),
                        401, 412, 412, 403, 403, 403, 403, 403)
                .row("delete event (stale)", (as, s) -> as.header("If-Match", STALE).delete(path(s.office())), 401, 412, 412, 403, 403, 403, 403, 403)
                .row("register (invalid body)", (as, s) -> as.body(Map.of("fullName", "x")).post(path(s.workshop()) + "/registrations"),
                        400, 400, 400, 400, 400, 400, 400, 400)
                .row("register for a participants-only meeting", (as, s) -> as.body(registrant).post(path(s.participants()) + "/registrations"),
                        404, 409, 409, 409, 404, 409, 404, 404)
                .row("confirm a registration (unknown link)", (as, s) -> as.body(Map.of("token", "khong-co-that"))
                        .post(EVENTS + "/registration-confirmations"), 404, 404, 404, 404, 404, 404, 404, 404)
                .row("list registrations", (as, s) -> as.get(path(s.workshop()) + "/registrations"), 401, 200, 200, 403, 403, 403, 403, 403)
                .row("public iCalendar feed", (as, s) -> as.accept("text/calendar").get("/api/v1/calendar/public.ics"),
                        200, 200, 200, 200, 200, 200, 200, 200)
                .row("personal feed, unknown token", (as, s) -> as.accept("text/calendar")
                        .get("/api/v1/calendar/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"), 404, 404, 404, 404, 404, 404, 404, 404)
                .row("feed status", (as, s) -> as.get("/api/v1/calendar/feed-token"), 401, 200, 200, 200, 200, 200, 200, 403)
                .row("rotate feed token", (as, s) -> as.post("/api/v1/calendar/feed-token"), 401, 201, 201, 201, 201, 201, 201, 403)
                .row("revoke feed token", (as, s) -> as.delete("/api/v1/calendar/feed-token"), 401, 204, 204, 204, 204, 204, 204, 403)
                .tests();
    }
}
