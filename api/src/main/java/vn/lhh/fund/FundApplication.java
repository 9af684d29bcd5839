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

/** An application (hồ sơ đề nghị) to a call of the fund or for task proposals. */
@Entity
@Table(name = "fund_application")
public class FundApplication {
    /** A member of the team: an expert of the network, by profile, with their role. */
    public record TeamMember(UUID expertId, String role) {
    }

    /** A line of the budget: what for, the amount requested from the call and the applicant's own (counterpart) funding. */
    public record BudgetLine(String item, long requestedVnd, long counterpartVnd) {
    }

    @Id
    public UUID id;
    @Column(name = "call_id", nullable = false)
    public UUID callId;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false)
    public ApplicantType applicantType;
    @Column(name = "association_id")
    public UUID associationId;
    @Column(name = "expert_id")
    public UUID expertId;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String summary;
    @Column(nullable = false)
    public String objectives;
    @Column(name = "expected_results", nullable = false)
    public String expectedResults;
    @Column(name = "duration_months", nullable = false)
    public int durationMonths;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<TeamMember> team = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "budget_lines", nullable = false)
    public List<BudgetLine> budgetLines = new ArrayList<>();
    @Column(name = "requested_vnd", nullable = false)
    public long requestedVnd;
    @Column(name = "counterpart_vnd", nullable = false)
    public long counterpartVnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "submitted_at")
    public Instant submittedAt;
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
