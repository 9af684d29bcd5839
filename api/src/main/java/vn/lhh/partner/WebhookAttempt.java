package vn.lhh.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try to deliver a webhook: when, how long, and the HTTP status or the error. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {
    @Id
    public UUID id;
    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;
    @Column(nullable = false)
    public int number;
    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;
    @Column(name = "duration_ms", nullable = false)
    public int durationMs;
    @Column(name = "http_status")
    public Integer httpStatus;
    public String error;
}
