package vn.lhh.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.notification.NotificationTestSupport.column;
import static vn.lhh.notification.NotificationTestSupport.inTransaction;
import static vn.lhh.notification.NotificationTestSupport.message;
import static vn.lhh.notification.NotificationTestSupport.rows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.lhh.notification.service.NotificationService;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.Mailboxes;

/**
 * Notifications through the real SMTP server (GreenMail), read back over IMAP as a mail client would: recipients
 * from Keycloak, Vietnamese subjects and bodies, links, the unsubscribe headers and their one-click POST,
 * preferences, the digest, header injection, the once-only rule and an SMTP outage.
 */
@QuarkusTest
class NotificationMailTest {
    static final Duration WAIT = Mailboxes.DELIVERY;

    @Inject
    NotificationService notifications;

    private static String marker() {
        return "Mã " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aUsersNotificationArrivesWithVietnameseSubjectBodyLinkAndUnsubscribeHeaders() throws Exception {
        String m = marker();
        String key = "test:" + m;
        String title = "Đại hội nhiệm kỳ sắp đến hạn — Hội Tin học Nghệ An " + m;
        assertTrue(inTransaction(() -> notifications.notifyUser("officer", NotificationKind.SYSTEM_MESSAGE, key,
                message(title, "Kính đề nghị Hội chuẩn bị hồ sơ Đại hội trước ngày 15/03/2027."), "/associations/abc")));

        List<MimeMessage> mails = Mailboxes.await("officer@lhh.demo", Mailboxes.subjectContains(m), 1, WAIT);
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        assertEquals("[LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN] " + title, mail.getSubject());
        assertEquals("officer@lhh.demo", mail.getAllRecipients()[0].toString());
        String raw = Mailboxes.raw(mail);
        // the subject travelled as an RFC 2047 encoded word (ASCII on the wire), not as raw UTF-8
        String subjectLine = raw.lines().filter(l -> l.regionMatches(true, 0, "Subject:", 0, 8)).findFirst().orElseThrow();
        assertTrue(subjectLine.contains("=?"), subjectLine);
        assertTrue(subjectLine.chars().allMatch(c -> c < 128), subjectLine);

        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertTrue(text.contains("Kính gửi Trần Văn Hùng,"), text);
        assertTrue(text.contains("Kính đề nghị Hội chuẩn bị hồ sơ Đại hội trước ngày 15/03/2027."), text);
        assertTrue(text.contains("http://localhost:4173/associations/abc"), text);
        assertTrue(text.indexOf("Kính gửi") < text.indexOf("Dear"), "Vietnamese first");
        assertTrue(html.contains("href=\"http://localhost:4173/associations/abc\""), html);
        assertTrue(html.contains("Trần Văn Hùng"), html);

        String unsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertNotNull(unsubscribe);
        assertTrue(unsubscribe.matches("<http://localhost:4173/api/v1/notification-unsubscriptions/[0-9a-f]{48}>"), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        assertEquals("sent", column(key, "officer", "delivery_status"));
        assertEquals("officer@lhh.demo", column(key, "officer", "email_address"));
    }

    @Test
    void theOneClickPostTurnsTheKindsEmailOffButKeepsTheInbox() throws Exception {
        // expert2's preferences are this test's alone
        String m = marker();
        inTransaction(() -> notifications.notifyUser("expert2", NotificationKind.SYSTEM_MESSAGE, "test:" + m, message("Thư thứ nhất " + m, "Nội dung"), null));
        MimeMessage mail = Mailboxes.await("expert2@lhh.demo", Mailboxes.subjectContains(m), 1, WAIT).get(0);
        String url = mail.getHeader("List-Unsubscribe", null).replaceAll("[<>]", "");
        String path = url.substring(url.indexOf("/api/"));

        // a GET (a link scanner, a preview) changes nothing; it shows a button
        String page = Api.anonymous().accept("text/html").get(path).then().statusCode(200).extract().asString();
        assertTrue(page.contains("method=\"post\""), page);
        // the mail client's one-click POST, RFC 8058: form body, no login
        Api.anonymous().contentType("application/x-www-form-urlencoded").accept("text/html").formParam("List-Unsubscribe", "One-Click")
                .post(path).then().statusCode(200);
        Api.as("expert2").get("/api/v1/me/notification-preferences").then().statusCode(200)
                .body("items.find { it.kind == 'system-message' }.channel", org.hamcrest.Matchers.equalTo("in_app"));

        String m2 = marker();
        String key2 = "test:" + m2;
        inTransaction(() -> notifications.notifyUser("expert2", NotificationKind.SYSTEM_MESSAGE, key2, message("Thư thứ hai " + m2, "Nội dung"), null));
        assertEquals("skipped", column(key2, "expert2", "delivery_status"));
        assertEquals("true", column(key2, "expert2", "in_app"));
        Api.as("expert2").get("/api/v1/me/notifications").then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(m2)));
        // the same POST again, as a mail client sends it (any Accept), is harmless; an unknown token is a 404 problem
        Api.anonymous().contentType("application/x-www-form-urlencoded").accept("*/*").formParam("List-Unsubscribe", "One-Click")
                .post(path).then().statusCode(200);
        Api.anonymous().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .accept("*/*").post("/api/v1/notification-unsubscriptions/" + "0".repeat(48)).then().statusCode(404)
                .contentType("application/problem+json");
        Api.anonymous().accept("*/*").post("/api/v1/notification-unsubscriptions/not-a-token").then().statusCode(404);
        // back to both for the other tests
        String etag = Api.as("expert2").get("/api/v1/me/notification-preferences").then().extract().header("ETag");
        Api.as("expert2").header("If-Match", etag).body(java.util.Map.of("items", List.of()))
                .put("/api/v1/me/notification-preferences").then().statusCode(200);
    }

    @Test
    void crOrLfInAnyValueNeverReachesAHeader() throws Exception {
        String m = marker();
        String evil = "Họp ban chấp hành " + m + "\r\nBcc: victim@attacker.test\r\nX-Injected: yes\n\nbody";
        inTransaction(() -> notifications.notifyUser("officer", NotificationKind.SYSTEM_MESSAGE, "test:" + m, message(evil, "Nội dung\r\nBcc: x@attacker.test"), null));
        MimeMessage mail = Mailboxes.await("officer@lhh.demo", Mailboxes.subjectContains(m), 1, WAIT).get(0);
        assertFalse(mail.getSubject().contains("\n") || mail.getSubject().contains("\r"), mail.getSubject());
        assertTrue(mail.getSubject().contains("Bcc: victim@attacker.test X-Injected: yes body"), mail.getSubject());
        assertNull(mail.getHeader("X-Injected"));
        assertNull(mail.getHeader("Bcc"));
        assertEquals(1, mail.getAllRecipients().length);
        assertTrue(Mailboxes.messages("victim@attacker.test").isEmpty());
        assertTrue(Mailboxes.messages("x@attacker.test").isEmpty());
        // an address with CR/LF is refused before anything is written
        assertThrows(IllegalArgumentException.class, () -> inTransaction(() -> notifications.notifyAddress("a@b.vn\r\nBcc: c@d.vn",
                NotificationKind.SYSTEM_MESSAGE, "test:" + m, message("x", "y"), null)));
        assertThrows(IllegalArgumentException.class, () -> inTransaction(() -> notifications.notifyUser("officer",
                NotificationKind.SYSTEM_MESSAGE, "test:" + m + ":link", message("x", "y"), "/a\r\nb")));
    }

    @Test
    void anAddressWithoutAccountGetsTheMailAndNoInbox() throws Exception {
        String m = marker();
        String address = "Nguoi.Dang.Ky+" + m.substring(3) + "@example.vn";
        assertTrue(inTransaction(() -> notifications.notifyAddress(address, NotificationKind.SYSTEM_MESSAGE, "test:" + m,
                message("Xác nhận đăng ký hội thảo " + m, "Bạn đã đăng ký tham dự hội thảo."), "/calendar/events/1")));
        MimeMessage mail = Mailboxes.await(address.toLowerCase(java.util.Locale.ROOT), Mailboxes.subjectContains(m), 1, WAIT).get(0);
        String text = part(mail, "text/plain");
        assertTrue(text.contains("Kính gửi Quý vị,"), text);
        assertEquals("false", column("test:" + m, address.toLowerCase(java.util.Locale.ROOT), "in_app"));
    }

    @Test
    void theOfficeAndAnAssociationsOfficersAreResolvedFromTheData() throws Exception {
        Set<String> office = notifications.officeUsernames();
        assertEquals(Set.of("admin", "staff", "staff2"), office);
        String association = Fixtures.associationOf("officer");
        assertEquals(List.of("officer"), notifications.associationOfficers(UUID.fromString(association)));
        assertEquals("Nguyễn Thị Lan", notifications.person("staff").orElseThrow().displayName());
        // e-mail is these users' default; other tests (the generated valid requests) may have changed it
        for (String who : List.of("admin", "staff")) {
            String etag = Api.as(who).get("/api/v1/me/notification-preferences").then().extract().header("ETag");
            Api.as(who).header("If-Match", etag).body(java.util.Map.of("items", List.of()))
                    .put("/api/v1/me/notification-preferences").then().statusCode(200);
        }

        String m = marker();
        assertEquals(3, inTransaction(() -> notifications.notifyOffice(NotificationKind.SYSTEM_MESSAGE, "test:" + m,
                message("Gửi văn phòng " + m, "Nội dung"), null)));
        assertEquals(1, Mailboxes.await("staff@lhh.demo", Mailboxes.subjectContains(m), 1, WAIT).size());
        assertEquals(1, Mailboxes.await("admin@lhh.demo", Mailboxes.subjectContains(m), 1, WAIT).size());
    }

    @Test
    void aReminderIsQueuedOncePerRecipientAndOccurrence() throws Exception {
        String m = marker();
        String key = "test:" + m;
        assertTrue(inTransaction(() -> notifications.notifyUser("officer", NotificationKind.SYSTEM_MESSAGE, key, message("Nhắc " + m, "x"), null)));
        assertFalse(inTransaction(() -> notifications.notifyUser("officer", NotificationKind.SYSTEM_MESSAGE, key, message("Nhắc " + m, "x"), null)));
        assertEquals(1, rows(key));

        // eight transactions at once, as if the scheduler fired on eight instances: one row, one mail
        String key2 = "test:" + m + ":concurrent";
        int n = 8;
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Boolean> c = () -> inTransaction(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return notifications.notifyUser("officer", NotificationKind.SYSTEM_MESSAGE, key2, message("Đồng thời " + m, "x"), null);
                });
                results.add(pool.submit(c));
            }
            int queued = 0;
            for (Future<Boolean> f : results) {
                queued += f.get() ? 1 : 0;
            }
            assertEquals(1, queued);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, rows(key2));
        assertEquals(1, Mailboxes.await("officer@lhh.demo", Mailboxes.subjectContains("Đồng thời " + m), 1, WAIT).size());
        Thread.sleep(2000);
        assertEquals(1, Mailboxes.messages("officer@lhh.demo").stream().filter(Mailboxes.subjectContains("Đồng thời " + m)).count());
    }

    @Test
    void theCallerMustHaveATransaction() {
        assertThrows(jakarta.transaction.TransactionalException.class, () -> notifications.notifyUser("officer",
                NotificationKind.SYSTEM_MESSAGE, "test:no-tx", message("x", "y"), null));
    }

    @Test
    void preferencesDecideInboxAndMail() throws Exception {
        // coordinator2's preferences are this test's alone
        String etag = Api.as("coordinator2").get("/api/v1/me/notification-preferences").then().statusCode(200).extract().header("ETag");
        Api.as("coordinator2").header("If-Match", etag)
                .body(java.util.Map.of("items", List.of(java.util.Map.of("kind", "system-message", "channel", "email", "digest", false))))
                .put("/api/v1/me/notification-preferences").then().statusCode(200);
        String m = marker();
        inTransaction(() -> notifications.notifyUser("coordinator2", NotificationKind.SYSTEM_MESSAGE, "test:" + m, message("Chỉ thư " + m, "x"), null));
        assertEquals(1, Mailboxes.await("coordinator2@lhh.demo", Mailboxes.subjectContains(m), 1, WAIT).size());
        assertEquals("false", column("test:" + m, "coordinator2", "in_app"));

        etag = Api.as("coordinator2").get("/api/v1/me/notification-preferences").then().extract().header("ETag");
        Api.as("coordinator2").header("If-Match", etag)
                .body(java.util.Map.of("items", List.of(java.util.Map.of("kind", "system-message", "channel", "none", "digest", false))))
                .put("/api/v1/me/notification-preferences").then().statusCode(200);
        String m2 = marker();
        inTransaction(() -> notifications.notifyUser("coordinator2", NotificationKind.SYSTEM_MESSAGE, "test:" + m2, message("Không gì " + m2, "x"), null));
        assertEquals("false", column("test:" + m2, "coordinator2", "in_app"));
        assertEquals("skipped", column("test:" + m2, "coordinator2", "delivery_status"));

        etag = Api.as("coordinator2").get("/api/v1/me/notification-preferences").then().extract().header("ETag");
        Api.as("coordinator2").header("If-Match", etag)
                .body(java.util.Map.of("items", List.of(java.util.Map.of("kind", "system-message", "channel", "in_app", "digest", false))))
                .put("/api/v1/me/notification-preferences").then().statusCode(200);
        String m3 = marker();
        inTransaction(() -> notifications.notifyUser("coordinator2", NotificationKind.SYSTEM_MESSAGE, "test:" + m3, message("Chỉ hộp thư " + m3, "x"), null));
        assertEquals("true", column("test:" + m3, "coordinator2", "in_app"));
        assertEquals("skipped", column("test:" + m3, "coordinator2", "delivery_status"));
        Thread.sleep(2500);
        assertTrue(Mailboxes.messages("coordinator2@lhh.demo").stream().noneMatch(Mailboxes.subjectContains(m2)));
        assertTrue(Mailboxes.messages("coordinator2@lhh.demo").stream().noneMatch(Mailboxes.subjectContains(m3)));

        etag = Api.as("coordinator2").get("/api/v1/me/notification-preferences").then().extract().header("ETag");
        Api.as("coordinator2").header("If-Match", etag).body(java.util.Map.of("items", List.of()))
                .put("/api/v1/me/notification-preferences").then().statusCode(200);
    }

    @Test
    void theDailyDigestGathersThePendingOnesInOneMail() throws Exception {
        // judge's preferences are this test's alone
        String etag = Api.as("judge").get("/api/v1/me/notification-preferences").then().statusCode(200).extract().header("ETag");
        Api.as("judge").header("If-Match", etag)
                .body(java.util.Map.of("items", List.of(java.util.Map.of("kind", "system-message", "channel", "both", "digest", true))))
                .put("/api/v1/me/notification-preferences").then().statusCode(200);
        String m = marker();
        for (int i = 1; i <= 3; i++) {
            int k = i;
            inTransaction(() -> notifications.notifyUser("judge", NotificationKind.SYSTEM_MESSAGE, "test:" + m + ":" + k,
                    message("Bài thi số " + k + " cần chấm " + m, "x"), "/contest/entries/" + k));
        }
        Thread.sleep(2500);
        // nothing before the digest time
        assertTrue(Mailboxes.messages("judge@lhh.demo").stream().noneMatch(Mailboxes.subjectContains("(3)")
                .and(mm -> Mailboxes.raw(mm).contains(m.substring(3)))));
        // the day passes: the digest time of these rows is now
        NotificationTestSupport.update("UPDATE notification SET next_attempt_at = now() WHERE occurrence_key LIKE ? AND delivery_status = 'pending'",
                "test:" + m + ":%");
        List<MimeMessage> digests = Mailboxes.await("judge@lhh.demo", mm -> part(mm, "text/plain").contains(m), 1, WAIT);
        assertEquals(1, digests.size());
        MimeMessage digest = digests.get(0);
        assertTrue(digest.getSubject().contains("Tổng hợp thông báo trong ngày (3)"), digest.getSubject());
        String text = part(digest, "text/plain");
        for (int i = 1; i <= 3; i++) {
            assertTrue(text.contains("Bài thi số " + i + " cần chấm " + m), text);
            assertTrue(text.contains("http://localhost:4173/contest/entries/" + i), text);
        }
        assertNotNull(digest.getHeader("List-Unsubscribe", null));
        for (int i = 1; i <= 3; i++) {
            assertEquals("sent", column("test:" + m + ":" + i, "judge", "delivery_status"));
        }
        etag = Api.as("judge").get("/api/v1/me/notification-preferences").then().extract().header("ETag");
        Api.as("judge").header("If-Match", etag).body(java.util.Map.of("items", List.of())).put("/api/v1/me/notification-preferences").then().statusCode(200);
    }

    @Test
    void anSmtpOutageDelaysButLosesOrDuplicatesNothing() throws Exception {
        String m = marker();
        String address = "outage-" + m.substring(3) + "@example.vn";
        Mailboxes.stopServer();
        try {
            for (int i = 1; i <= 10; i++) {
                int k = i;
                inTransaction(() -> notifications.notifyAddress(address, NotificationKind.SYSTEM_MESSAGE, "test:" + m + ":" + k,
                        message("Thư " + k + " trong sự cố " + m, "x"), null));
            }
            // the dispatcher tries and fails while the server is down: attempts are recorded, the rows stay pending
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline && failedAttempts("test:" + m + ":%") < 10) {
                Thread.sleep(200);
            }
            assertTrue(failedAttempts("test:" + m + ":%") >= 10, "every row was tried while the server was down");
        } finally {
            Mailboxes.startServer();
        }
        List<MimeMessage> mails = Mailboxes.await(address, Mailboxes.subjectContains(m), 10, Duration.ofSeconds(60));
        assertEquals(10, mails.size());
        Thread.sleep(3000);
        mails = Mailboxes.messages(address);
        Set<String> subjects = new HashSet<>();
        for (MimeMessage mail : mails) {
            assertTrue(subjects.add(mail.getSubject()), "twice: " + mail.getSubject());
        }
        assertEquals(10, subjects.size());
        for (int i = 1; i <= 10; i++) {
            assertEquals("sent", column("test:" + m + ":" + i, address, "delivery_status"));
        }
    }

    private static int failedAttempts(String keyPattern) {
        try (var c = NotificationTestSupport.db(); var s = c.prepareStatement("""
                SELECT count(DISTINCT a.notification_id) FROM notification_attempt a JOIN notification n ON n.id = a.notification_id
                WHERE n.occurrence_key LIKE ? AND a.outcome = 'failed'""")) {
            s.setString(1, keyPattern);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of the first part with this content type. */
    static String part(Part p, String type) {
        try {
            if (p.isMimeType(type)) {
                return (String) p.getContent();
            }
            if (p.isMimeType("multipart/*")) {
                Multipart mp = (Multipart) p.getContent();
                for (int i = 0; i < mp.getCount(); i++) {
                    BodyPart b = mp.getBodyPart(i);
                    String s = part(b, type);
                    if (!s.isEmpty()) {
                        return s;
                    }
                }
            }
            return "";
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
