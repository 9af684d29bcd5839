package vn.lhh.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's personal feed token: only its SHA-256 (hex) is kept; the token itself is shown once, when created. */
@Entity
@Table(name = "calendar_feed_token")
public class FeedToken {
    @Id
    public String username;
    @Column(nullable = false)
    public String tokenHash;
    @Column(nullable = false)
    public Instant createdAt;
}
