package vn.lhh.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bulletin issue as a partner's feed last told it; links point to the partner's own files. */
@Entity
@Table(name = "partner_bulletin")
public class PartnerBulletin {
    public enum Status { published, withdrawn }

    /** An article of the issue, as listed by the partner. */
    @Schema(name = "PartnerBulletinArticle")
    public record Article(@Schema(required = true) String title, @Schema(required = true, description = "Names as printed") List<String> authors,
                          Integer pageFrom, Integer pageTo, @Schema(description = "The partner's PDF of the article, if any") String pdfUrl) {
    }

    @Id
    public UUID id;
    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;
    @Column(name = "remote_id", nullable = false)
    public UUID remoteId;
    public Integer volume;
    public Integer number;
    @Column(name = "issue_month")
    public String issueMonth;
    @Column(nullable = false)
    public String title;
    public String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdraw_reason")
    public String withdrawReason;
    @Column(name = "issue_url", nullable = false)
    public String issueUrl;
    @Column(name = "pdf_url")
    public String pdfUrl;
    @Column(name = "pdf_size_bytes")
    public Long pdfSizeBytes;
    @Column(name = "cover_url")
    public String coverUrl;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Article> articles = new ArrayList<>();
    @Column(name = "remote_cursor", nullable = false)
    public String remoteCursor;
    @Column(name = "remote_changed_at", nullable = false)
    public Instant remoteChangedAt;
    @Column(name = "search_key", nullable = false)
    public String searchKey;
    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
