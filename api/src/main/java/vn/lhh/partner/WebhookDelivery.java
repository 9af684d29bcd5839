package vn.lhh.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One webhook message to one partner about one feed change, with its delivery state (rows are changed under a row lock, no version). */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    @Id
    public UUID id;
    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookEvent event;
    @Column(name = "issue_id", nullable = false)
    public UUID issueId;
    @Column(name = "feed_seq", nullable = false)
    public long feedSeq;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;
    public String body;
    @Column(name = "attempt_count", nullable = false)
    public int attemptCount;
    @Column(name = "round_attempts", nullable = false)
    public int roundAttempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "last_http_status")
    public Integer lastHttpStatus;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "redelivery_requested_by")
    public String redeliveryRequestedBy;
    @Column(name = "redelivery_requested_at")
    public Instant redeliveryRequestedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
