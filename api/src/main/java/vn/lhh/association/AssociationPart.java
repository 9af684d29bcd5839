package vn.lhh.association;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** What terms, congresses and leadership records share: they belong to one association and are versioned. */
@MappedSuperclass
public abstract class AssociationPart {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID associationId;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
