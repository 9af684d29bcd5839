package vn.lhh.calendar;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.testsupport.Api;

/** The iCalendar feeds, parsed by ical4j: the public one anonymously, the personal one by its secret URL. */
@QuarkusTest
class CalendarFeedTest {

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static Optional<VEvent> event(Calendar c, String id) {
        return c.<VEvent>getComponents("VEVENT").stream().filter(e -> e.getUid().map(u -> u.getValue().equals(id + "@lhh")).orElse(false)).findFirst();
    }

    static String value(VEvent e, String property) {
        return e.<Property>getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
    }

    @Test
    void thePublicFeedListsPublicEventsOnlyWithTheirProvinceTimes() throws Exception {
        LocalDate day = ProvinceClock.today().plusDays(20);
        String title = Api.unique("Hội thảo \"Cam Vinh\"; giống, kỹ thuật, thị trường — một tiêu đề thật dài để phải gấp dòng ở 75 octet");
        Map<String, Object> b = CalendarFixtures.workshop(title, day, 100);
        b.put("agenda", "Phiên 1: Giống cam\nPhiên 2: Thị trường, xuất khẩu\\liên kết");
        b.put("startsAt", CalendarFixtures.at(day, 8, 30));
        String id = CalendarFixtures.create(b);
        Map<String, Object> hidden = CalendarFixtures.body(Api.unique("Giao ban nội bộ"), day, 8, 9);
        hidden.put("visibility", "members");
        String hiddenId = CalendarFixtures.create(hidden);

        var res = Api.anonymous().accept("text/calendar").get("/api/v1/calendar/public.ics");
        res.then().statusCode(200).contentType(startsWith("text/calendar"));
        byte[] raw = res.asByteArray();
        String ics = new String(raw, StandardCharsets.UTF_8);
        for (String line : ics.split("\r\n", -1)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
            assertFalse(line.contains("\n"), "CRLF only");
        }
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        Calendar cal = parse(ics);
        VEvent e = event(cal, id).orElseThrow(() -> new AssertionError("public workshop in the feed"));
        assertEquals(title, value(e, "SUMMARY"));
        DtStart<?> dtStart = e.<DtStart<?>>getProperty("DTSTART").orElseThrow();
        assertEquals("Asia/Ho_Chi_Minh", dtStart.<Parameter>getParameter("TZID").orElseThrow().getValue());
        Temporal start = dtStart.getDate();
        ZonedDateTime local = ZonedDateTime.from(start).withZoneSameInstant(ProvinceClock.ZONE);
        assertEquals(day.atTime(8, 30), local.toLocalDateTime());
        assertTrue(value(e, "DESCRIPTION").contains("Phiên 2: Thị trường, xuất khẩu\\liên kết"), value(e, "DESCRIPTION"));
        assertEquals("Phòng họp tầng 3, trụ sở Liên hiệp hội", value(e, "LOCATION"));
        assertTrue(event(cal, hiddenId).isEmpty(), "a members-only event is not in the public feed");
    }

    @Test
    void thePersonalFeedNeedsNoBearerTokenAndStopsWhenRotated() throws Exception {
        LocalDate day = ProvinceClock.today().plusDays(10);
        Map<String, Object> b = CalendarFixtures.body(Api.unique("Họp tổ chuyên gia, kín"), day, 14, 16);
        b.put("visibility", "participants");
        b.put("participants", List.of(CalendarFixtures.user("expert2")));
        String id = CalendarFixtures.create(b);
        String other = CalendarFixtures.create(CalendarFixtures.body(Api.unique("Họp không có expert2"), day, 8, 9));

        Api.as("expert2").get("/api/v1/calendar/feed-token").then().statusCode(200);
        String url = Api.as("expert2").post("/api/v1/calendar/feed-token").then().statusCode(201).header("Cache-Control", "no-store")
                .extract().path("url");
        Api.as("expert2").get("/api/v1/calendar/feed-token").then().statusCode(200).body("active", org.hamcrest.Matchers.equalTo(true));
        String path = URI.create(url).getPath();
        // a calendar app sends no Authorization header
        String ics = RestAssured.given().accept("text/calendar").get(path).then().statusCode(200).header("Cache-Control", "private, no-store")
                .extract().asString();
        Calendar cal = parse(ics);
        VEvent mine = event(cal, id).orElseThrow(() -> new AssertionError("own participants-only meeting in the feed"));
        assertEquals("PRIVATE", value(mine, "CLASS"));
        assertTrue(event(cal, other).isEmpty(), "only the owner's events");

        String rotated = Api.as("expert2").post("/api/v1/calendar/feed-token").then().statusCode(201).extract().path("url");
        RestAssured.given().accept("text/calendar").get(path).then().statusCode(404).contentType("application/problem+json");
        RestAssured.given().accept("text/calendar").get(URI.create(rotated).getPath()).then().statusCode(200);
        Api.as("expert2").delete("/api/v1/calendar/feed-token").then().statusCode(204);
        RestAssured.given().accept("text/calendar").get(URI.create(rotated).getPath()).then().statusCode(404);
        Api.as("expert2").delete("/api/v1/calendar/feed-token").then().statusCode(404);
        Api.as("expert2").get("/api/v1/calendar/feed-token").then().statusCode(200).body("active", org.hamcrest.Matchers.equalTo(false));
        RestAssured.given().accept("text/calendar").get("/api/v1/calendar/feeds/short.ics").then().statusCode(404);
    }
}
