package vn.lhh.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An entry (bài dự thi): a model or product by one or more pupils, with its supervisor, files and status. */
@Entity
@Table(name = "contest_entry")
public class ContestEntry {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID editionId;
    @Column(nullable = false)
    public UUID categoryId;
    public int number;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String description;
    public String howItWorks;
    public String videoUrl;
    @Column(nullable = false)
    public String school;
    @Column(nullable = false)
    public String district;
    public String commune;
    @JdbcTypeCode(SqlTypes.JSON)
    public Supervisor supervisor;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<EntryAuthor> authors = new ArrayList<>();
    public boolean consentPublic;
    public Instant consentRecordedAt;
    public String consentRecordedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryStatus status;
    public String rejectionReason;
    public Instant submittedAt;
    @Enumerated(EnumType.STRING)
    public Award award;
    public String awardName;
    public Instant awardConfirmedAt;
    public String awardConfirmedBy;
    public String nominationNote;
    public Instant nominatedAt;
    @Column(nullable = false)
    public String registeredBy;
    @Column(nullable = false)
    public String schoolKey;
    @Column(nullable = false)
    public String districtKey;
    @Column(nullable = false)
    public String searchKey;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    /** How the office and the schools refer to it: the edition's year and the number, e.g. "2026-007". */
    public String code(int editionYear) {
        return "%d-%03d".formatted(editionYear, number);
    }
}
