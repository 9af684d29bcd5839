package vn.lhh.expert;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A profile in the expert network (mạng lưới chuyên gia). */
@Entity
@Table(name = "expert")
public class Expert {
    @Id
    public UUID id;
    /** The Keycloak user who is this expert; one profile per user. */
    public String username;
    @Column(nullable = false)
    public String fullName;
    public String titleCode;
    public String degreeCode;
    public String position;
    public String organisation;
    public String biography;
    /** JSON array of {title, url, year}. */
    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, columnDefinition = "jsonb")
    public String publications = "[]";
    public String orcid;
    @Column(nullable = false)
    public String[] languages = new String[0];
    @Column(nullable = false)
    public String[] keywords = new String[0];
    public String contactEmail;
    public String contactPhone;
    public String contactAddress;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Availability availability;
    public LocalDate busyUntil;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Membership membership;
    public String proposedBy;
    @Convert(converter = Visibility.Column.class)
    @Column(nullable = false)
    public Visibility profileVisibility;
    @Convert(converter = Visibility.Column.class)
    @Column(nullable = false)
    public Visibility biographyVisibility;
    @Convert(converter = Visibility.Column.class)
    @Column(nullable = false)
    public Visibility contactVisibility;
    @Convert(converter = Visibility.Column.class)
    @Column(nullable = false)
    public Visibility availabilityVisibility;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "expert_field", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "field_code")
    public Set<String> fieldCodes = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "expert_association", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "association_id")
    public Set<UUID> associationIds = new LinkedHashSet<>();
    @Column(nullable = false)
    public String nameKey;
    @Column(nullable = false)
    public String searchKey;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
