package vn.lhh.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lhh.calendar.CalendarEvent;
import vn.lhh.calendar.CalendarRepository;
import vn.lhh.calendar.EventKind;
import vn.lhh.calendar.Participant;
import vn.lhh.calendar.Registration;
import vn.lhh.calendar.Visibility;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.service.LinkSecrets;
import vn.lhh.notification.service.NotificationService;

/**
 * Who hears about events: the participants (users named, officers of associations named, the chair; all of
 * whom may open the event) when added, when the event changes, and before it; a workshop's registrants (bare
 * e-mail addresses) when registered and the day before.
 */
@ApplicationScoped
public class CalendarNotifications {
    private static final Logger LOG = Logger.getLogger(CalendarNotifications.class);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Inject
    CalendarRepository repo;
    @Inject
    NotificationService notifications;
    @ConfigProperty(name = "lhh.notifications.event-reminder.before")
    Duration eventReminderBefore;
    @ConfigProperty(name = "lhh.notifications.workshop-reminder.before")
    Duration workshopReminderBefore;

    /** The accounts that take part: named users, the officers of named associations and the chair. */
    Set<String> participants(CalendarEvent e) {
        Set<String> people = new LinkedHashSet<>();
        if (e.chairUsername != null) {
            people.add(e.chairUsername);
        }
        for (Participant p : e.participants) {
            if (p.username != null) {
                people.add(p.username);
            } else if (p.associationId != null) {
                people.addAll(notifications.associationOfficers(p.associationId));
            }
        }
        return people;
    }

    static Map<String, Object> data(CalendarEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("eventTitle", e.title);
        data.put("startsAt", WHEN.format(e.startsAt.atZone(ProvinceClock.ZONE)));
        data.put("where", e.place != null ? e.place : e.onlineUrl);
        return data;
    }

    static String link(CalendarEvent e) {
        return "/calendar/events/" + e.id;
    }

    /** In the creating transaction: everyone named is invited (but the one who wrote it). */
    void created(CalendarEvent e, String actor) {
        Set<String> people = participants(e);
        people.remove(actor);
        notifications.notifyUsers(people, NotificationKind.EVENT_INVITATION, "event:" + e.id + ":participant", data(e), link(e));
    }

    /**
     * In the updating transaction: newcomers are invited; those already taking part hear of a change of title,
     * time or place (a change of anything else, e.g. the agenda's wording, is not worth a mail).
     */
    void updated(CalendarEvent e, Set<String> before, String titleBefore, Instant startsBefore, Instant endsBefore, String whereBefore, String actor) {
        Set<String> now = participants(e);
        now.remove(actor);
        Set<String> added = new LinkedHashSet<>(now);
        added.removeAll(before);
        notifications.notifyUsers(added, NotificationKind.EVENT_INVITATION, "event:" + e.id + ":participant", data(e), link(e));
        boolean changed = !Objects.equals(titleBefore, e.title) || !Objects.equals(startsBefore, e.startsAt) || !Objects.equals(endsBefore, e.endsAt)
                || !Objects.equals(whereBefore, where(e));
        if (changed) {
            Set<String> stayed = new LinkedHashSet<>(now);
            stayed.retainAll(before);
            notifications.notifyUsers(stayed, NotificationKind.EVENT_CHANGED, "event:" + e.id + ":change:" + e.version, data(e), link(e));
        }
    }

    static String where(CalendarEvent e) {
        return e.place != null ? e.place : e.onlineUrl;
    }

    /** In the registering transaction: the registrant's own address (the link only when anyone may open the event). */
    void registered(CalendarEvent e, Registration r) {
        Map<String, Object> data = data(e);
        data.put("fullName", r.fullName);
        if (!usable(r.email)) {
            // an address the form accepted but the outbox would not: the registration stands, without a mail
            LOG.infof("registration %s: no confirmation mail (address not usable)", r.id);
            return;
        }
        notifications.notifyAddress(r.email, NotificationKind.WORKSHOP_REGISTRATION_CONFIRMED, "registration:" + r.id, data,
                e.visibility == Visibility.everyone ? link(e) : null);
    }

    /**
     * In the registering transaction: the link that confirms a pending registration, to the address given.
     * Each link is its own occurrence (its secret's hash names it); the outbox holds a stand-in for the secret, so a repeated registration mails its new link.
     */
    void confirmationLink(CalendarEvent e, Registration r, String secretReference) {
        if (!usable(r.email)) {
            LOG.infof("registration %s: no confirmation link (address not usable)", r.id);
            return;
        }
        Map<String, Object> data = data(e);
        data.put("fullName", r.fullName);
        data.put("expiresAt", WHEN.format(r.confirmExpiresAt.atZone(ProvinceClock.ZONE)));
        notifications.notifyAddress(r.email, NotificationKind.WORKSHOP_REGISTRATION_CONFIRM,
                "registration:" + r.id + ":link:" + r.confirmTokenHash.substring(0, 32), data,
                "/workshop-registration/confirm?token=" + LinkSecrets.placeholder(secretReference));
    }

    private static boolean usable(String email) {
        return email.matches("[^\\s@\\p{Cntrl}<>,;\"]{1,64}@[^\\s@\\p{Cntrl}<>,;\"]+\\.[^\\s@\\p{Cntrl}<>,;\"]+");
    }

    /** Reminders of events starting soon; the start time is in the key, so a moved event is reminded again. */
    @Transactional
    public int remind(Instant now) {
        int queued = 0;
        for (CalendarEvent e : repo.startingBetween(now, now.plus(eventReminderBefore))) {
            queued += notifications.notifyUsers(participants(e), NotificationKind.EVENT_REMINDER,
                    "event:" + e.id + ":reminder:" + e.startsAt.toEpochMilli(), data(e), link(e));
        }
        for (CalendarEvent e : repo.startingBetween(now, now.plus(workshopReminderBefore))) {
            if (e.kind != EventKind.workshop) {
                continue;
            }
            for (Registration r : repo.allRegistrations(e.id)) {
                Map<String, Object> data = data(e);
                if (usable(r.email) && notifications.notifyAddress(r.email, NotificationKind.WORKSHOP_REMINDER, "registration:" + r.id + ":reminder:" + e.startsAt.toEpochMilli(),
                        data, e.visibility == Visibility.everyone ? link(e) : null)) {
                    queued++;
                }
            }
        }
        return queued;
    }
}
