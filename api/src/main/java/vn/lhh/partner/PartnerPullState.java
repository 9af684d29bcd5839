package vn.lhh.partner;

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
    public UUID partnerId;
    public String cursor;
    public Instant lastAttemptAt;
    public Instant lastSuccessAt;
    @Enumerated(EnumType.STRING)
    public Status lastStatus;
    public String lastError;
    public Integer lastCount;
}
