package vn.lhh.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An expert assigned to a consultation: their conflict declaration, their answer, their opinion. */
@Entity
@Table(name = "consultation_assignment")
public class Assignment {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID consultationId;
    @Column(nullable = false)
    public UUID expertId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentStatus status;
    @Column(nullable = false)
    public LocalDate opinionDueOn;
    public Instant conflictDeclaredAt;
    public String conflictDetails;
    public Instant respondedAt;
    public String declineReason;
    public String opinionText;
    public Instant opinionSubmittedAt;
    @Column(nullable = false)
    public String assignedBy;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
