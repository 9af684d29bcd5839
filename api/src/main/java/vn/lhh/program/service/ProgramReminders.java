package vn.lhh.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.service.NotificationService;
import vn.lhh.program.ProgramRepository;
import vn.lhh.program.ProgramTask;

/**
 * Program task reminders: before each year's end, tasks without a progress report that year → the officers of
 * the lead and coordinating associations (who may open their tasks); a task that becomes late → the office.
 */
@ApplicationScoped
public class ProgramReminders {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    ProgramRepository repo;
    @Inject
    NotificationService notifications;
    /** How many days before 31 December the missing-progress reminders start. */
    @ConfigProperty(name = "lhh.notifications.task-progress.days-before-year-end")
    int daysBeforeYearEnd;

    @Transactional
    public int remind(LocalDate today) {
        int queued = 0;
        for (var r : repo.lateTasks(today)) {
            ProgramTask t = r.task();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("taskTitle", r.title());
            data.put("plannedEnd", DATE.format(t.plannedEnd));
            // a new planned end that is missed again is a new occurrence
            queued += notifications.notifyOffice(NotificationKind.TASK_LATE, "task:" + t.id + ":late:" + t.plannedEnd, data, "/program-tasks/" + t.id);
        }
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
        if (!today.isBefore(yearEnd.minusDays(daysBeforeYearEnd))) {
            for (var r : repo.tasksWithoutProgressIn(today.getYear())) {
                ProgramTask t = r.task();
                Set<UUID> associations = new LinkedHashSet<>();
                if (t.leadAssociationId != null) {
                    associations.add(t.leadAssociationId);
                }
                t.coordinators.stream().map(c -> c.associationId).filter(Objects::nonNull).forEach(associations::add);
                Set<String> officers = new LinkedHashSet<>();
                associations.forEach(a -> officers.addAll(notifications.associationOfficers(a)));
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("taskTitle", r.title());
                data.put("year", today.getYear());
                queued += notifications.notifyUsers(officers, NotificationKind.TASK_PROGRESS_MISSING,
                        "task:" + t.id + ":progress:" + today.getYear(), data, "/program-tasks/" + t.id);
            }
        }
        return queued;
    }
}
