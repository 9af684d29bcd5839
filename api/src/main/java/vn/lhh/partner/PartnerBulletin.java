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
    @Column(nullable = false)
    public UUID partnerId;
    @Column(nullable = false)
    public UUID remoteId;
    public Integer volume;
    public Integer number;
    public String issueMonth;
    @Column(nullable = false)
    public String title;
    public String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    public Instant publishedAt;
    public Instant withdrawnAt;
    public String withdrawReason;
    @Column(nullable = false)
    public String issueUrl;
    public String pdfUrl;
    public Long pdfSizeBytes;
    public String coverUrl;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Article> articles = new ArrayList<>();
    @Column(nullable = false)
    public String remoteCursor;
    @Column(nullable = false)
    public Instant remoteChangedAt;
    @Column(nullable = false)
    public String searchKey;
    @Column(nullable = false)
    public Instant firstSeenAt;
    @Column(nullable = false)
    public Instant updatedAt;
}
