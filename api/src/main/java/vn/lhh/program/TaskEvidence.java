package vn.lhh.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file attached to a progress report as evidence; its bytes are read only when downloaded. */
@Entity
@Table(name = "task_evidence")
public class TaskEvidence {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID progressId;
    @Column(nullable = false)
    public String fileName;
    @Column(nullable = false)
    public String contentType;
    @Column(nullable = false)
    public int sizeBytes;
    @Column(nullable = false)
    public String sha256;
    @Column(nullable = false)
    public String uploadedBy;
    @Column(nullable = false)
    public Instant createdAt;
}
