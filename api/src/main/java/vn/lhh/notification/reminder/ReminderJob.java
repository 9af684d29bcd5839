package vn.lhh.notification.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.IntSupplier;
import org.jboss.logging.Logger;
import vn.lhh.association.service.CongressReminders;
import vn.lhh.calendar.service.CalendarNotifications;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.consultation.service.ConsultationReminders;
import vn.lhh.contest.service.ContestReminders;
import vn.lhh.program.service.ProgramReminders;
import vn.lhh.registry.service.HandlingReminders;

/**
 * The scheduled reminders of every feature, each feature's rules in its own service. Safe to run on every
 * instance, twice, concurrently or after a restart: each reminder is a row unique per kind, occurrence and
 * recipient (the notification outbox's key), so a second run queues nothing new. A feature's failure does not
 * stop the others; the next run tries again.
 */
@ApplicationScoped
public class ReminderJob {
    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    @Inject
    CongressReminders congresses;
    @Inject
    ConsultationReminders consultations;
    @Inject
    ProgramReminders programs;
    @Inject
    ContestReminders contests;
    @Inject
    CalendarNotifications calendar;
    @Inject
    HandlingReminders documents;

    @Scheduled(identity = "notification-reminders", every = "${lhh.notifications.reminders.every}", delayed = "${lhh.notifications.reminders.delayed}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(ProvinceClock.today(), Instant.now());
    }

    /** One pass over every feature's reminders for the province's day {@code today}; returns the notifications queued now. */
    public int run(LocalDate today, Instant now) {
        int queued = 0;
        queued += guarded("congress", () -> congresses.remind(today));
        queued += guarded("consultation", () -> consultations.remind(today));
        queued += guarded("program", () -> programs.remind(today));
        queued += guarded("contest", () -> contests.remind(today));
        queued += guarded("calendar", () -> calendar.remind(now));
        queued += guarded("document-handling", () -> documents.remind(today));
        return queued;
    }

    private static int guarded(String feature, IntSupplier reminders) {
        try {
            return reminders.getAsInt();
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s reminders failed; the next run tries again", feature);
            return 0;
        }
    }
}
