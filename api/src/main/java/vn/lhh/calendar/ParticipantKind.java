package vn.lhh.calendar;

/** user: a person with an account (Keycloak username); association: a member association; external: a body named in text. */
public enum ParticipantKind {
    user, association, external
}
