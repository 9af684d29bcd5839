package vn.lhh.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One write: who did what to which record, with the record before and after (JSON). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    public UUID id;
    @Column(nullable = false)
    public Instant occurredAt;
    @Column(nullable = false)
    public String actor;
    @Column(nullable = false)
    public String action;
    @Column(nullable = false)
    public String entityType;
    @Column(nullable = false)
    public String entityId;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String beforeState;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String afterState;
    public String requestId;
}
