package vn.lhh.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who sees an event. everyone: the public, anonymous included, and the public .ics feed ("public" is a
 * Java keyword, hence the name); members: every signed-in person of the union (office, association
 * officers, experts; not partner clients); office: the union office only (staff, admin; "internal");
 * participants: the office, the chairperson, the users taking part and the officers of the associations
 * taking part. Whoever takes part always sees the event, whatever its visibility.
 */
@Schema(name = "CalendarVisibility")
public enum Visibility {
    everyone, members, office, participants
}
