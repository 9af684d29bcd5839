package vn.lhh.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One numbered (or lettered) item of the document, its text verbatim. */
@Entity
@Table(name = "program_item")
public class ProgramItem {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID programId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemKind kind;
    public UUID parentId;
    /** The year of a year block's task; null elsewhere. */
    public Integer year;
    @Column(nullable = false)
    public String label;
    @Column(nullable = false)
    public int position;
    @Column(nullable = false)
    public String text;
    public Integer sourceLine;
}
