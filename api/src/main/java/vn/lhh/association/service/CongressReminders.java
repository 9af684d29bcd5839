package vn.lhh.association.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.association.Association;
import vn.lhh.association.AssociationRepository;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.service.NotificationService;

/**
 * Congresses due within the window (lhh.congress.due-window-months) and overdue: the association's officers
 * (who may open their own association) and the office. Once per term end and state: a new term is a new
 * occurrence, and "overdue" follows "due" as a reminder of its own.
 */
@ApplicationScoped
public class CongressReminders {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AssociationRepository associations;
    @Inject
    NotificationService notifications;
    @ConfigProperty(name = "lhh.congress.due-window-months")
    int dueWindowMonths;

    @Transactional
    public int remind(LocalDate today) {
        int queued = 0;
        for (Association a : associations.congressDueBy(today.plusMonths(dueWindowMonths))) {
            boolean overdue = a.currentTermEnd.isBefore(today);
            NotificationKind kind = overdue ? NotificationKind.CONGRESS_OVERDUE : NotificationKind.CONGRESS_DUE;
            String key = "congress:" + a.id + ":" + a.currentTermEnd + (overdue ? ":overdue" : ":due");
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("associationName", a.name);
            data.put("termEnd", DATE.format(a.currentTermEnd));
            String link = "/associations/" + a.id;
            queued += notifications.notifyUsers(notifications.associationOfficers(a.id), kind, key, data, link);
            queued += notifications.notifyOffice(kind, key, data, link);
        }
        return queued;
    }
}
