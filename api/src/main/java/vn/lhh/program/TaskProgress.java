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
    @Column(nullable = false)
    public UUID taskId;
    @Column(nullable = false)
    public LocalDate reportedOn;
    public Integer percent;
    public String milestone;
    @Column(nullable = false)
    public String narrative;
    @Column(nullable = false)
    public String reportedBy;
    @Column(nullable = false)
    public Instant createdAt;
}
