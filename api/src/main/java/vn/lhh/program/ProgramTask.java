package vn.lhh.program;

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

/** A tracked task: a regular task in one year of the term, or a task of a given year. */
@Entity
@Table(name = "program_task")
public class ProgramTask {
    @Id
    public UUID id;
    @Column(nullable = false)
    public UUID programId;
    @Column(nullable = false)
    public UUID itemId;
    @Column(nullable = false)
    public int year;
    public String shortTitle;
    public String leadUnit;
    public UUID leadAssociationId;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "program_task_coordinator", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<Coordinator> coordinators = new ArrayList<>();
    @Column(nullable = false)
    public LocalDate plannedStart;
    @Column(nullable = false)
    public LocalDate plannedEnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;
    /** The percent of the latest progress report that gave one. */
    public Integer latestPercent;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    /** A body that works with the lead unit: a department, the Youth Union, a member association… */
    @Embeddable
    public static class Coordinator {
        @Column(nullable = false)
        public String name;
        public UUID associationId;

        public Coordinator() {
        }

        public Coordinator(String name, UUID associationId) {
            this.name = name;
            this.associationId = associationId;
        }
    }
}
