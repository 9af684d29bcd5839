package vn.lhh.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A relation a judge declared with an entry (a relative among its authors, its supervisor…): a conflict of interest. */
@Entity
@Table(name = "contest_judge_relation")
public class JudgeRelation {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID judgeId;
    @Column(nullable = false)
    public UUID entryId;
    @Column(nullable = false)
    public String note;
    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
}
