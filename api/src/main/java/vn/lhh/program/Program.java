package vn.lhh.program;

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

/** A term action program (chương trình hoạt động toàn khóa), e.g. 106/CTr-LHH, khóa VI, 2019–2024. */
@Entity
@Table(name = "program")
public class Program {
    @Id
    public UUID id;
    @Column(name = "union_name", nullable = false)
    public String unionName;
    public String place;
    @Column(name = "term_label", nullable = false)
    public String termLabel;
    @Column(name = "start_year", nullable = false)
    public int startYear;
    @Column(name = "end_year", nullable = false)
    public int endYear;
    @Column(name = "document_number", nullable = false)
    public String documentNumber;
    @Column(name = "document_date")
    public LocalDate documentDate;
    @Column(nullable = false)
    public String title;
    public String preamble;
    public String closing;
    @Column(name = "signer_title")
    public String signerTitle;
    public String signer;
    @Column(nullable = false)
    public String[] recipients = new String[0];
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgramStatus status;
    @Column(name = "source_hash")
    public String sourceHash;
    @Column(name = "carried_from_id")
    public UUID carriedFromId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
