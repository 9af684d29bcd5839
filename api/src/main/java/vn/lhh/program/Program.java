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
    @Column(nullable = false)
    public String unionName;
    public String place;
    @Column(nullable = false)
    public String termLabel;
    @Column(nullable = false)
    public int startYear;
    @Column(nullable = false)
    public int endYear;
    @Column(nullable = false)
    public String documentNumber;
    public LocalDate documentDate;
    @Column(nullable = false)
    public String title;
    public String preamble;
    public String closing;
    public String signerTitle;
    public String signer;
    @Column(nullable = false)
    public String[] recipients = new String[0];
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgramStatus status;
    public String sourceHash;
    public UUID carriedFromId;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
