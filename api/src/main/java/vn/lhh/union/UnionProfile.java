package vn.lhh.union;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The one row of the union's stored identity: its logo (the rest is configuration). */
@Entity
@Table(name = "union_profile")
public class UnionProfile {
    public static final short ID = 1;

    @Id
    public Short id;
    public UUID logoFileId;
    @Version
    public long version;
    @Column(nullable = false)
    public Instant updatedAt;
}
