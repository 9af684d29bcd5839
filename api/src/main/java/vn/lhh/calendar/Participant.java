package vn.lhh.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** One participant of an event, in the order the office listed them. */
@Embeddable
public class Participant {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantKind kind;
    public String username;
    public UUID associationId;
    /** The external body's name, or a display name for a user. */
    public String name;
}
