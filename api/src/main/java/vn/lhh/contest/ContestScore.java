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
    @Column(name = "judge_id", nullable = false)
    public UUID judgeId;
    @Column(name = "entry_id", nullable = false)
    public UUID entryId;
    /** Criterion id → score. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> scores = new LinkedHashMap<>();
    /** Criterion id → comment. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "criterion_comments", nullable = false)
    public Map<String, String> criterionComments = new LinkedHashMap<>();
    public String comment;
    public BigDecimal total;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScoreStatus status;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "reopened_at")
    public Instant reopenedAt;
    @Column(name = "reopened_by")
    public String reopenedBy;
    @Column(name = "reopen_reason")
    public String reopenReason;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
