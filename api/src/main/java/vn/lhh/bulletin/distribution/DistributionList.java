package vn.lhh.bulletin.distribution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A named list of recipients ("Xã, phường, thị trấn", "Sở, ban, ngành"), sent to in one go. */
@Entity
@Table(name = "distribution_list")
public class DistributionList {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    public String description;
    @Column(nullable = false)
    public String nameKey;
    // a change of members moves the list's version (Hibernate versions the owner of an element collection)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "distribution_list_member", joinColumns = @JoinColumn(name = "list_id"))
    @OrderColumn(name = "position")
    public List<ListMember> members = new ArrayList<>();
    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
