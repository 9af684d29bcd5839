package vn.lhh.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One judge's score sheet for one entry: a score and a comment per criterion, and an overall comment. */
@Entity
@Table(name = "contest_score")
public class ContestScore {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID judgeId;
    @Column(nullable = false)
    public UUID entryId;
    /** Criterion id → score. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> scores = new LinkedHashMap<>();
    /** Criterion id → comment. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> criterionComments = new LinkedHashMap<>();
    public String comment;
    public BigDecimal total;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScoreStatus status;
    public Instant submittedAt;
    public Instant reopenedAt;
    public String reopenedBy;
    public String reopenReason;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
