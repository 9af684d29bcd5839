package vn.lhh.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A progress report on a task; reports are kept, never edited. */
@Entity
@Table(name = "task_progress")
public class TaskProgress {
    @Id
    public UUID id;
    @Column(name = "task_id", nullable = false)
    public UUID taskId;
    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;
    public Integer percent;
    public String milestone;
    @Column(nullable = false)
    public String narrative;
    @Column(name = "reported_by", nullable = false)
    public String reportedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
