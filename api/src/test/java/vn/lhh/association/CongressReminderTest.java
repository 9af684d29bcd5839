package vn.lhh.association;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
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

/** A congress due within the window, then overdue: the association's own officers and the office, each once. */
@QuarkusTest
class CongressReminderTest {
    @Inject
    DataSource ds;
    @Inject
    ReminderJob job;

    static Set<String> recipients(List<Outbox.Row> rows) {
        return rows.stream().map(Outbox.Row::recipient).collect(Collectors.toSet());
    }

    @Test
    void dueThenOverdueToItsOfficersAndTheOffice() {
        String id = Fixtures.associationOf("officer");
        String name = Api.as("staff").get("/api/v1/associations/" + id).then().extract().path("name");
        // a far-away term, so that no other test's run of the job meets it before this one
        LocalDate end = LocalDate.of(2090, 1, 1).plusDays(Math.floorMod(id.hashCode(), 3000));
        Fixtures.term(id, 1, end.minusYears(5), end);

        job.run(end.minusMonths(7), Instant.now());
        assertTrue(Outbox.rows(ds, "congress-due", "congress:" + id).isEmpty(), "outside the 6-month window");

        job.run(end.minusMonths(2), Instant.now());
        job.run(end.minusMonths(1), Instant.now());
        List<Outbox.Row> due = Outbox.rows(ds, "congress-due", "congress:" + id);
        // officer2 is an officer of another association: never told about this one
        assertEquals(Set.of("officer", "staff", "staff2", "admin"), recipients(due));
        assertEquals(4, due.size());
        assertTrue(due.get(0).title().contains("Sắp đến hạn đại hội: " + name), due.get(0).title());
        assertEquals("/associations/" + id, due.get(0).link());
        Mails.check(Mails.one("officer@lhh.demo", "Sắp đến hạn đại hội: " + name), "Sắp đến hạn đại hội: " + name, "/associations/" + id);

        job.run(end.plusDays(1), Instant.now());
        job.run(end.plusDays(2), Instant.now());
        List<Outbox.Row> overdue = Outbox.rows(ds, "congress-overdue", "congress:" + id);
        assertEquals(4, overdue.size());
        assertEquals(Set.of("officer", "staff", "staff2", "admin"), recipients(overdue));
        assertTrue(overdue.get(0).title().contains("Quá hạn đại hội: " + name), overdue.get(0).title());
    }

    @Test
    void aHeldCongressEndsTheReminders() {
        String id = Fixtures.associationOf("officer2");
        LocalDate end = LocalDate.of(2090, 1, 1).plusDays(Math.floorMod(id.hashCode(), 3000));
        String term = Fixtures.term(id, 1, end.minusYears(5), end);
        Api.as("staff").body(Map.of("termId", term, "plannedDate", LocalDate.now().toString(), "heldDate", LocalDate.now().toString()))
                .post("/api/v1/associations/" + id + "/congresses").then().statusCode(201);
        job.run(end.plusDays(1), Instant.now());
        assertTrue(Outbox.rows(ds, "congress-overdue", "congress:" + id).isEmpty());
        assertTrue(Outbox.rows(ds, "congress-due", "congress:" + id).isEmpty());
    }
}
