package vn.lhh.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A registration for a workshop, pending until confirmed from the e-mail. Personal data: shown to the office only (and once to the registrant, in the answer). */
@Entity
@Table(name = "calendar_registration")
public class Registration {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID eventId;
    @Column(nullable = false)
    public String fullName;
    @Column(nullable = false)
    public String email;
    public String organisation;
    /** The signed-in registrant's username; null for an anonymous registration. */
    public String username;
    @Column(nullable = false)
    public Instant createdAt;
    /** When the registrant confirmed from the e-mail; null while pending (a pending registration holds no seat). */
    public Instant confirmedAt;
    /** SHA-256 of the confirmation link's secret, while pending. */
    public String confirmTokenHash;
    public Instant confirmExpiresAt;
}
