package vn.lhh.bulletin.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Copies of one issue sent to one recipient: when, how many, how. The recipient's details are kept as they were then. */
@Entity
@Table(name = "distribution_record")
public class DistributionRecord {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID issueId;
    @Column(nullable = false)
    public UUID recipientId;
    public UUID listId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecipientKind recipientKind;
    @Column(nullable = false)
    public String recipientName;
    public String recipientDistrict;
    @Column(nullable = false)
    public String recipientAddress;
    @Column(nullable = false)
    public int copies;
    @Column(nullable = false)
    public LocalDate sentOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryMethod method;
    public String note;
    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
