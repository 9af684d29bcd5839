package vn.lhh.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.lhh.expert.ExpertFixtures;
import vn.lhh.notification.reminder.Outbox;
import vn.lhh.notification.reminder.Mails;
import vn.lhh.notification.reminder.ReminderJob;
import vn.lhh.testsupport.Api;

/**
 * Consultations tell people: the expert when assigned, then as the opinion falls due and overdue (and the office
 * after that), the office as the response deadline nears and passes. Each reminder once, however often and
 * however concurrently the reminder job runs.
 */
@QuarkusTest
class ConsultationNotificationTest {
    @Inject
    DataSource ds;
    @Inject
    ReminderJob job;

    @Test
    void theAssignedExpertIsToldInTheSameTransaction() {
        String expert = ExpertFixtures.profileOf("expert");
        String subject = Api.unique("Phản biện đề án phát triển cây ăn quả Nghệ An");
        String c = ConsultationFixtures.create(subject);
        String a = ConsultationFixtures.assign(c, expert);
        List<Outbox.Row> rows = Outbox.rows(ds, "consultation-assigned", "assignment:" + a);
        assertEquals(1, rows.size());
        Outbox.Row r = rows.get(0);
        assertEquals("expert", r.recipient());
        assertTrue(r.title().contains("Mời tham gia tư vấn, phản biện: " + subject), r.title());
        assertEquals("/my-assignments", r.link());
        Mails.check(Mails.one("expert@lhh.demo", subject), "Mời tham gia tư vấn, phản biện: " + subject, "/my-assignments");
        // an expert without an account is not a recipient; a refused assignment writes nothing
        Api.as("staff").body(Map.of("expertId", expert)).post(ConsultationFixtures.path(c) + "/assignments").then().statusCode(409);
        assertEquals(1, Outbox.rows(ds, "consultation-assigned", "assignment:" + a).size());
    }

    @Test
    void opinionAndDeadlineRemindersGoOnceToTheExpertThenTheOffice() throws Exception {
        String expert = ExpertFixtures.profileOf("expert");
        String subject = Api.unique("Góp ý quy hoạch vùng nguyên liệu chè");
        String c = ConsultationFixtures.create(subject);
        String a = ConsultationFixtures.assign(c, expert);
        // the consultation's deadline is also the opinion's due date
        LocalDate due = LocalDate.parse(Api.as("staff").get(ConsultationFixtures.path(c)).then().statusCode(200).extract().<String>path("deadline"));
        LocalDate today = due.minusDays(30);

        // far from the date: nothing for this assignment
        job.run(today, Instant.now());
        assertTrue(Outbox.rows(ds, "opinion-due-soon", "assignment:" + a).isEmpty());

        // three days before: the expert
        job.run(due.minusDays(3), Instant.now());
        List<Outbox.Row> soon = Outbox.rows(ds, "opinion-due-soon", "assignment:" + a);
        assertEquals(List.of("expert"), soon.stream().map(Outbox.Row::recipient).toList());
        assertTrue(soon.get(0).title().contains("Sắp đến hạn gửi ý kiến"), soon.get(0).title());
        // the office: the response deadline is near as well (5 days by default)
        List<Outbox.Row> near = Outbox.rows(ds, "consultation-deadline-near", "consultation:" + c);
        assertEquals(Set.of("admin", "staff", "staff2"), near.stream().map(Outbox.Row::recipient).collect(Collectors.toSet()));
        assertEquals("/consultations/" + c, near.get(0).link());

        // the day after: overdue for the expert only; the office hears two days later
        job.run(due.plusDays(1), Instant.now());
        assertEquals(List.of("expert"), Outbox.rows(ds, "opinion-overdue", "assignment:" + a).stream().map(Outbox.Row::recipient).toList());
        Set<String> passed = Outbox.rows(ds, "consultation-deadline-passed", "consultation:" + c).stream().map(Outbox.Row::recipient)
                .collect(Collectors.toSet());
        assertEquals(Set.of("admin", "staff", "staff2"), passed);

        // the job fired twice at once, on "two instances", and again later: every reminder stays single
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> job.run(due.plusDays(3), Instant.now());
            pool.invokeAll(List.of(run, run)).forEach(f -> {
                try {
                    f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            pool.shutdown();
        }
        job.run(due.plusDays(3), Instant.now());
        List<Outbox.Row> overdue = Outbox.rows(ds, "opinion-overdue", "assignment:" + a);
        assertEquals(4, overdue.size(), overdue.toString());
        assertEquals(Set.of("expert", "admin", "staff", "staff2"), overdue.stream().map(Outbox.Row::recipient).collect(Collectors.toSet()));
        overdue.stream().filter(r -> !r.recipient().equals("expert")).forEach(r -> assertEquals("/consultations/" + c, r.link()));
        // the office's mail, through the real SMTP server: once, with the consultation's link
        Mails.check(Mails.one("staff@lhh.demo", "Quá hạn gửi ý kiến: " + subject), "Quá hạn gửi ý kiến: " + subject, "/consultations/" + c);
        assertEquals(1, Outbox.rows(ds, "opinion-due-soon", "assignment:" + a).size());
        assertEquals(3, Outbox.rows(ds, "consultation-deadline-near", "consultation:" + c).size());
        assertEquals(3, Outbox.rows(ds, "consultation-deadline-passed", "consultation:" + c).size());
    }

    @Test
    void aSubmittedOpinionIsNotReminded() {
        String expert = ExpertFixtures.profileOf("expert2");
        String c = ConsultationFixtures.create(Api.unique("Thẩm định dự án nước sạch"));
        String a = ConsultationFixtures.assign(c, expert);
        ConsultationFixtures.clearAndAccept("expert2", c, a);
        ConsultationFixtures.submitOpinion("expert2", c, a, "Đồng ý với dự thảo, đề nghị bổ sung phương án vận hành.");
        LocalDate due = LocalDate.parse(Api.as("staff").get(ConsultationFixtures.path(c)).then().statusCode(200).extract().<String>path("deadline"));
        job.run(due.minusDays(1), Instant.now());
        assertTrue(Outbox.rows(ds, "opinion-due-soon", "assignment:" + a).isEmpty());
    }
}
