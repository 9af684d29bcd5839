package vn.lhh.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.consultation.Assignment;
import vn.lhh.consultation.Consultation;
import vn.lhh.consultation.ConsultationRepository;
import vn.lhh.expert.service.ExpertService;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.service.NotificationService;
import vn.lhh.expert.dto.ExpertRef;

/**
 * Who hears about consultations: the expert when assigned and as their opinion falls due or overdue, the office
 * when an opinion stays overdue and as the response deadline nears and passes. Experts are sent to their own
 * assignments page (they may open their assignments, not the office's board).
 */
@ApplicationScoped
public class ConsultationReminders {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String EXPERT_LINK = "/my-assignments";

    @Inject
    ConsultationRepository repo;
    @Inject
    ExpertService experts;
    @Inject
    NotificationService notifications;

    @ConfigProperty(name = "lhh.notifications.opinion.due-soon-days")
    int opinionDueSoonDays;
    @ConfigProperty(name = "lhh.notifications.opinion.overdue-office-after-days")
    int overdueOfficeAfterDays;
    @ConfigProperty(name = "lhh.notifications.consultation.deadline-near-days")
    int deadlineNearDays;

    /** In the assigning transaction: the expert is invited (when they have an account). */
    void assigned(Consultation c, Assignment a, ExpertRef e) {
        if (e.username() == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("consultationSubject", c.subject);
        data.put("requestingBody", c.requestingBody);
        data.put("opinionDueOn", DATE.format(a.opinionDueOn));
        notifications.notifyUser(e.username(), NotificationKind.CONSULTATION_ASSIGNED, "assignment:" + a.id, data, EXPERT_LINK);
    }

    /** The scheduled reminders of one day; returns how many notifications were queued now (0 when run again). */
    @Transactional
    public int remind(LocalDate today) {
        int queued = 0;
        for (var d : repo.openAssignmentsDueBy(today.plusDays(opinionDueSoonDays))) {
            ExpertRef e = experts.find(d.expertId());
            if (e == null) {
                continue;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("consultationSubject", d.subject());
            data.put("opinionDueOn", DATE.format(d.opinionDueOn()));
            data.put("expertName", e.fullName());
            // the due date is part of the key: a moved deadline is a new occurrence
            String key = "assignment:" + d.assignmentId() + ":" + d.opinionDueOn();
            if (!d.opinionDueOn().isBefore(today)) {
                data.put("daysLeft", ChronoUnit.DAYS.between(today, d.opinionDueOn()));
                if (e.username() != null && notifications.notifyUser(e.username(), NotificationKind.OPINION_DUE_SOON, key, data, EXPERT_LINK)) {
                    queued++;
                }
                continue;
            }
            if (e.username() != null && notifications.notifyUser(e.username(), NotificationKind.OPINION_OVERDUE, key, data, EXPERT_LINK)) {
                queued++;
            }
            // the office hears when the expert did not react to their own reminder (at once for an expert without an account)
            if (e.username() == null || !d.opinionDueOn().plusDays(overdueOfficeAfterDays).isAfter(today)) {
                queued += notifications.notifyOffice(NotificationKind.OPINION_OVERDUE, key, data, "/consultations/" + d.consultationId());
            }
        }
        for (Consultation c : repo.openDueBy(today.plusDays(deadlineNearDays))) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("consultationSubject", c.subject);
            data.put("requestingBody", c.requestingBody);
            data.put("deadline", DATE.format(c.deadline));
            String key = "consultation:" + c.id + ":" + c.deadline;
            if (c.deadline.isBefore(today)) {
                queued += notifications.notifyOffice(NotificationKind.CONSULTATION_DEADLINE_PASSED, key, data, "/consultations/" + c.id);
            } else {
                data.put("daysLeft", ChronoUnit.DAYS.between(today, c.deadline));
                queued += notifications.notifyOffice(NotificationKind.CONSULTATION_DEADLINE_NEAR, key, data, "/consultations/" + c.id);
            }
        }
        return queued;
    }
}
