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
    @Column(name = "email_key", nullable = false)
    public String emailKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public String language;
    @Column(name = "confirm_token_hash")
    public String confirmTokenHash;
    @Column(name = "confirm_expires_at")
    public Instant confirmExpiresAt;
    /** SHA-256 of the unsubscribe secret (the secret itself is derived from the nonce with the server's key). */
    @Column(name = "unsubscribe_token_hash", nullable = false)
    public String unsubscribeTokenHash;
    /** Names this sign-up's link secrets (see SubscriptionTokens); worthless without the server's key. New with each sign-up. */
    @Column(name = "link_nonce")
    public String linkNonce;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
