package vn.lhh.news;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A news item, announcement or event notice of the union's website (tin tức, thông báo, sự kiện). */
@Entity
@Table(name = "post")
public class Post {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostKind kind;
    @Column(nullable = false)
    public String title;
    public String summary;
    /** Always the sanitiser's output: never stored as the caller sent it. */
    @Column(name = "body_html", nullable = false)
    public String bodyHtml;
    @Column(nullable = false)
    public String[] tags = new String[0];
    @Convert(converter = PostAudience.DbConverter.class)
    @Column(nullable = false)
    public PostAudience audience;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostStatus status;
    @Column(nullable = false)
    public boolean pinned;
    @Column(name = "event_starts_at")
    public Instant eventStartsAt;
    @Column(name = "event_place")
    public String eventPlace;
    @Column(name = "scheduled_at")
    public Instant scheduledAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "unpublished_at")
    public Instant unpublishedAt;
    @Column(name = "cover_file_id")
    public UUID coverFileId;
    @Column(name = "search_key", nullable = false)
    public String searchKey;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
