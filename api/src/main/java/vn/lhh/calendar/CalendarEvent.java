package vn.lhh.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A meeting, a work item or a workshop on the union's calendar. Times are instants; display is in Asia/Ho_Chi_Minh. */
@Entity
@Table(name = "calendar_event")
public class CalendarEvent {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventKind kind;
    @Column(nullable = false)
    public String title;
    public String description;
    public String agenda;
    @Column(nullable = false)
    public Instant startsAt;
    @Column(nullable = false)
    public Instant endsAt;
    public String place;
    public String onlineUrl;
    public String chairUsername;
    public String chairName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;
    @Column(nullable = false)
    public boolean registrationOpen;
    public Integer capacity;
    public Instant registrationClosesAt;
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "calendar_participant", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<Participant> participants = new ArrayList<>();
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "calendar_event_document", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<EventDocument> documents = new ArrayList<>();
    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
