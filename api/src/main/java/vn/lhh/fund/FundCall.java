package vn.lhh.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A call (đợt kêu gọi) of the S&T activities fund, or for scientific task proposals to the province. */
@Entity
@Table(name = "fund_call")
public class FundCall {
    /** One criterion of the call's assessment rubric; weights are percentages. */
    public record Criterion(String code, String name, String description, int weight, int maxScore) {
    }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundCallKind kind;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String description;
    @Column(name = "budget_vnd", nullable = false)
    public long budgetVnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Eligibility eligibility;
    @Column(nullable = false)
    public String[] fields = new String[0];
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Criterion> rubric = new ArrayList<>();
    @Column(name = "normalise_scores", nullable = false)
    public boolean normaliseScores;
    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundCallStatus status;
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

    /** Applications are accepted now: the call is open and the instant lies in [opensAt, closesAt). */
    public boolean accepting(Instant now) {
        return status == FundCallStatus.open && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
