package vn.lhh.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.calendar.CalendarFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.testsupport.Api;

/** Workshop registration: capacity under concurrency, the deadline, one registration per address, personal data for the office only. */
@QuarkusTest
class CalendarRegistrationTest {

    static Map<String, Object> registrant(String name, String email) {
        return Map.of("fullName", name, "email", email, "organisation", "Trường Đại học Vinh");
    }

    @Test
    void twiceTheCapacityRegisteringAtOnceFillsItExactly() throws Exception {
        int capacity = 4;
        String id = CalendarFixtures.create(CalendarFixtures.workshop(Api.unique("Hội thảo song song"), CalendarFixtures.freshDay(), capacity));
        ExecutorService pool = Executors.newFixedThreadPool(2 * capacity);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 2 * capacity; i++) {
            var body = registrant("Người đăng ký " + i, "nguoi" + i + "-" + UUID.randomUUID() + "@example.vn");
            calls.add(pool.submit(() -> {
                start.await();
                return Api.anonymous().body(body).post(path(id) + "/registrations");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> f : calls) {
            statuses.add(f.get().statusCode());
        }
        pool.shutdown();
        assertEquals(capacity, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(capacity, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        Api.as("staff").get(path(id) + "/registrations").then().statusCode(200).body("total", equalTo(capacity));
        Api.anonymous().get(path(id)).then().statusCode(200).body("registration.registered", equalTo(capacity))
                .body("registration.remaining", equalTo(0)).body("registration.acceptingNow", equalTo(false));
        Api.anonymous().body(registrant("Muộn", "muon@example.vn")).post(path(id) + "/registrations").then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
    }

    @Test
    void oneRegistrationPerAddressAndTheOfficeSeesWhoRegistered() {
        String id = CalendarFixtures.create(CalendarFixtures.workshop(Api.unique("Hội thảo khoa học"), CalendarFixtures.freshDay(), null));
        String email = "lan-" + UUID.randomUUID() + "@example.vn";
        Api.anonymous().header("Idempotency-Key", "dk-" + UUID.randomUUID()).body(registrant("Trần Thị Lan", email))
                .post(path(id) + "/registrations").then().statusCode(201).body("email", equalTo(email)).body("username", nullValue());
        Api.anonymous().header("Accept-Language", "vi").body(registrant("Trần Thị Lan", email.toUpperCase())).post(path(id) + "/registrations")
                .then().statusCode(409).body("detail", equalTo("Địa chỉ e-mail này đã đăng ký hội thảo."));
        Api.as("expert").body(registrant("Chuyên gia", "cg-" + UUID.randomUUID() + "@example.vn")).post(path(id) + "/registrations")
                .then().statusCode(201).body("username", equalTo("expert"));
        Api.as("staff").get(path(id) + "/registrations").then().statusCode(200).body("total", equalTo(2))
                .body("items.fullName", contains("Trần Thị Lan", "Chuyên gia"));
        // the public sees counts, never names
        Api.anonymous().get(path(id)).then().statusCode(200).body("registration.registered", equalTo(2))
                .body("registration.remaining", nullValue()).body("registration.acceptingNow", equalTo(true));
        Api.as("expert").get(path(id) + "/registrations").then().statusCode(403);
        Api.anonymous().get(path(id) + "/registrations").then().statusCode(401);
        // the audit log does not copy the personal data
        String audit = Api.as("admin").queryParam("entityType", "calendar-registration").get("/api/v1/audit-events").asString();
        assertEquals(false, audit.contains(email), "no e-mail address in the audit log");
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
    void badRegistrationsAre400() {
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
    }
}
