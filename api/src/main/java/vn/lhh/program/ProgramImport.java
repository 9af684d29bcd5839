package vn.lhh.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A previewed import, waiting for its commit (kept in the database so any instance can commit it). */
@Entity
@Table(name = "program_import")
public class ProgramImport {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String sourceText;
    @Column(nullable = false)
    public String sourceHash;
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String parsed;
    @Column(nullable = false)
    public String status;
    public UUID programId;
    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
}
