package vn.lhh.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Where the last pull from a partner's feed stopped, and how it went. */
@Entity
@Table(name = "partner_pull_state")
public class PartnerPullState {
    public enum Status { ok, failed }

    @Id
    @Column(name = "partner_id")
    public UUID partnerId;
    public String cursor;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "last_success_at")
    public Instant lastSuccessAt;
    @Column(name = "last_status")
    @Enumerated(EnumType.STRING)
    public Status lastStatus;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "last_count")
    public Integer lastCount;
}
