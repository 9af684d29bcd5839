package vn.lhh.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A field of the contest (lĩnh vực dự thi) in one edition; its rubric is a list of {@link ContestCriterion}. */
@Entity
@Table(name = "contest_category")
public class ContestCategory {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID editionId;
    @Column(nullable = false)
    public String code;
    @Column(nullable = false)
    public String name;
    public String description;
    public int position;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    /** Also bumped when the rubric is replaced, so If-Match on the category covers its rubric. */
    @Version
    public long version;
}
