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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The handling of one incoming document: instruction, handlers, deadline, reports, answer and state. */
@Entity
@Table(name = "document_handling")
public class DocumentHandling {
    @Id
    public UUID documentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HandlingState state;
    /** Bút phê: the leader's instruction. */
    public String instruction;
    public LocalDate deadline;
    public String leadHandler;
    public String filedReason;
    public UUID answerDocumentId;
    public String assignedBy;
    public Instant assignedAt;
    public String closedBy;
    public Instant closedAt;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "document_handler", joinColumns = @JoinColumn(name = "document_id"))
    public List<Handler> handlers = new ArrayList<>();
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public Optional<Handler> handler(String username) {
        return handlers.stream().filter(h -> h.username.equals(username)).findFirst();
    }

    /** Past its deadline and not finished, on the province's day. */
    public boolean overdue(LocalDate today) {
        return state.handling() && deadline != null && deadline.isBefore(today);
    }

    /** One handler of the document, the lead or not, with their report. */
    @Embeddable
    public static class Handler {
        @Column(nullable = false)
        public String username;
        @Column(nullable = false)
        public boolean lead;
        public String report;
        public Instant reportedAt;

        public Handler() {
        }

        public Handler(String username, boolean lead) {
            this.username = username;
            this.lead = lead;
        }
    }
}
