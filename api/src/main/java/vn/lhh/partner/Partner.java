package vn.lhh.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A partner union or agency: who they are, the client their tokens carry, our webhook to them and how we pull from them. */
@Entity
@Table(name = "partner")
public class Partner {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String province;
    @Column(name = "contact_person")
    public String contactPerson;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "client_id")
    public String clientId;
    @Column(nullable = false)
    public boolean active;
    @Column(name = "webhook_url")
    public String webhookUrl;
    @Column(name = "webhook_events", nullable = false)
    public String[] webhookEvents = new String[0];
    @Column(name = "webhook_secret", nullable = false)
    public String webhookSecret;
    @Column(name = "webhook_secret_rotated_at", nullable = false)
    public Instant webhookSecretRotatedAt;
    @Column(name = "pull_base_url")
    public String pullBaseUrl;
    @Column(name = "pull_token_url")
    public String pullTokenUrl;
    @Column(name = "pull_client_id")
    public String pullClientId;
    @Column(name = "pull_client_secret")
    public String pullClientSecret;
    @Column(name = "pull_notification_secret")
    public String pullNotificationSecret;
    @Column(name = "pull_scheduled", nullable = false)
    public boolean pullScheduled;
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

    public boolean pulls() {
        return pullBaseUrl != null;
    }
}
