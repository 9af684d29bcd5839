package vn.lhh.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One notification for one recipient: its inbox entry and its e-mail delivery (see V18__notification.sql). */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    public static final String USER = "user";
    public static final String ADDRESS = "address";

    @Id
    public UUID id;
    public String kind;
    @Column(name = "occurrence_key")
    public String occurrenceKey;
    @Column(name = "recipient_type")
    public String recipientType;
    public String recipient;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;
    public String link;
    public String title;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "in_app")
    public boolean inApp;
    @Column(name = "read_at")
    public Instant readAt;
    @Column(name = "email_mode")
    public String emailMode;
    @Column(name = "delivery_status")
    public String deliveryStatus;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "email_address")
    public String emailAddress;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Version
    public long version;
}
