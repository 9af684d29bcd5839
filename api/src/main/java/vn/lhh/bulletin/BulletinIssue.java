package vn.lhh.bulletin;

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

/** One monthly issue of the bulletin (số Tập san): one per month, with its full PDF and cover. */
@Entity
@Table(name = "bulletin_issue")
public class BulletinIssue {
    @Id
    public UUID id;
    @Column(nullable = false)
    public int volume;
    @Column(nullable = false)
    public int number;
    /** The first day of the issue's month. */
    @Column(name = "issue_month", nullable = false)
    public LocalDate issueMonth;
    @Column(nullable = false)
    public String title;
    public String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IssueStatus status;
    @Column(name = "scheduled_at")
    public Instant scheduledAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdraw_reason")
    public String withdrawReason;
    @Column(name = "cover_file_id")
    public UUID coverFileId;
    @Column(name = "pdf_file_id")
    public UUID pdfFileId;
    @Column(name = "search_key", nullable = false)
    public String searchKey;
    @Column(name = "feed_seq")
    public Long feedSeq;
    @Enumerated(EnumType.STRING)
    @Column(name = "feed_change")
    public FeedChange feedChange;
    @Column(name = "feed_changed_at")
    public Instant feedChangedAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
