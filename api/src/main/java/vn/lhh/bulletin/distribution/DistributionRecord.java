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
    @Column(name = "issue_id", nullable = false)
    public UUID issueId;
    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;
    @Column(name = "list_id")
    public UUID listId;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public RecipientKind recipientKind;
    @Column(name = "recipient_name", nullable = false)
    public String recipientName;
    @Column(name = "recipient_district")
    public String recipientDistrict;
    @Column(name = "recipient_address", nullable = false)
    public String recipientAddress;
    @Column(nullable = false)
    public int copies;
    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryMethod method;
    public String note;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
