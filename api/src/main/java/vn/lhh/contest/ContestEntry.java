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
    @Column(name = "edition_id", nullable = false)
    public UUID editionId;
    @Column(name = "category_id", nullable = false)
    public UUID categoryId;
    public int number;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String description;
    @Column(name = "how_it_works")
    public String howItWorks;
    @Column(name = "video_url")
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
    @Column(name = "consent_public")
    public boolean consentPublic;
    @Column(name = "consent_recorded_at")
    public Instant consentRecordedAt;
    @Column(name = "consent_recorded_by")
    public String consentRecordedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryStatus status;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Enumerated(EnumType.STRING)
    public Award award;
    @Column(name = "award_name")
    public String awardName;
    @Column(name = "award_confirmed_at")
    public Instant awardConfirmedAt;
    @Column(name = "award_confirmed_by")
    public String awardConfirmedBy;
    @Column(name = "nomination_note")
    public String nominationNote;
    @Column(name = "nominated_at")
    public Instant nominatedAt;
    @Column(name = "registered_by", nullable = false)
    public String registeredBy;
    @Column(name = "school_key", nullable = false)
    public String schoolKey;
    @Column(name = "district_key", nullable = false)
    public String districtKey;
    @Column(name = "search_key", nullable = false)
    public String searchKey;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    /** How the office and the schools refer to it: the edition's year and the number, e.g. "2026-007". */
    public String code(int editionYear) {
        return "%d-%03d".formatted(editionYear, number);
    }
}
