package vn.lhh.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.calendar.CalendarFixtures.confirm;
import static vn.lhh.calendar.CalendarFixtures.confirmationSecret;
import static vn.lhh.calendar.CalendarFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.lhh.calendar.service.CalendarService;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.notification.reminder.Outbox;
import vn.lhh.testsupport.Api;

/**
 * Workshop registration, double opt-in: a seat is held only once the registration is confirmed from its
 * e-mail; the answer never tells whether an address is registered; capacity under concurrent confirmations;
 * the deadline; expired links; personal data for the office only.
 */
@QuarkusTest
class CalendarRegistrationTest {
    @Inject
    DataSource ds;
    @Inject
    CalendarService calendar;

    static Map<String, Object> registrant(String name, String email) {
        return Map.of("fullName", name, "email", email, "organisation", "Trường Đại học Vinh");
    }

    static String address(String who) {
        return who + "-" + UUID.randomUUID() + "@example.vn";
    }

    @Test
    void twiceTheCapacityConfirmingAtOnceFillsItExactly() throws Exception {
        int capacity = 4;
        String id = CalendarFixtures.create(CalendarFixtures.workshop(Api.unique("Hội thảo song song"), CalendarFixtures.freshDay(), capacity));
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 2 * capacity; i++) {
            String email = address("nguoi" + i);
            Api.anonymous().body(registrant("Người đăng ký " + i, email)).post(path(id) + "/registrations").then().statusCode(202);
            secrets.add(confirmationSecret(ds, email));
        }
        // pending registrations hold no seat
        Api.anonymous().get(path(id)).then().statusCode(200).body("registration.registered", equalTo(0));
        ExecutorService pool = Executors.newFixedThreadPool(2 * capacity);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        for (String secret : secrets) {
            calls.add(pool.submit(() -> {
                start.await();
                return confirm(secret);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> f : calls) {
            statuses.add(f.get().statusCode());
        }
        pool.shutdown();
        assertEquals(capacity, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(capacity, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        Api.as("staff").get(path(id) + "/registrations").then().statusCode(200).body("total", equalTo(capacity));
        Api.anonymous().get(path(id)).then().statusCode(200).body("registration.registered", equalTo(capacity))
                .body("registration.remaining", equalTo(0)).body("registration.acceptingNow", equalTo(false));
        Api.anonymous().body(registrant("Muộn", address("muon"))).post(path(id) + "/registrations").then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
    }

    @Test
    void theAnswerIsTheSameForEveryAddressAndOnlyTheLatestLinkConfirms() {
        String id = CalendarFixtures.create(CalendarFixtures.workshop(Api.unique("Hội thảo khoa học"), CalendarFixtures.freshDay(), null));
        String email = address("lan");
        String first = Api.anonymous().header("Accept-Language", "vi").body(registrant("Trần Thị Lan", email))
                .post(path(id) + "/registrations").then().statusCode(202).extract().path("message");
        assertTrue(first.contains("thư xác nhận"), first);
        String firstSecret = confirmationSecret(ds, email);
        // again, in other letters: the same answer, and a new link that replaces the first
        String second = Api.anonymous().header("Accept-Language", "vi").body(registrant("Trần Thị Lan", email.toUpperCase()))
                .post(path(id) + "/registrations").then().statusCode(202).extract().path("message");
        assertEquals(first, second);
        String secondSecret = confirmationSecret(ds, email);
        assertNotEquals(firstSecret, secondSecret);
        confirm(firstSecret).then().statusCode(404).contentType("application/problem+json");
        confirm(secondSecret).then().statusCode(200).body("email", equalTo(email)).body("username", nullValue())
                .body("confirmedAt", notNullValue());
        confirm(secondSecret).then().statusCode(404);
        // a confirmed address: still the same answer, and no new link
        int links = Outbox.to(ds, "workshop-registration-confirm", email).size();
        String third = Api.anonymous().header("Accept-Language", "vi").body(registrant("Người khác", email))
                .post(path(id) + "/registrations").then().statusCode(202).extract().path("message");
        assertEquals(first, third);
        assertEquals(links, Outbox.to(ds, "workshop-registration-confirm", email).size());

        String expertEmail = address("cg");
        String registration = CalendarFixtures.registerConfirmed(ds, Api.as("expert"), id, registrant("Chuyên gia", expertEmail));
        Api.as("staff").get(path(id) + "/registrations").then().statusCode(200).body("total", equalTo(2))
                .body("items.fullName", contains("Trần Thị Lan", "Chuyên gia")).body("items[1].id", equalTo(registration))
                .body("items[1].username", equalTo("expert"));
        // a pending registration is neither counted nor listed
        Api.anonymous().body(registrant("Chưa xác nhận", address("cho"))).post(path(id) + "/registrations").then().statusCode(202);
        Api.anonymous().get(path(id)).then().statusCode(200).body("registration.registered", equalTo(2))
                .body("registration.remaining", nullValue()).body("registration.acceptingNow", equalTo(true));
        Api.as("staff").get(path(id) + "/registrations").then().body("total", equalTo(2));
        Api.as("expert").get(path(id) + "/registrations").then().statusCode(403);
        Api.anonymous().get(path(id) + "/registrations").then().statusCode(401);
        // the audit log does not copy the personal data
        String audit = Api.as("admin").queryParam("entityType", "calendar-registration").get("/api/v1/audit-events").asString();
        assertEquals(false, audit.contains(email), "no e-mail address in the audit log");
    }

    @Test
    void anAddressCannotBeFloodedWithLinks() {
        String id = CalendarFixtures.create(CalendarFixtures.workshop(Api.unique("Hội thảo giới hạn"), CalendarFixtures.freshDay(), null));
        String email = address("flood");
        for (int i = 0; i < 3; i++) {
            Api.anonymous().body(registrant("A", email)).post(path(id) + "/registrations").then().statusCode(202);
        }
        Api.anonymous().body(registrant("A", email)).post(path(id) + "/registrations").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
        assertEquals(3, Outbox.to(ds, "workshop-registration-confirm", email).size());
    }

    @Test
    void anExpiredLinkIsRefusedAndItsPendingRegistrationForgotten() {
        String id = CalendarFixtures.create(CalendarFixtures.workshop(Api.unique("Hội thảo hết hạn"), CalendarFixtures.freshDay(), null));
        String email = address("het-han");
        Api.anonymous().body(registrant("Hết Hạn", email)).post(path(id) + "/registrations").then().statusCode(202);
        String secret = confirmationSecret(ds, email);
        Outbox.execute(ds, "UPDATE calendar_registration SET confirm_expires_at = now() - interval '1 minute' WHERE lower(email) = ?", email);
        confirm(secret).then().statusCode(409).contentType("application/problem+json").body("type", containsString("deadline"));
        assertTrue(calendar.purgeExpiredRegistrations(Instant.now()) >= 1);
        confirm(secret).then().statusCode(404);
        // registering again starts afresh
        Api.anonymous().body(registrant("Hết Hạn", email)).post(path(id) + "/registrations").then().statusCode(202);
        confirm(confirmationSecret(ds, email)).then().statusCode(200);
    }

    @Test
    void registrationClosesAtItsDeadlineAndOnlyWorkshopsTakeIt() {
        LocalDate past = ProvinceClock.today().minusDays(3);
        Map<String, Object> closed = CalendarFixtures.workshop(Api.unique("Hội thảo đã đóng đăng ký"), CalendarFixtures.freshDay(), 50);
        closed.put("registrationClosesAt", CalendarFixtures.at(past, 17, 0));
        String id = CalendarFixtures.create(closed);
        Api.anonymous().header("Accept-Language", "vi").body(registrant("Muộn", "muon@example.vn")).post(path(id) + "/registrations").then()
                .statusCode(409).contentType("application/problem+json").body("detail", equalTo("Đã hết hạn đăng ký lúc " + past + " 17:00 (giờ Việt Nam)."));
        Api.anonymous().get(path(id)).then().body("registration.acceptingNow", equalTo(false)).body("registration.open", equalTo(true));
        Map<String, Object> notOpen = CalendarFixtures.workshop(Api.unique("Hội thảo chưa mở"), CalendarFixtures.freshDay(), null);
        notOpen.put("registrationOpen", false);
        String shut = CalendarFixtures.create(notOpen);
        Api.anonymous().body(registrant("A", "a@example.vn")).post(path(shut) + "/registrations").then().statusCode(409);
        String meeting = CalendarFixtures.create(CalendarFixtures.body(Api.unique("Họp thường kỳ"), CalendarFixtures.freshDay(), 8, 9));
        Api.anonymous().body(registrant("A", "a@example.vn")).post(path(meeting) + "/registrations").then().statusCode(409);
        Map<String, Object> late = CalendarFixtures.workshop(Api.unique("Hội thảo sai hạn"), LocalDate.of(2040, 1, 10), null);
        late.put("registrationClosesAt", CalendarFixtures.at(LocalDate.of(2040, 1, 11), 8, 0));
        Api.as("staff").body(late).post(CalendarFixtures.EVENTS).then().statusCode(400).body("errors[0].field", equalTo("registrationClosesAt"));
    }

    @Test
    void badRegistrationsAndLinksAre400Or404() {
        String id = CalendarFixtures.create(CalendarFixtures.workshop(Api.unique("Hội thảo kiểm tra"), CalendarFixtures.freshDay(), null));
        Api.anonymous().body(Map.of("fullName", "A", "email", "khong-phai-email")).post(path(id) + "/registrations").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("email"));
        Api.anonymous().body(Map.of("email", "a@example.vn")).post(path(id) + "/registrations").then().statusCode(400)
                .body("errors.field", contains("fullName"));
        Api.anonymous().body(Map.of("fullName", "x".repeat(201), "email", "a@example.vn", "organisation", "y".repeat(301)))
                .post(path(id) + "/registrations").then().statusCode(400).body("errors.field", containsInAnyOrder("fullName", "organisation"));
        Api.anonymous().body("[]").post(path(id) + "/registrations").then().statusCode(400).contentType("application/problem+json");
        Api.anonymous().body(registrant("A", "a@example.vn")).post(path(UUID.randomUUID().toString()) + "/registrations").then().statusCode(404);
        Api.as("staff").queryParam("size", "0").get(path(id) + "/registrations").then().statusCode(400).body("errors[0].field", equalTo("size"));
        confirm("").then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("token"));
        confirm("x".repeat(101)).then().statusCode(400).body("errors[0].field", equalTo("token"));
        confirm("khong-co-that").then().statusCode(404).contentType("application/problem+json");
        Api.anonymous().body("{}").post(CalendarFixtures.EVENTS + "/registration-confirmations").then().statusCode(400)
                .body("errors[0].field", equalTo("token"));
    }
}
