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
    @Column(nullable = false)
    public LocalDate issueMonth;
    @Column(nullable = false)
    public String title;
    public String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IssueStatus status;
    public Instant scheduledAt;
    public Instant publishedAt;
    public String publishedBy;
    public Instant withdrawnAt;
    public String withdrawReason;
    public UUID coverFileId;
    public UUID pdfFileId;
    @Column(nullable = false)
    public String searchKey;
    public Long feedSeq;
    @Enumerated(EnumType.STRING)
    public FeedChange feedChange;
    public Instant feedChangedAt;
    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
