package vn.lhh.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String occurrenceKey;
    public String recipientType;
    public String recipient;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;
    public String link;
    public String title;
    public Instant createdAt;
    public boolean inApp;
    public Instant readAt;
    public String emailMode;
    public String deliveryStatus;
    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;
    public String emailAddress;
    public Instant sentAt;
    @Version
    public long version;
}
