package vn.lhh.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.service.NotificationService;
import vn.lhh.registry.DocumentHandling;
import vn.lhh.registry.HandlingRepository;
import vn.lhh.registry.OfficialDocument;

/**
 * Who hears about the handling of incoming documents (issue 18): each handler when they are given a document, the
 * handlers as its deadline nears, the handlers and the office once it is overdue. Every recipient is an office user
 * (handlers are chosen among them), who may open the document's page in the registry, so the link and the subject
 * reveal nothing they could not read.
 */
@ApplicationScoped
public class HandlingReminders {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    HandlingRepository repo;
    @Inject
    NotificationService notifications;

    @ConfigProperty(name = "lhh.notifications.document.due-soon-days")
    int dueSoonDays;

    static String link(Object documentId) {
        return "/registry/" + documentId;
    }

    /** In the assigning transaction: each newly added handler is told (the lead knows they lead). */
    void assigned(OfficialDocument d, DocumentHandling h, List<String> newHandlers) {
        for (String u : newHandlers) {
            Map<String, Object> data = document(d.symbol, d.subject, d.issuingBody, h.deadline);
            data.put("lead", u.equals(h.leadHandler));
            data.put("instruction", h.instruction == null ? "" : h.instruction);
            // the assignment's moment is part of the key: a handler removed and given the document again is told again
            notifications.notifyUser(u, NotificationKind.DOCUMENT_ASSIGNED, "document:" + d.id + ":assigned:" + h.assignedAt.toEpochMilli(),
                    data, link(d.id));
        }
    }

    /** The scheduled reminders of one day; returns how many notifications were queued now (0 when run again). */
    @Transactional
    public int remind(LocalDate today) {
        int queued = 0;
        // a handler who has left the office since no longer opens the registry: they are not written to
        Set<String> office = notifications.officeUsernames();
        for (var d : repo.openDueBy(today.plusDays(dueSoonDays))) {
            List<String> handlers = d.handlers().stream().filter(office::contains).toList();
            Map<String, Object> data = document(d.symbol(), d.subject(), d.issuingBody(), d.deadline());
            // the deadline is part of the key: a moved deadline is a new occurrence
            String key = "document:" + d.documentId() + ":" + d.deadline();
            if (!d.deadline().isBefore(today)) {
                data.put("daysLeft", ChronoUnit.DAYS.between(today, d.deadline()));
                queued += notifications.notifyUsers(handlers, NotificationKind.DOCUMENT_DUE, key, data, link(d.documentId()));
                continue;
            }
            data.put("daysOverdue", ChronoUnit.DAYS.between(d.deadline(), today));
            queued += notifications.notifyUsers(handlers, NotificationKind.DOCUMENT_OVERDUE, key, data, link(d.documentId()));
            queued += notifications.notifyOffice(NotificationKind.DOCUMENT_OVERDUE, key, data, link(d.documentId()));
        }
        return queued;
    }

    private static Map<String, Object> document(String symbol, String subject, String issuingBody, LocalDate deadline) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("documentSymbol", symbol == null ? "" : symbol);
        data.put("documentSubject", subject);
        data.put("issuingBody", issuingBody == null ? "" : issuingBody);
        data.put("deadline", DATE.format(deadline));
        return data;
    }
}
