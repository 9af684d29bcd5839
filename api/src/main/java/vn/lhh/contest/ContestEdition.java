package vn.lhh.contest;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One year's contest: its rules, phases, eligibility and limits. */
@Entity
@Table(name = "contest_edition")
public class ContestEdition {
    @Id
    public UUID id;
    public int year;
    @Column(nullable = false)
    public String name;
    public String description;
    @Column(nullable = false)
    public String[] coOrganisers = new String[0];
    public UUID rulesFileId;
    @Column(nullable = false)
    public LocalDate registrationOpens;
    @Column(nullable = false)
    public LocalDate registrationCloses;
    @Column(nullable = false)
    public LocalDate submissionCloses;
    @Column(nullable = false)
    public LocalDate judgingOpens;
    @Column(nullable = false)
    public LocalDate judgingCloses;
    @Column(nullable = false)
    public LocalDate resultsDate;
    public int minAge;
    public int maxAge;
    public Integer minGrade;
    public Integer maxGrade;
    public int maxEntriesPerSchool;
    public int maxAuthorsPerEntry;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public AwardQuota awardQuota;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EditionStatus status;
    public Instant resultsPublishedAt;
    public String resultsPublishedBy;
    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
