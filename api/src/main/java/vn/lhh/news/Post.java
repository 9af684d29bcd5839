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
    @Column(nullable = false)
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
    public Instant eventStartsAt;
    public String eventPlace;
    public Instant scheduledAt;
    public Instant publishedAt;
    public String publishedBy;
    public Instant unpublishedAt;
    public UUID coverFileId;
    @Column(nullable = false)
    public String searchKey;
    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
