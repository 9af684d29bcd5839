package vn.lhh.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** user: a person with an account (Keycloak username); association: a member association; external: a body named in text. */
@Schema(name = "CalendarParticipantKind")
public enum ParticipantKind {
    user, association, external
}
