package vn.lhh.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A rubric criterion of a category: its weight, the highest score and what each score level means. */
@Entity
@Table(name = "contest_criterion")
public class ContestCriterion {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID categoryId;
    public int position;
    @Column(nullable = false)
    public String name;
    public String description;
    @Column(nullable = false)
    public BigDecimal weight;
    public int maxScore;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CriterionLevel> levels = new ArrayList<>();
}
