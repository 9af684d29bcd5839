package vn.lhh.registry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An official document in the registry: outgoing with the number and symbol the system gave it
 * (106/CTr-LHH), or incoming with the sender's symbol and the registry entry number (số đến).
 */
@Entity
@Table(name = "official_document")
public class OfficialDocument {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentDirection direction;
    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false)
    public DocumentType type;
    /** Outgoing: the number in the symbol; incoming: the registry entry number. */
    @Column(nullable = false)
    public int number;
    @Column(nullable = false)
    public int year;
    /** The numbering series: the type's code for outgoing documents, '-' for incoming. */
    @Column(nullable = false)
    public String series;
    @Column(nullable = false)
    public String symbol;
    @Column(nullable = false)
    public LocalDate documentDate;
    public LocalDate receivedOn;
    @Column(nullable = false)
    public String subject;
    public String signer;
    public String signerTitle;
    @Column(nullable = false)
    public String issuingBody;
    public String draftingUnit;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "official_document_recipient", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    public List<Recipient> recipients = new ArrayList<>();
    public String note;
    public UUID fileId;
    public UUID programTaskId;
    public UUID consultationId;
    public UUID bulletinIssueId;
    public UUID contestEditionId;
    @Column(nullable = false)
    public String searchKey;
    @Column(nullable = false)
    public String numberKey;
    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    /** Nơi nhận: a body by name, possibly one of the member associations. */
    @Embeddable
    public static class Recipient {
        @Column(nullable = false)
        public String name;
        public UUID associationId;

        public Recipient() {
        }

        public Recipient(String name, UUID associationId) {
            this.name = name;
            this.associationId = associationId;
        }
    }
}
