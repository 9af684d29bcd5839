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
    @Column(nullable = false)
    public UUID deliveryId;
    @Column(nullable = false)
    public int number;
    @Column(nullable = false)
    public Instant attemptedAt;
    @Column(nullable = false)
    public int durationMs;
    public Integer httpStatus;
    public String error;
}
