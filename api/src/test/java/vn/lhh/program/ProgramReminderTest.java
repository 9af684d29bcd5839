package vn.lhh.program;

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

/**
 * Program tasks: before the year's end, a task without progress that year → the officers of its lead and
 * coordinating associations (not other officers); a task that became late → the office. Each once.
 */
@QuarkusTest
class ProgramReminderTest {
    @Inject
    DataSource ds;
    @Inject
    ReminderJob job;

    static Set<String> recipients(List<Outbox.Row> rows) {
        return rows.stream().map(Outbox.Row::recipient).collect(Collectors.toSet());
    }

    @Test
    void missingProgressAndLateTasks() {
        String programId = ProgramFixtures.importProgram(ProgramFixtures.variant());
        String own = Fixtures.associationOf("officer");
        String taskId = Api.as("staff").get("/api/v1/program-tasks?programId=" + programId + "&year=2021&section=year_task&q=hoi thao khoa hoc")
                .then().statusCode(200).extract().path("items[0].id");
        String path = "/api/v1/program-tasks/" + taskId;
        String title = Api.unique("Hội thảo khoa học về y tế cộng đồng");
        Api.as("staff").header("If-Match", Fixtures.etag(path)).body(Map.of("shortTitle", title, "leadUnit", "Ban Khoa học, Công nghệ và Tư vấn phản biện",
                        "coordinators", List.of(Map.of("name", "Hội Y học", "associationId", own), Map.of("name", "Sở Khoa học và Công nghệ")),
                        "plannedStart", "2021-03-01", "plannedEnd", "2021-12-20", "status", "in_progress"))
                .put(path).then().statusCode(200);

        // November: neither late nor in the year-end window yet
        job.run(LocalDate.of(2021, 11, 15), Instant.now());
        assertTrue(Outbox.rows(ds, "task-progress-missing", "task:" + taskId).isEmpty());
        assertTrue(Outbox.rows(ds, "task-late", "task:" + taskId).isEmpty());

        // 5 December: a month before the year's end, no progress in 2021 → the coordinating association's officer
        job.run(LocalDate.of(2021, 12, 5), Instant.now());
        job.run(LocalDate.of(2021, 12, 6), Instant.now());
        List<Outbox.Row> missing = Outbox.rows(ds, "task-progress-missing", "task:" + taskId);
        assertEquals(List.of("officer"), missing.stream().map(Outbox.Row::recipient).toList());
        assertTrue(missing.get(0).title().contains("Chưa báo cáo tiến độ năm 2021: " + title), missing.get(0).title());
        assertEquals(path.replace("/api/v1", ""), missing.get(0).link());
        Mails.check(Mails.one("officer@lhh.demo", title), "Chưa báo cáo tiến độ năm 2021: " + title, path.replace("/api/v1", ""));

        // after the planned end: late → the office, once
        job.run(LocalDate.of(2021, 12, 21), Instant.now());
        job.run(LocalDate.of(2021, 12, 28), Instant.now());
        List<Outbox.Row> late = Outbox.rows(ds, "task-late", "task:" + taskId);
        assertEquals(Set.of("admin", "staff", "staff2"), recipients(late));
        assertEquals(3, late.size());
        assertTrue(late.get(0).title().contains("Nhiệm vụ trễ hạn: " + title), late.get(0).title());
        assertTrue(late.get(0).data().contains("20/12/2021"), late.get(0).data());

        // a task with progress that year is not reminded
        String other = Api.as("staff").get("/api/v1/program-tasks?programId=" + programId + "&year=2022&section=year_task")
                .then().statusCode(200).extract().path("items[0].id");
        String otherPath = "/api/v1/program-tasks/" + other;
        Api.as("staff").header("If-Match", Fixtures.etag(otherPath)).body(Map.of("shortTitle", Api.unique("Hội thảo 2022"),
                        "coordinators", List.of(Map.of("name", "Hội Y học", "associationId", own)),
                        "plannedStart", "2022-03-01", "plannedEnd", "2022-12-30", "status", "in_progress"))
                .put(otherPath).then().statusCode(200);
        Api.as("officer").body(Map.of("reportedOn", "2022-10-15", "percent", 60, "narrative", "Đã tổ chức một hội thảo."))
                .post(otherPath + "/progress").then().statusCode(201);
        job.run(LocalDate.of(2022, 12, 10), Instant.now());
        assertTrue(Outbox.rows(ds, "task-progress-missing", "task:" + other).isEmpty());
    }
}
