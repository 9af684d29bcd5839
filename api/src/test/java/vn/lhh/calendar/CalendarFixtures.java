package vn.lhh.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.lhh.notification.reminder.Outbox;
import vn.lhh.notification.service.LinkSecrets;
import io.quarkus.arc.Arc;
import vn.lhh.testsupport.Api;

/** Calendar events through the API with real tokens. Each test takes a day of its own, far ahead, so that tests never share a range. */
final class CalendarFixtures {
    static final String EVENTS = "/api/v1/calendar/events";
    static final ZoneOffset VN = ZoneOffset.ofHours(7);

    private CalendarFixtures() {
    }

    /** A random day in 2031–2060: ranges and conflicts of one test do not meet another's. */
    static LocalDate freshDay() {
        return LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 365 * 30));
    }

    static String at(LocalDate day, int hour, int minute) {
        return OffsetDateTime.of(day, LocalTime.of(hour, minute), VN).toString();
    }

    static Map<String, Object> body(String title, LocalDate day, int fromHour, int toHour) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "meeting");
        b.put("title", title);
        b.put("agenda", "1. Báo cáo công tác tháng\n2. Kế hoạch tháng tới");
        b.put("startsAt", at(day, fromHour, 0));
        b.put("endsAt", at(day, toHour, 0));
        b.put("place", "Phòng họp tầng 3, trụ sở Liên hiệp hội");
        b.put("chairName", "Chủ tịch Liên hiệp hội");
        b.put("visibility", "everyone");
        b.put("participants", new ArrayList<>(List.of(Map.of("kind", "external", "name", "Sở Khoa học và Công nghệ"))));
        return b;
    }

    static Map<String, Object> user(String username) {
        return Map.of("kind", "user", "username", username);
    }

    static Map<String, Object> association(String id) {
        return Map.of("kind", "association", "associationId", id);
    }

    static String create(Map<String, Object> body) {
        return Api.as("staff").body(body).post(EVENTS).then().statusCode(201).extract().path("id");
    }

    /** An open workshop visible to everyone. */
    static Map<String, Object> workshop(String title, LocalDate day, Integer capacity) {
        Map<String, Object> b = body(title, day, 8, 17);
        b.put("kind", "workshop");
        b.put("registrationOpen", true);
        if (capacity != null) {
            b.put("capacity", capacity);
        }
        return b;
    }

    static String path(String id) {
        return EVENTS + "/" + id;
    }

    private static final Pattern LINK_SECRET = Pattern.compile("token=\\{secret:([A-Za-z0-9._:-]+)}");

    /**
     * The secret of the newest confirmation link queued for an address: what its mail carries. The outbox holds
     * only a stand-in; the secret is derived from it as the dispatcher does when it sends the mail.
     */
    static String confirmationSecret(DataSource ds, String email) {
        List<Outbox.Row> links = Outbox.to(ds, "workshop-registration-confirm", email.toLowerCase(Locale.ROOT));
        if (links.isEmpty()) {
            throw new AssertionError("no confirmation link queued for " + email);
        }
        Matcher m = LINK_SECRET.matcher(links.get(links.size() - 1).link());
        if (!m.find()) {
            throw new AssertionError("no secret in " + links.get(links.size() - 1).link());
        }
        return Arc.container().instance(LinkSecrets.class).get().token(m.group(1));
    }

    /** Registers (202) as the given caller, confirms from the mail's link, and returns the confirmed registration's id. */
    static String registerConfirmed(DataSource ds, RequestSpecification as, String eventId, Map<String, Object> registrant) {
        as.body(registrant).post(path(eventId) + "/registrations").then().statusCode(202);
        return confirm(confirmationSecret(ds, (String) registrant.get("email"))).then().statusCode(200).extract().path("id");
    }

    static Response confirm(String secret) {
        return Api.anonymous().body(Map.of("token", secret)).post(EVENTS + "/registration-confirmations");
    }
}
