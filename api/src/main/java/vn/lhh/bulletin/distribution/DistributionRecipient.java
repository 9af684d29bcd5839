package vn.lhh.bulletin.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Someone the bulletin is given to free of charge, with where to send it and how many copies. */
@Entity
@Table(name = "distribution_recipient")
public class DistributionRecipient {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecipientKind kind;
    @Column(nullable = false)
    public String name;
    public String district;
    @Column(nullable = false)
    public String address;
    public String contactPerson;
    public String phone;
    @Column(nullable = false)
    public int copies;
    @Column(nullable = false)
    public boolean active;
    public String note;
    @Column(nullable = false)
    public String nameKey;
    @Column(nullable = false)
    public String districtKey;
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
}
