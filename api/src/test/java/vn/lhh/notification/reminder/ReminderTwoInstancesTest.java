package vn.lhh.notification.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Mailboxes;
import vn.lhh.testsupport.SecondInstance;

/**
 * Each reminder reaches each recipient exactly once with two API instances whose schedulers both fire every second
 * on one database (issue 17): the once-only rule is the outbox's unique key, not timing. Two packaged instances in
 * the prod profile share a fresh database and the test SMTP server; the mails are counted in the recipients'
 * mailboxes over IMAP and the rows in the outbox.
 */
@QuarkusTest
class ReminderTwoInstancesTest {
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration SETTLE = Duration.ofSeconds(8);

    private static SecondInstance c;
    private static SecondInstance d;
    private static String database;

    @AfterAll
    static void stop() {
        if (c != null) {
            c.close();
        }
        if (d != null) {
            d.close();
        }
        if (database != null) {
            SecondInstance.dropDatabase(database);
        }
    }

    private static void start() {
        database = SecondInstance.createDatabase("reminders");
        Map<String, String> config = Map.of(
                // both schedulers fire every second: many runs on each instance, often at the same moment
                "lhh.notifications.reminders.every", "1s",
                "lhh.notifications.reminders.delayed", "1s",
                "lhh.notifications.dispatch-every", "1s",
                "lhh.partner.pull.every", "1h",
                "lhh.webhooks.dispatch-every", "1h");
        // started together: they meet on Flyway's lock as replicas do
        var startingD = CompletableFuture.supplyAsync(() -> SecondInstance.startOn("reminders-d", database, config));
        try {
            c = SecondInstance.startOn("reminders-c", database, config);
        } catch (RuntimeException e) {
            startingD.thenAccept(SecondInstance::close);
            throw e;
        }
        d = startingD.join();
    }

    @Test
    void eachReminderReachesEachRecipientOnceWhileBothInstancesRunTheScheduler() throws Exception {
        start();
        LocalDate today = LocalDate.now(PROVINCE);
        String dueSubject = Api.unique("Công văn đề nghị tổng hợp ý kiến phản biện, hạn hôm nay");
        String lateSubject = Api.unique("Công văn đề nghị báo cáo số liệu hội viên, đã quá hạn");
        // written on C, assigned on D: one due today (within the day-before reminder window); the other due far
        // ahead (nothing to remind), then moved into the past behind the API's back: overdue
        String due = incoming(c, dueSubject);
        assign(d, due, today);
        String late = incoming(d, lateSubject);
        assign(c, late, today.plusDays(30));
        try (Connection db = SecondInstance.connect(database); PreparedStatement s = db.prepareStatement(
                "UPDATE document_handling SET deadline = ? WHERE document_id = ?::uuid")) {
            s.setObject(1, today.minusDays(2));
            s.setString(2, late);
            s.executeUpdate();
        }

        // the handlers (staff, staff2) are reminded of the due one; of the late one the office too (admin)
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("staff@lhh.demo|Sắp đến hạn xử lý văn bản: " + dueSubject, 1);
        expected.put("staff2@lhh.demo|Sắp đến hạn xử lý văn bản: " + dueSubject, 1);
        expected.put("staff@lhh.demo|Quá hạn xử lý văn bản: " + lateSubject, 1);
        expected.put("staff2@lhh.demo|Quá hạn xử lý văn bản: " + lateSubject, 1);
        expected.put("admin@lhh.demo|Quá hạn xử lý văn bản: " + lateSubject, 1);
        expected.put("admin@lhh.demo|Sắp đến hạn xử lý văn bản: " + dueSubject, 0);
        for (var e : expected.entrySet()) {
            String[] k = e.getKey().split("\\|", 2);
            if (e.getValue() > 0) {
                Mailboxes.await(k[0], Mailboxes.subjectContains(k[1]), e.getValue(), Mailboxes.DELIVERY);
            }
        }
        // the schedulers go on firing on both instances for a while: nothing more may come
        Thread.sleep(SETTLE.toMillis());
        for (var e : expected.entrySet()) {
            String[] k = e.getKey().split("\\|", 2);
            long mails = Mailboxes.messages(k[0]).stream().filter(Mailboxes.subjectContains(k[1])).count();
            assertEquals((long) e.getValue(), mails, e.getKey() + "\n" + c.log().lines().filter(l -> l.contains("WARN")).toList());
        }
        Map<String, Integer> rows = outbox();
        assertEquals(Map.of("document-due:" + due, 2, "document-overdue:" + late, 3, "document-assigned:" + due, 2,
                "document-assigned:" + late, 2), rows, rows.toString());
        assertEquals(0, attemptsBeyondOnePerSentRow(), "every sent reminder was sent by one attempt on one instance");
    }

    private static String incoming(SecondInstance on, String subject) {
        String day = LocalDate.now(PROVINCE).minusDays(1).toString();
        Map<String, Object> b = new HashMap<>();
        b.put("direction", "incoming");
        b.put("type", "official_letter");
        b.put("documentDate", day);
        b.put("receivedOn", day);
        b.put("senderSymbol", "318/SKHCN-QLKH");
        b.put("issuingBody", "Sở Khoa học và Công nghệ Nghệ An");
        b.put("subject", subject);
        return on.as("staff").body(b).post("/api/v1/official-documents").then().statusCode(201).extract().path("id");
    }

    private static void assign(SecondInstance on, String documentId, LocalDate deadline) {
        String path = "/api/v1/official-documents/" + documentId + "/handling";
        String etag = on.as("staff").get(path).then().statusCode(200).extract().header("ETag");
        Map<String, Object> b = new HashMap<>();
        b.put("handlers", List.of("staff", "staff2"));
        b.put("leadHandler", "staff");
        b.put("instruction", "Văn phòng chủ trì, trả lời đúng hạn.");
        b.put("deadline", deadline.toString());
        on.as("admin").header("If-Match", etag).body(b).put(path + "/assignment").then().statusCode(200);
    }

    /** Rows per kind and document in the instances' outbox. */
    private static Map<String, Integer> outbox() throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Connection db = SecondInstance.connect(database); PreparedStatement s = db.prepareStatement("""
                SELECT kind, split_part(occurrence_key, ':', 2), count(*) FROM notification
                WHERE occurrence_key LIKE 'document:%' GROUP BY 1, 2""")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1) + ":" + rs.getString(2), rs.getInt(3));
                }
            }
        }
        return out;
    }

    /** Sent notifications with more than one successful attempt recorded (a mail sent twice). */
    private static int attemptsBeyondOnePerSentRow() throws SQLException {
        try (Connection db = SecondInstance.connect(database); PreparedStatement s = db.prepareStatement("""
                SELECT count(*) FROM notification n WHERE n.occurrence_key LIKE 'document:%' AND n.delivery_status = 'sent'
                AND (SELECT count(*) FROM notification_attempt a WHERE a.notification_id = n.id AND a.outcome = 'sent') <> 1""")) {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
