package vn.lhh.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

/** A request for advice, critique or social assessment from a provincial body, and the union's response. */
@Entity
@Table(name = "consultation")
public class Consultation {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsultationKind kind;
    @Column(nullable = false)
    public String subject;
    public String description;
    @Column(nullable = false)
    public String requestingBody;
    public String requestReference;
    @Column(nullable = false)
    public LocalDate requestDate;
    @Column(nullable = false)
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsultationStatus status;
    public String cancelReason;
    public String responseText;
    public String responseReference;
    public LocalDate responseSentOn;
    @Column(nullable = false)
    public String[] responseSentTo = new String[0];
    public String responseSentBy;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "consultation_field", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "field_code")
    public Set<String> fieldCodes = new LinkedHashSet<>();
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
