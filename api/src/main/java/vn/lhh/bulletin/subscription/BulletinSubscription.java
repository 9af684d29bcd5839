package vn.lhh.bulletin.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An e-mail address that asked for the bulletin: pending until its owner follows the confirmation link. */
@Entity
@Table(name = "bulletin_subscription")
public class BulletinSubscription {
    public enum Status {
        pending, confirmed, unsubscribed
    }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String email;
    @Column(nullable = false)
    public String emailKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public String language;
    public String confirmTokenHash;
    public Instant confirmExpiresAt;
    /** SHA-256 of the unsubscribe secret (the secret itself is derived from the nonce with the server's key). */
    @Column(nullable = false)
    public String unsubscribeTokenHash;
    /** Names this sign-up's link secrets (see SubscriptionTokens); worthless without the server's key. New with each sign-up. */
    public String linkNonce;
    @Column(nullable = false)
    public Instant createdAt;
    public Instant confirmedAt;
    public Instant unsubscribedAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
