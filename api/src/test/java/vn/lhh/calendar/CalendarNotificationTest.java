package vn.lhh.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.lhh.notification.reminder.Outbox;
import vn.lhh.notification.reminder.Mails;
import vn.lhh.notification.reminder.ReminderJob;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * Events tell their participants (named users, the officers of named associations) when they are added, when the
 * event moves and before it; a workshop's registrants (an address, no account) when registered and the day before.
 */
@QuarkusTest
class CalendarNotificationTest {
    @Inject
    DataSource ds;
    @Inject
    ReminderJob job;

    static Set<String> recipients(List<Outbox.Row> rows) {
        return rows.stream().map(Outbox.Row::recipient).collect(Collectors.toSet());
    }

    @Test
    void participantsAreInvitedToldOfChangesAndReminded() {
        String association = Fixtures.associationOf("officer2");
        LocalDate day = CalendarFixtures.freshDay();
        String title = Api.unique("Họp Ban Thường vụ mở rộng về đề án Khoa học và Công nghệ");
        Map<String, Object> body = CalendarFixtures.body(title, day, 8, 11);
        body.put("participants", new ArrayList<>(List.of(CalendarFixtures.user("officer"), CalendarFixtures.association(association),
                CalendarFixtures.user("staff"))));
        String id = CalendarFixtures.create(body);

        List<Outbox.Row> invited = Outbox.rows(ds, "event-invitation", "event:" + id);
        // staff wrote it and is not told
        assertEquals(Set.of("officer", "officer2"), recipients(invited));
        Outbox.Row r = invited.get(0);
        assertTrue(r.title().contains("Mời tham dự: " + title), r.title());
        assertEquals("/calendar/events/" + id, r.link());
        Mails.check(Mails.one("officer2@lhh.demo", "Mời tham dự: " + title), "Mời tham dự: " + title, "/calendar/events/" + id);
        assertTrue(r.data().contains("08:00 " + String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear())), r.data());

        // moved by an hour, with the expert added: the expert is invited, the others told of the change
        body.put("startsAt", CalendarFixtures.at(day, 9, 0));
        body.put("participants", new ArrayList<>(List.of(CalendarFixtures.user("officer"), CalendarFixtures.association(association),
                CalendarFixtures.user("staff"), CalendarFixtures.user("expert"))));
        Api.as("staff").header("If-Match", Fixtures.etag(CalendarFixtures.path(id))).body(body).put(CalendarFixtures.path(id)).then().statusCode(200);
        assertEquals(Set.of("officer", "officer2", "expert"), recipients(Outbox.rows(ds, "event-invitation", "event:" + id)));
        List<Outbox.Row> changed = Outbox.rows(ds, "event-changed", "event:" + id);
        assertEquals(Set.of("officer", "officer2"), recipients(changed));
        assertTrue(changed.get(0).title().contains("Thay đổi lịch: " + title), changed.get(0).title());
        // a change of the agenda's wording alone is not worth a mail
        body.put("agenda", "1. Báo cáo\n2. Thảo luận");
        Api.as("staff").header("If-Match", Fixtures.etag(CalendarFixtures.path(id))).body(body).put(CalendarFixtures.path(id)).then().statusCode(200);
        assertEquals(2, Outbox.rows(ds, "event-changed", "event:" + id).size());

        // two hours before: everyone taking part, staff included; once however often the job runs
        var starts = OffsetDateTime.parse(CalendarFixtures.at(day, 9, 0)).toInstant();
        job.run(day, starts.minusSeconds(7200));
        job.run(day, starts.minusSeconds(3600));
        List<Outbox.Row> reminders = Outbox.rows(ds, "event-reminder", "event:" + id);
        assertEquals(Set.of("officer", "officer2", "staff", "expert"), recipients(reminders));
        assertEquals(4, reminders.size());
    }

    @Test
    void workshopRegistrantsAreMailedAtTheirAddress() {
        LocalDate day = CalendarFixtures.freshDay();
        String title = Api.unique("Hội thảo Chuyển đổi số trong nông nghiệp");
        String id = CalendarFixtures.create(CalendarFixtures.workshop(title, day, 50));
        String email = Api.unique("Nguyen.Van.An").replaceAll("[^A-Za-z0-9.]", "") + "@Example.vn";
        Api.anonymous().body(Map.of("fullName", "Nguyễn Văn An", "email", email, "organisation", "Hội Tin học"))
                .post(CalendarFixtures.path(id) + "/registrations").then().statusCode(202);
        // first the link that confirms it, to the address given; nothing else until it is followed
        List<Outbox.Row> links = Outbox.to(ds, "workshop-registration-confirm", email.toLowerCase());
        assertEquals(1, links.size());
        assertTrue(links.get(0).title().contains("Xác nhận đăng ký dự hội thảo: " + title), links.get(0).title());
        assertTrue(links.get(0).link().startsWith("/workshop-registration/confirm?token="), links.get(0).link());
        assertTrue(Outbox.to(ds, "workshop-registration-confirmed", email.toLowerCase()).isEmpty());
        String secret = CalendarFixtures.confirmationSecret(ds, email);
        Mails.check(Mails.one(email.toLowerCase(), "Xác nhận đăng ký dự hội thảo: " + title), "Xác nhận đăng ký dự hội thảo: " + title,
                "/workshop-registration/confirm?token=" + secret);
        String registration = CalendarFixtures.confirm(secret).then().statusCode(200).extract().path("id");
        List<Outbox.Row> confirmed = Outbox.rows(ds, "workshop-registration-confirmed", "registration:" + registration);
        assertEquals(1, confirmed.size());
        assertEquals("address", confirmed.get(0).recipientType());
        assertEquals(email.toLowerCase(), confirmed.get(0).recipient());
        assertTrue(confirmed.get(0).title().contains("Xác nhận đăng ký: " + title), confirmed.get(0).title());
        assertEquals("/calendar/events/" + id, confirmed.get(0).link());
        assertTrue(confirmed.get(0).data().contains("Nguyễn Văn An"));
        Mails.check(Mails.one(email.toLowerCase(), "Xác nhận đăng ký: " + title), "Xác nhận đăng ký: " + title, "/calendar/events/" + id);

        var starts = OffsetDateTime.parse(CalendarFixtures.at(day, 8, 0)).toInstant();
        // two days before: not yet; the day before: once
        job.run(day, starts.minusSeconds(48 * 3600));
        assertTrue(Outbox.rows(ds, "workshop-reminder", "registration:" + registration).isEmpty());
        job.run(day, starts.minusSeconds(20 * 3600));
        job.run(day, starts.minusSeconds(10 * 3600));
        List<Outbox.Row> reminded = Outbox.rows(ds, "workshop-reminder", "registration:" + registration);
        assertEquals(1, reminded.size());
        assertTrue(reminded.get(0).title().contains("Nhắc lịch hội thảo ngày mai: " + title), reminded.get(0).title());
    }

    @Test
    void aRegistrantOfAMembersOnlyWorkshopGetsNoLinkTheyCouldNotOpen() {
        LocalDate day = CalendarFixtures.freshDay();
        Map<String, Object> body = CalendarFixtures.workshop(Api.unique("Hội thảo nội bộ"), day, null);
        body.put("visibility", "members");
        String id = CalendarFixtures.create(body);
        String registration = CalendarFixtures.registerConfirmed(ds, Api.as("officer"), id,
                Map.of("fullName", "Trần Thị Bình", "email", "binh." + System.nanoTime() + "@example.vn"));
        List<Outbox.Row> confirmed = Outbox.rows(ds, "workshop-registration-confirmed", "registration:" + registration);
        assertEquals(1, confirmed.size());
        assertNull(confirmed.get(0).link());
    }
}
