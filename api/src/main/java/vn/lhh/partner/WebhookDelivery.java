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
    @Column(nullable = false)
    public UUID partnerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookEvent event;
    @Column(nullable = false)
    public UUID issueId;
    @Column(nullable = false)
    public long feedSeq;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;
    public String body;
    @Column(nullable = false)
    public int attemptCount;
    @Column(nullable = false)
    public int roundAttempts;
    public Instant nextAttemptAt;
    public Instant lastAttemptAt;
    public Integer lastHttpStatus;
    public String lastError;
    public String redeliveryRequestedBy;
    public Instant redeliveryRequestedAt;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
}
