package vn.lhh.registry;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.registry.HandlingFixtures.handling;
import static vn.lhh.registry.HandlingFixtures.today;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lhh.notification.reminder.Mails;
import vn.lhh.notification.reminder.Outbox;
import vn.lhh.registry.service.HandlingReminders;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Mailboxes;

/**
 * The handling of incoming documents tells people (issues 17 and 18): each handler when the document is given to
 * them, the handlers the day before the deadline, the handlers and the office once it is overdue, each reminder
 * once per recipient and deadline however often the reminder job runs. Mails through the real test SMTP server,
 * read back over IMAP; inbox entries through the API.
 */
@QuarkusTest
class HandlingNotificationTest {
    private static final String INBOX = "/api/v1/me/notifications";
    private static final String PREFS = "/api/v1/me/notification-preferences";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    DataSource ds;
    /** The document reminders alone: the whole ReminderJob would remind every feature's records of the suite (ReminderTwoInstancesTest runs the job). */
    @Inject
    HandlingReminders documents;

    /** The office's default (inbox and e-mail, no digest): other tests may have changed these users' preferences. */
    @BeforeEach
    void defaultPreferences() {
        for (String who : List.of("admin", "staff", "staff2")) {
            String etag = Api.as(who).get(PREFS).then().statusCode(200).extract().header("ETag");
            Api.as(who).header("If-Match", etag).body(Map.of("items", List.of())).put(PREFS).then().statusCode(200);
        }
    }

    private static Set<String> recipients(List<Outbox.Row> rows) {
        return rows.stream().map(Outbox.Row::recipient).collect(Collectors.toSet());
    }

    @Test
    void eachHandlerIsToldOfTheAssignmentOnceByMailAndInTheInbox() throws Exception {
        String subject = Api.unique("Công văn đề nghị báo cáo kết quả phản biện xã hội năm 2026");
        String doc = HandlingFixtures.incoming(subject, null);
        LocalDate deadline = today().plusDays(6);
        var body = HandlingFixtures.assignment(List.of("staff2", "staff"), "staff2", deadline);
        String etag = Api.as("admin").header("If-Match", "\"0\"").body(body).put(handling(doc) + "/assignment").then().statusCode(200)
                .extract().header("ETag");

        // written in the assigning transaction: one row per handler, none for the office member who assigned
        List<Outbox.Row> rows = Outbox.rows(ds, "document-assigned", "document:" + doc);
        assertEquals(Set.of("staff", "staff2"), recipients(rows), rows.toString());
        assertEquals(2, rows.size());
        for (Outbox.Row r : rows) {
            assertEquals("/registry/" + doc, r.link());
            assertTrue(r.title().contains("Giao xử lý văn bản đến: " + subject), r.title());
            assertTrue(r.title().contains("Incoming document assigned to you: " + subject), r.title());
        }

        // the lead's mail: Vietnamese first, the instruction, the deadline, the lead's role and the registry link
        MimeMessage lead = Mails.one("staff2@lhh.demo", "Giao xử lý văn bản đến: " + subject);
        Mails.check(lead, "Giao xử lý văn bản đến: " + subject, "http://localhost:4173/registry/" + doc);
        String text = Mails.text(lead);
        assertTrue(text.contains("Kính gửi Hồ Minh Tuấn,"), text);
        assertTrue(text.contains("Bạn là người chủ trì xử lý. Hạn xử lý: " + DATE.format(deadline) + "."), text);
        assertTrue(text.contains("Ý kiến chỉ đạo (bút phê): " + body.get("instruction")), text);
        assertTrue(text.indexOf("Bạn được giao xử lý") < text.indexOf("You are assigned"), text);
        assertTrue(html(lead).contains("href=\"http://localhost:4173/registry/" + doc + "\""), html(lead));
        String helper = Mails.text(Mails.one("staff@lhh.demo", "Giao xử lý văn bản đến: " + subject));
        assertTrue(helper.contains("Bạn phối hợp xử lý."), helper);

        // the inbox: the handler's entry links to the document; the office member who is no handler has none
        JsonPath inbox = Api.as("staff2").queryParam("size", "100").get(INBOX).then().statusCode(200).extract().jsonPath();
        Map<String, Object> entry = inbox.getMap("items.find { it.title.contains('" + subject + "') }");
        assertEquals("document-assigned", entry.get("kind"));
        assertEquals("/registry/" + doc, entry.get("link"));
        assertNull(entry.get("readAt"));
        JsonPath admins = Api.as("admin").queryParam("size", "100").get(INBOX).then().statusCode(200).extract().jsonPath();
        assertNull(admins.get("items.find { it.title.contains('" + subject + "') }"));

        // given again with one more handler: only the newcomer is told; the others are not told twice
        var again = HandlingFixtures.assignment(List.of("staff2", "staff", "admin"), "staff2", deadline);
        Api.as("staff").header("If-Match", etag).body(again).put(handling(doc) + "/assignment").then().statusCode(200);
        rows = Outbox.rows(ds, "document-assigned", "document:" + doc);
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(Set.of("staff", "staff2", "admin"), recipients(rows));
        assertEquals(1, Mails.text(Mails.one("admin@lhh.demo", subject)).split("Bạn phối hợp xử lý", -1).length - 1);
        Thread.sleep(2000);
        assertEquals(1, Mailboxes.messages("staff2@lhh.demo").stream().filter(Mailboxes.subjectContains(subject)).count());

        // a refused assignment writes nothing
        Api.as("staff").header("If-Match", "\"0\"").body(again).put(handling(doc) + "/assignment").then().statusCode(412);
        assertEquals(3, Outbox.rows(ds, "document-assigned", "document:" + doc).size());
    }

    @Test
    void theDeadlineRemindsTheHandlersThenTheOfficeOnceEach() throws Exception {
        String subject = Api.unique("Văn bản đề nghị góp ý dự thảo Luật Khoa học, Công nghệ và Đổi mới sáng tạo");
        String doc = HandlingFixtures.incoming(subject, null);
        HandlingFixtures.assign(doc, "staff", "staff2");
        LocalDate deadline = LocalDate.parse(Api.as("staff").get(handling(doc)).then().statusCode(200).extract().<String>path("deadline"));
        String filedSubject = Api.unique("Thông báo đã lưu, không nhắc");
        String filed = HandlingFixtures.incoming(filedSubject, null);
        String etag = HandlingFixtures.assign(filed, "staff");
        Api.as("staff").header("If-Match", etag).body(Map.of("to", "filed", "reason", "Đã xử lý ngoài hệ thống."))
                .post(handling(filed) + "/transitions").then().statusCode(200).body("state", equalTo("filed"));

        // far from the deadline: nothing
        documents.remind(deadline.minusDays(3));
        assertTrue(Outbox.rows(ds, "document-due", "document:" + doc).isEmpty());

        // the day before (lhh.notifications.document.due-soon-days=1): the handlers only
        documents.remind(deadline.minusDays(1));
        documents.remind(deadline.minusDays(1));
        List<Outbox.Row> due = Outbox.rows(ds, "document-due", "document:" + doc);
        assertEquals(2, due.size(), due.toString());
        assertEquals(Set.of("staff", "staff2"), recipients(due));
        assertTrue(due.get(0).title().contains("Sắp đến hạn xử lý văn bản: " + subject), due.get(0).title());
        MimeMessage soon = Mails.one("staff2@lhh.demo", "Sắp đến hạn xử lý văn bản: " + subject);
        Mails.check(soon, "Sắp đến hạn xử lý văn bản: " + subject, "/registry/" + doc);
        assertTrue(Mails.text(soon).contains("đến hạn xử lý ngày " + DATE.format(deadline) + " (còn 1 ngày)"), Mails.text(soon));

        // overdue: the job fired twice at once (as on two instances), then again: handlers and the office, once each
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> documents.remind(deadline.plusDays(2));
            for (Future<Integer> f : pool.invokeAll(List.of(run, run))) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        documents.remind(deadline.plusDays(3));
        List<Outbox.Row> overdue = Outbox.rows(ds, "document-overdue", "document:" + doc);
        assertEquals(3, overdue.size(), overdue.toString());
        assertEquals(Set.of("staff", "staff2", "admin"), recipients(overdue));
        overdue.forEach(r -> assertEquals("/registry/" + doc, r.link()));
        MimeMessage late = Mails.one("admin@lhh.demo", "Quá hạn xử lý văn bản: " + subject);
        Mails.check(late, "Quá hạn xử lý văn bản: " + subject, "/registry/" + doc);
        assertTrue(Mails.text(late).contains("đã quá hạn xử lý ngày " + DATE.format(deadline) + " (2 ngày)"), Mails.text(late));
        assertEquals(2, Outbox.rows(ds, "document-due", "document:" + doc).size());

        // the inbox of a handler lists both reminders, linked to the document
        JsonPath inbox = Api.as("staff").queryParam("size", "100").get(INBOX).then().statusCode(200).extract().jsonPath();
        List<String> kinds = inbox.getList("items.findAll { it.title.contains('" + subject + "') }.kind");
        assertEquals(Set.of("document-assigned", "document-due", "document-overdue"), Set.copyOf(kinds));
        assertEquals(3, kinds.size());

        // a filed document is never reminded
        assertTrue(Outbox.rows(ds, "document-due", "document:" + filed).isEmpty());
        assertTrue(Outbox.rows(ds, "document-overdue", "document:" + filed).isEmpty());
        Thread.sleep(1500);
        assertEquals(1, Mailboxes.messages("admin@lhh.demo").stream().filter(Mailboxes.subjectContains("Quá hạn xử lý văn bản: " + subject)).count());
        assertFalse(Mailboxes.messages("staff@lhh.demo").stream().anyMatch(Mailboxes.subjectContains("Sắp đến hạn xử lý văn bản: " + filedSubject)));
    }

    @Test
    void aMovedDeadlineIsANewOccurrence() {
        String subject = Api.unique("Giấy mời họp bàn kế hoạch Hội thi sáng tạo kỹ thuật");
        String doc = HandlingFixtures.incoming(subject, null);
        String etag = HandlingFixtures.assign(doc, "staff");
        LocalDate first = today().plusDays(7);
        documents.remind(first.minusDays(1));
        assertEquals(1, Outbox.rows(ds, "document-due", "document:" + doc).size());

        LocalDate moved = first.plusDays(5);
        Api.as("admin").header("If-Match", etag).body(HandlingFixtures.assignment(List.of("staff"), "staff", moved))
                .put(handling(doc) + "/assignment").then().statusCode(200);
        documents.remind(moved.minusDays(1));
        List<Outbox.Row> due = Outbox.rows(ds, "document-due", "document:" + doc);
        assertEquals(List.of("document:" + doc + ":" + first, "document:" + doc + ":" + moved), due.stream().map(Outbox.Row::occurrenceKey).toList());
        // the same handler given the same document again is not told of an assignment twice
        assertEquals(1, Outbox.rows(ds, "document-assigned", "document:" + doc).size());
    }

    private static String html(MimeMessage m) {
        try {
            return html(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String html(Object content) throws Exception {
        if (content instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                var p = mp.getBodyPart(i);
                if (p.isMimeType("text/html")) {
                    return (String) p.getContent();
                }
                String inner = html(p.getContent());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
