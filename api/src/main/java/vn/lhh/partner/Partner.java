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
    public String contactPerson;
    public String contactEmail;
    public String contactPhone;
    public String clientId;
    @Column(nullable = false)
    public boolean active;
    public String webhookUrl;
    @Column(nullable = false)
    public String[] webhookEvents = new String[0];
    @Column(nullable = false)
    public String webhookSecret;
    @Column(nullable = false)
    public Instant webhookSecretRotatedAt;
    public String pullBaseUrl;
    public String pullTokenUrl;
    public String pullClientId;
    public String pullClientSecret;
    public String pullNotificationSecret;
    @Column(nullable = false)
    public boolean pullScheduled;
    @Column(nullable = false)
    public String searchKey;
    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public boolean pulls() {
        return pullBaseUrl != null;
    }
}
