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
    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;
    @Column(name = "expert_id", nullable = false)
    public UUID expertId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentStatus status;
    @Column(name = "opinion_due_on", nullable = false)
    public LocalDate opinionDueOn;
    @Column(name = "conflict_declared_at")
    public Instant conflictDeclaredAt;
    @Column(name = "conflict_details")
    public String conflictDetails;
    @Column(name = "responded_at")
    public Instant respondedAt;
    @Column(name = "decline_reason")
    public String declineReason;
    @Column(name = "opinion_text")
    public String opinionText;
    @Column(name = "opinion_submitted_at")
    public Instant opinionSubmittedAt;
    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
