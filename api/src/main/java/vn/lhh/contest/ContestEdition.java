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
    @Column(name = "co_organisers", nullable = false)
    public String[] coOrganisers = new String[0];
    @Column(name = "rules_file_id")
    public UUID rulesFileId;
    @Column(name = "registration_opens", nullable = false)
    public LocalDate registrationOpens;
    @Column(name = "registration_closes", nullable = false)
    public LocalDate registrationCloses;
    @Column(name = "submission_closes", nullable = false)
    public LocalDate submissionCloses;
    @Column(name = "judging_opens", nullable = false)
    public LocalDate judgingOpens;
    @Column(name = "judging_closes", nullable = false)
    public LocalDate judgingCloses;
    @Column(name = "results_date", nullable = false)
    public LocalDate resultsDate;
    @Column(name = "min_age")
    public int minAge;
    @Column(name = "max_age")
    public int maxAge;
    @Column(name = "min_grade")
    public Integer minGrade;
    @Column(name = "max_grade")
    public Integer maxGrade;
    @Column(name = "max_entries_per_school")
    public int maxEntriesPerSchool;
    @Column(name = "max_authors_per_entry")
    public int maxAuthorsPerEntry;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "award_quota", nullable = false)
    public AwardQuota awardQuota;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EditionStatus status;
    @Column(name = "results_published_at")
    public Instant resultsPublishedAt;
    @Column(name = "results_published_by")
    public String resultsPublishedBy;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
