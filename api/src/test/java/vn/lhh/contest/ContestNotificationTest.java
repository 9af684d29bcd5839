package vn.lhh.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.notification.reminder.Outbox;
import vn.lhh.notification.reminder.Mails;
import vn.lhh.notification.reminder.ReminderJob;
import vn.lhh.testsupport.Api;

/**
 * Contest notifications: judges hear of entries assigned and of the scoring deadline, coordinators of the
 * registration closing. Entries are pupils' work: no entry title, school or author's name is in any of them.
 */
@QuarkusTest
class ContestNotificationTest {
    @Inject
    DataSource ds;
    @Inject
    ReminderJob job;

    static Set<String> recipients(List<Outbox.Row> rows) {
        return rows.stream().map(Outbox.Row::recipient).collect(Collectors.toSet());
    }

    static LocalDate date(String editionId, String field) {
        return LocalDate.parse(Api.as("staff").get(ContestFixtures.editionPath(editionId)).then().statusCode(200).extract().<String>path(field));
    }

    @Test
    void theJudgeHearsOfAssignedEntriesAndTheScoringDeadline() {
        JudgingFixtures.Scene s = JudgingFixtures.scene(2);
        String name = Api.as("staff").get(ContestFixtures.editionPath(s.edition())).then().extract().path("name");
        String judge = JudgingFixtures.judge(s.edition(), "PGS.TS. Lê Văn Dũng", "judge");
        String other = JudgingFixtures.judge(s.edition(), "ThS. Ngô Thị Lan", null);
        JudgingFixtures.assignCategory(judge, s.category()).statusCode(200);
        JudgingFixtures.assignCategory(other, s.category()).statusCode(200);
        // assigning again changes nothing and tells nobody again
        JudgingFixtures.assignCategory(judge, s.category()).statusCode(200);

        List<Outbox.Row> assigned = Outbox.rows(ds, "judge-entries-assigned", "judge:" + judge);
        assertEquals(1, assigned.size());
        assertEquals("judge", assigned.get(0).recipient());
        assertTrue(assigned.get(0).title().contains("Bài dự thi được phân công chấm: " + name), assigned.get(0).title());
        assertEquals("/judging", assigned.get(0).link());
        var mail = Mails.one("judge@lhh.demo", "Bài dự thi được phân công chấm: " + name);
        Mails.check(mail, "Bài dự thi được phân công chấm: " + name, "/judging");
        for (String school : s.schools()) {
            assertFalse(Mails.text(mail).contains(school), "no pupil's school in the mail");
        }
        assertTrue(assigned.get(0).data().replace(" ", "").contains("\"count\":2"), assigned.get(0).data());
        // a judge without an account gets nothing; no pupil's data in what is sent
        assertTrue(Outbox.rows(ds, "judge-entries-assigned", "judge:" + other).isEmpty());
        for (String school : s.schools()) {
            assertFalse(assigned.get(0).data().contains(school));
        }
        assertFalse(assigned.get(0).data().contains("Bài dự thi số"));

        LocalDate closes = date(s.edition(), "judgingCloses");
        job.run(closes.minusDays(5), Instant.now());
        assertTrue(Outbox.rows(ds, "scoring-deadline-near", "edition:" + s.edition()).isEmpty());
        job.run(closes.minusDays(2), Instant.now());
        job.run(closes.minusDays(1), Instant.now());
        List<Outbox.Row> near = Outbox.rows(ds, "scoring-deadline-near", "edition:" + s.edition());
        assertEquals(List.of("judge"), near.stream().map(Outbox.Row::recipient).toList());
        assertTrue(near.get(0).title().contains("Sắp hết hạn chấm: " + name), near.get(0).title());
    }

    @Test
    void coordinatorsHearThatRegistrationCloses() {
        ContestFixtures.coordinator("coordinator", "school", "Trường THCS Đặng Thai Mai", "Thành phố Vinh");
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        LocalDate closes = date(edition, "registrationCloses");
        job.run(closes.minusDays(8), Instant.now());
        assertTrue(Outbox.rows(ds, "contest-registration-closing", "edition:" + edition).isEmpty());
        job.run(closes.minusDays(7), Instant.now());
        job.run(closes.minusDays(3), Instant.now());
        List<Outbox.Row> closing = Outbox.rows(ds, "contest-registration-closing", "edition:" + edition);
        assertTrue(recipients(closing).contains("coordinator"), closing.toString());
        assertEquals(recipients(closing).size(), closing.size(), "once per coordinator");
        assertFalse(recipients(closing).contains("judge"));
        assertTrue(closing.get(0).title().contains("Sắp hết hạn đăng ký dự thi"), closing.get(0).title());
        assertEquals("/contest-entries", closing.get(0).link());
    }
}
