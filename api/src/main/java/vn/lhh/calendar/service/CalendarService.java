package vn.lhh.calendar.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lhh.association.service.AssociationService;
import vn.lhh.calendar.CalendarEvent;
import vn.lhh.calendar.CalendarRepository;
import vn.lhh.calendar.CalendarRepository.Clash;
import vn.lhh.calendar.CalendarRepository.Viewer;
import vn.lhh.calendar.EventDocument;
import vn.lhh.calendar.EventKind;
import vn.lhh.calendar.FeedToken;
import vn.lhh.calendar.Participant;
import vn.lhh.calendar.ParticipantKind;
import vn.lhh.calendar.Registration;
import vn.lhh.calendar.dto.CalendarDtos.ConflictDto;
import vn.lhh.calendar.dto.CalendarDtos.DocumentDto;
import vn.lhh.calendar.dto.CalendarDtos.DocumentInput;
import vn.lhh.calendar.dto.CalendarDtos.EventDto;
import vn.lhh.calendar.dto.CalendarDtos.EventInput;
import vn.lhh.calendar.dto.CalendarDtos.FeedStatus;
import vn.lhh.calendar.dto.CalendarDtos.ParticipantDto;
import vn.lhh.calendar.dto.CalendarDtos.ParticipantInput;
import vn.lhh.calendar.dto.CalendarDtos.RegistrationDto;
import vn.lhh.calendar.dto.CalendarDtos.RegistrationInput;
import vn.lhh.calendar.dto.CalendarDtos.RegistrationState;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.Snapshots;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.export.Rows;
import vn.lhh.common.i18n.Messages;
import vn.lhh.common.paging.Page;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.ratelimit.RateLimiter;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.notification.service.LinkSecrets;

/** The union's calendar: meetings, work items, workshops; double bookings; workshop registration; iCalendar feeds. */
@ApplicationScoped
public class CalendarService {
    public static final String ENTITY = "calendar-event";
    public static final String REGISTRATION = "calendar-registration";
    public static final String FEED_TOKEN = "calendar-feed-token";
    /** The longest range a list or a feed covers: a month view needs six weeks. */
    public static final int MAX_RANGE_DAYS = 92;
    static final Duration MAX_EVENT_LENGTH = Duration.ofDays(31);
    private static final Logger LOG = Logger.getLogger(CalendarService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CalendarRepository repo;
    @Inject
    CurrentUser user;
    @Inject
    AssociationService associations;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;
    @Inject
    CalendarNotifications notifications;
    @Inject
    RateLimiter limiter;
    @Inject
    LinkSecrets secrets;

    @ConfigProperty(name = "lhh.calendar.registration.confirm-ttl")
    Duration registrationConfirmTtl;
    @ConfigProperty(name = "lhh.calendar.registration.per-client-per-minute")
    int perClientPerMinute;
    @ConfigProperty(name = "lhh.calendar.registration.per-address-per-minute")
    int perAddressPerMinute;

    /** The caller as the calendar sees them. */
    public Viewer viewer() {
        if (user.isAnonymous()) {
            return Viewer.anonymous();
        }
        boolean member = user.isStaffOrAdmin() || user.hasRole(Roles.ASSOCIATION_OFFICER) || user.hasRole(Roles.EXPERT);
        Set<UUID> mine = user.hasRole(Roles.ASSOCIATION_OFFICER) ? new HashSet<>(associations.associationsOfOfficer(user.username())) : Set.of();
        return new Viewer(user.username(), user.isStaffOrAdmin(), member, mine);
    }

    /** The instants of a range of province days, from the first day's midnight to the midnight after the last. */
    public static Instant[] dayRange(LocalDate from, LocalDate to) {
        if (from == null) {
            throw ProblemException.invalidField("from", "calendar.required");
        }
        if (to == null) {
            throw ProblemException.invalidField("to", "calendar.required");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "calendar.range-order");
        }
        if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw ProblemException.invalidField("to", "calendar.range-too-long", MAX_RANGE_DAYS);
        }
        return new Instant[] {from.atStartOfDay(ProvinceClock.ZONE).toInstant(), to.plusDays(1).atStartOfDay(ProvinceClock.ZONE).toInstant()};
    }

    public Page<EventDto> list(LocalDate from, LocalDate to, EventKind kind, boolean mine, int page, int size) {
        Instant[] range = dayRange(from, to);
        Viewer v = viewer();
        if (mine && v.username() == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "calendar.mine-needs-sign-in");
        }
        Page<CalendarEvent> p = repo.inRange(new CalendarRepository.Filter(range[0], range[1], kind, mine), v, page, size);
        return details(p.items(), v).stream().collect(Collectors.collectingAndThen(Collectors.toList(),
                items -> new Page<>(items, p.page(), p.size(), p.total())));
    }

    /**
     * The list as an export: the same range, filters and viewer (decided now, for this request's
     * caller), every page read while the file is written.
     */
    public Rows<EventDto> export(LocalDate from, LocalDate to, EventKind kind, boolean mine) {
        Instant[] range = dayRange(from, to);
        Viewer v = viewer();
        if (mine && v.username() == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "calendar.mine-needs-sign-in");
        }
        var filter = new CalendarRepository.Filter(range[0], range[1], kind, mine);
        int size = Rows.pageSize();
        return Rows.cursor(at -> {
            int n = at == null ? 1 : Integer.parseInt(at);
            List<CalendarEvent> events = repo.inRange(filter, v, n, size).items();
            return new Rows.Chunk<>(details(events, v), events.size() < size ? null : Integer.toString(n + 1));
        });
    }

    /** The search box's events: those the caller may see (the rule of {@link #get}) whose title, place or chairperson has the words. */
    public List<EventDto> search(String q, int limit) {
        Viewer v = viewer();
        return details(repo.search(q, v, limit), v);
    }

    /** An event the caller may see; others are "not found", so that their existence does not leak. */
    public CalendarEvent get(UUID id) {
        CalendarEvent e = repo.findById(id);
        if (e == null || !viewer().sees(e)) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return e;
    }

    public EventDto detail(CalendarEvent e) {
        return details(List.of(e), viewer()).get(0);
    }

    /** DTOs of events with their conflicts and registration counts, in three queries whatever their number. */
    List<EventDto> details(List<CalendarEvent> events, Viewer v) {
        List<UUID> ids = events.stream().map(e -> e.id).toList();
        List<Clash> clashes = repo.clashes(ids);
        Map<UUID, CalendarEvent> others = new LinkedHashMap<>();
        repo.byIdsInOrder(clashes.stream().map(Clash::otherId).distinct().toList()).forEach(o -> others.put(o.id, o));
        Map<UUID, Long> counts = repo.registrationCounts(events.stream().filter(e -> e.kind == EventKind.workshop).map(e -> e.id).toList());
        Set<UUID> associationIds = new HashSet<>();
        events.forEach(e -> e.participants.stream().filter(p -> p.associationId != null).forEach(p -> associationIds.add(p.associationId)));
        Map<UUID, String> associationNames = associations.names(associationIds);
        Instant now = Instant.now();
        List<EventDto> out = new ArrayList<>();
        for (CalendarEvent e : events) {
            Map<UUID, Set<String>> people = new LinkedHashMap<>();
            clashes.stream().filter(c -> c.eventId().equals(e.id)).forEach(c -> people.computeIfAbsent(c.otherId(), k -> new TreeSet<>()).add(c.username()));
            List<ConflictDto> conflicts = people.entrySet().stream()
                    .map(en -> others.get(en.getKey()))
                    .filter(o -> o != null && v.sees(o))
                    .map(o -> new ConflictDto(o.id, o.title, o.startsAt, o.endsAt, List.copyOf(people.get(o.id))))
                    .toList();
            out.add(dto(e, v, conflicts, counts.getOrDefault(e.id, 0L), associationNames, now));
        }
        return out;
    }

    private static EventDto dto(CalendarEvent e, Viewer v, List<ConflictDto> conflicts, long registered, Map<UUID, String> associationNames, Instant now) {
        boolean showUsernames = v.member() || v.office();
        List<ParticipantDto> participants = e.participants.stream().map(p -> new ParticipantDto(p.kind, showUsernames ? p.username : null, p.associationId,
                p.kind == ParticipantKind.association ? associationNames.getOrDefault(p.associationId, p.name) : p.name)).toList();
        List<DocumentDto> documents = e.documents.stream().map(d -> new DocumentDto(d.title, d.url)).toList();
        RegistrationState registration = null;
        if (e.kind == EventKind.workshop) {
            Long remaining = e.capacity == null ? null : Math.max(0, e.capacity - registered);
            boolean accepting = e.registrationOpen && now.isBefore(closesAt(e)) && (remaining == null || remaining > 0);
            registration = new RegistrationState(e.registrationOpen, accepting, e.capacity, registered, remaining, closesAt(e));
        }
        return new EventDto(e.id, e.kind, e.title, e.description, e.agenda, e.startsAt, e.endsAt, e.place, e.onlineUrl,
                showUsernames ? e.chairUsername : null, e.chairName, participants, documents, e.visibility, registration, conflicts, v.office(),
                e.createdAt, e.updatedAt, e.version);
    }

    static Instant closesAt(CalendarEvent e) {
        return e.registrationClosesAt != null ? e.registrationClosesAt : e.startsAt;
    }

    @Transactional
    public EventDto create(EventInput in) {
        CalendarEvent e = new CalendarEvent();
        e.id = UUID.randomUUID();
        apply(in, e);
        e.createdBy = user.username();
        e.createdAt = e.updatedAt = Instant.now();
        repo.persistAndFlush(e);
        audit.record(AuditLog.Action.create, ENTITY, e.id, null, snapshot(e));
        notifications.created(e, user.username());
        return detail(e);
    }

    @Transactional
    public EventDto update(UUID id, String ifMatch, EventInput in) {
        CalendarEvent e = get(id);
        ETags.check(ifMatch, e.version);
        var before = snapshot(e);
        EventKind was = e.kind;
        Set<String> participantsBefore = notifications.participants(e);
        String titleBefore = e.title;
        Instant startsBefore = e.startsAt;
        Instant endsBefore = e.endsAt;
        String whereBefore = CalendarNotifications.where(e);
        apply(in, e);
        if (was == EventKind.workshop && e.kind != EventKind.workshop && repo.registrationCount(id) > 0) {
            throw ProblemException.conflict("calendar.has-registrations");
        }
        e.updatedAt = Instant.now();
        repo.flush();
        audit.record(AuditLog.Action.update, ENTITY, id, before, snapshot(e));
        notifications.updated(e, participantsBefore, titleBefore, startsBefore, endsBefore, whereBefore, user.username());
        return detail(e);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        CalendarEvent e = get(id);
        changes.delete(ENTITY, id, e, e.version, ifMatch, CalendarService::snapshot);
    }

    private void apply(EventInput in, CalendarEvent e) {
        Instant start = in.startsAt().toInstant();
        Instant end = in.endsAt().toInstant();
        if (!end.isAfter(start)) {
            throw ProblemException.invalidField("endsAt", "calendar.ends-after-start");
        }
        if (Duration.between(start, end).compareTo(MAX_EVENT_LENGTH) > 0) {
            throw ProblemException.invalidField("endsAt", "calendar.too-long", MAX_EVENT_LENGTH.toDays());
        }
        String place = SearchText.cleanOptional(in.place());
        String online = SearchText.cleanOptional(in.onlineUrl());
        if (place == null && online == null) {
            throw ProblemException.invalidField("place", "calendar.place-or-link");
        }
        boolean registrationOpen = Boolean.TRUE.equals(in.registrationOpen());
        if (in.kind() != EventKind.workshop && (registrationOpen || in.capacity() != null || in.registrationClosesAt() != null)) {
            throw ProblemException.invalidField("registrationOpen", "calendar.registration-workshop-only");
        }
        Instant closes = in.registrationClosesAt() == null ? null : in.registrationClosesAt().toInstant();
        if (closes != null && closes.isAfter(end)) {
            throw ProblemException.invalidField("registrationClosesAt", "calendar.registration-closes-before-end");
        }
        List<Participant> participants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ParticipantInput> given = in.participants() == null ? List.of() : in.participants();
        for (int k = 0; k < given.size(); k++) {
            participants.add(participant(given.get(k), "participants[" + k + "]", seen));
        }
        List<EventDocument> documents = new ArrayList<>();
        for (DocumentInput d : in.documents() == null ? List.<DocumentInput>of() : in.documents()) {
            EventDocument doc = new EventDocument();
            doc.title = SearchText.clean(d.title());
            doc.url = d.url().trim();
            documents.add(doc);
        }
        e.kind = in.kind();
        e.title = SearchText.clean(in.title());
        e.description = SearchText.cleanOptional(in.description());
        e.agenda = SearchText.cleanOptional(in.agenda());
        e.startsAt = start;
        e.endsAt = end;
        e.place = place;
        e.onlineUrl = online;
        e.chairUsername = in.chairUsername();
        e.chairName = SearchText.cleanOptional(in.chairName());
        e.visibility = in.visibility();
        e.registrationOpen = registrationOpen;
        e.capacity = in.capacity();
        e.registrationClosesAt = closes;
        e.participants.clear();
        e.participants.addAll(participants);
        e.documents.clear();
        e.documents.addAll(documents);
    }

    private Participant participant(ParticipantInput in, String field, Set<String> seen) {
        Participant p = new Participant();
        p.kind = in.kind();
        switch (in.kind()) {
            case user -> {
                if (in.username() == null) {
                    throw ProblemException.invalidField(field + ".username", "calendar.required");
                }
                p.username = in.username();
                p.name = SearchText.cleanOptional(in.name());
            }
            case association -> {
                if (in.associationId() == null) {
                    throw ProblemException.invalidField(field + ".associationId", "calendar.required");
                }
                if (!associations.exists(in.associationId())) {
                    throw ProblemException.invalidField(field + ".associationId", "calendar.association-unknown");
                }
                p.associationId = in.associationId();
            }
            case external -> {
                p.name = SearchText.cleanOptional(in.name());
                if (p.name == null) {
                    throw ProblemException.invalidField(field + ".name", "calendar.required");
                }
            }
        }
        String key = p.kind + ":" + (p.username != null ? p.username : p.associationId != null ? p.associationId.toString() : SearchText.normalize(p.name));
        if (!seen.add(key)) {
            throw ProblemException.invalidField(field, "calendar.participant-duplicate");
        }
        return p;
    }

    private static Map<String, Object> snapshot(CalendarEvent e) {
        Map<String, Object> m = Snapshots.of(e, "kind", "title", "startsAt", "endsAt", "place", "chairUsername", "visibility");
        m.put("participants", e.participants.size());
        m.putAll(Snapshots.of(e, "registrationOpen", "capacity"));
        return m;
    }

    // --- workshop registration

    /**
     * A registration for a workshop the caller may see, pending until confirmed from the e-mail (double
     * opt-in): a new address, or a pending one, gets a (new) confirmation link; a confirmed one nothing.
     * The answer is the same either way, so it never tells whether an address is registered. Limited per
     * client and per address (nobody floods an inbox with links).
     */
    public void register(UUID eventId, RegistrationInput in, String clientAddress) {
        String email = Normalizer.normalize(in.email().trim(), Normalizer.Form.NFC);
        String key = email.toLowerCase(Locale.ROOT);
        // what anyone may learn from the page is told first, and costs no attempt
        acceptingRegistrations(get(eventId));
        limit("workshop-register:client:" + clientAddress, perClientPerMinute);
        limit("workshop-register:" + eventId + ":" + LinkSecrets.hash(key), perAddressPerMinute);
        // the counts above are outside the transaction: a refused registration must still count
        QuarkusTransaction.requiringNew().run(() -> registerPending(eventId, in, email));
    }

    private void registerPending(UUID eventId, RegistrationInput in, String email) {
        CalendarEvent e = get(eventId);
        repo.lockForUpdate(e);
        acceptingRegistrations(e);
        Registration known = repo.byEmail(e.id, email);
        if (known != null && known.confirmedAt != null) {
            return; // already holds a seat: the caller is told what everyone is told
        }
        Instant now = Instant.now();
        Registration r = known != null ? known : new Registration();
        boolean created = known == null;
        if (created) {
            r.id = UUID.randomUUID();
            r.eventId = e.id;
            r.email = email;
        }
        // a repeated registration replaces the details and the link (the older link stops working)
        r.fullName = SearchText.clean(in.fullName());
        r.organisation = SearchText.cleanOptional(in.organisation());
        r.username = user.isAnonymous() ? null : user.username();
        r.createdAt = now;
        // the link's secret is derived, never stored: the database keeps its hash, the outbox a stand-in
        String reference = "workshop-confirm:" + r.id + ":" + now.toEpochMilli();
        r.confirmTokenHash = LinkSecrets.hash(secrets.token(reference));
        r.confirmExpiresAt = now.plus(registrationConfirmTtl);
        if (created) {
            repo.persistRow(r);
        }
        repo.flush();
        // personal data stays out of the audit log: the registration's id and its workshop are enough
        audit.record(created ? AuditLog.Action.create : AuditLog.Action.update, REGISTRATION, r.id, null,
                Map.of("eventId", e.id, "status", "pending"));
        notifications.confirmationLink(e, r, reference);
    }

    /** Open, a workshop, before its deadline and not full: else 409 (deadline when closed). */
    private void acceptingRegistrations(CalendarEvent e) {
        if (e.kind != EventKind.workshop || !e.registrationOpen) {
            throw ProblemException.conflict("calendar.registration-not-open");
        }
        Instant closes = closesAt(e);
        if (!Instant.now().isBefore(closes)) {
            throw new ProblemException(ProblemType.DEADLINE, "calendar.registration-closed",
                    closes.atZone(ProvinceClock.ZONE).toLocalDateTime().toString().replace('T', ' '));
        }
        if (e.capacity != null && repo.registrationCount(e.id) >= e.capacity) {
            throw ProblemException.conflict("calendar.registration-full", e.capacity);
        }
    }

    /**
     * Follows a confirmation link: the registration takes a seat if one is left. The event row is locked for
     * the count and the change, so that concurrent confirmations never exceed the capacity. An unknown (or
     * replaced, or used) link is 404, an expired one 409 (deadline).
     */
    @Transactional
    public RegistrationDto confirmRegistration(String secret) {
        Registration r = repo.byConfirmTokenHash(LinkSecrets.hash(secret));
        if (r == null || r.confirmedAt != null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "calendar.registration-link-unknown");
        }
        if (!Instant.now().isBefore(r.confirmExpiresAt)) {
            throw new ProblemException(ProblemType.DEADLINE, "calendar.registration-link-expired");
        }
        CalendarEvent e = repo.findById(r.eventId);
        repo.lockForUpdate(e);
        acceptingRegistrations(e);
        r.confirmedAt = Instant.now();
        r.confirmTokenHash = null;
        r.confirmExpiresAt = null;
        repo.flush();
        audit.record(AuditLog.Action.update, REGISTRATION, r.id, Map.of("status", "pending"), Map.of("eventId", e.id, "status", "confirmed"));
        notifications.registered(e, r);
        return registrationDto(r);
    }

    /** Pending registrations whose link expired are forgotten: nobody confirmed that personal data. */
    @Transactional
    public int purgeExpiredRegistrations(Instant now) {
        int purged = repo.deleteExpiredPending(now);
        if (purged > 0) {
            LOG.infof("calendar: %d unconfirmed workshop registrations expired and were deleted", purged);
        }
        return purged;
    }

    @Scheduled(every = "${lhh.calendar.registration.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpiredRegistrationsNow() {
        purgeExpiredRegistrations(Instant.now());
    }

    private void limit(String bucket, int perMinute) {
        if (perMinute <= 0) {
            return;
        }
        RateLimiter.Decision d = limiter.hit(bucket, perMinute);
        if (d != null && !d.allowed()) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, List.of(), Map.of("Retry-After", Integer.toString(d.resetSeconds())),
                    "calendar.registration-too-many", d.resetSeconds());
        }
    }

    /** The answer to every registration, in the caller's language. */
    public String registrationAcceptedMessage(Locale locale) {
        return Messages.get(locale, "calendar.registration-accepted", registrationConfirmTtl.toHours());
    }

    /** The registrants of a workshop: personal data, for the office only. */
    public Page<RegistrationDto> registrations(UUID eventId, int page, int size) {
        CalendarEvent e = get(eventId);
        if (!user.isStaffOrAdmin()) {
            throw ProblemException.forbidden("calendar.registrants-office-only");
        }
        return repo.registrations(e.id, page, size).map(CalendarService::registrationDto);
    }

    /**
     * A workshop's registrants as an export: the access of {@link #registrations} decided now (404 for
     * an event the caller may not see, 403 for anyone but the office), the rows read page by page
     * while the file is written, in order of registration.
     */
    public Registrants exportRegistrations(UUID eventId) {
        CalendarEvent e = get(eventId);
        if (!user.isStaffOrAdmin()) {
            throw ProblemException.forbidden("calendar.registrants-office-only");
        }
        UUID id = e.id;
        int size = Rows.pageSize();
        return new Registrants(e.title, Rows.cursor(at -> {
            int n = at == null ? 1 : Integer.parseInt(at);
            List<RegistrationDto> items = repo.registrations(id, n, size).map(CalendarService::registrationDto).items();
            return new Rows.Chunk<>(items, items.size() < size ? null : Integer.toString(n + 1));
        }));
    }

    /** The event's title (for the file's name) and its registrants. */
    public record Registrants(String eventTitle, Rows<RegistrationDto> rows) {
    }

    static RegistrationDto registrationDto(Registration r) {
        return new RegistrationDto(r.id, r.eventId, r.fullName, r.email, r.organisation, r.username, r.createdAt, r.confirmedAt);
    }

    // --- iCalendar feeds

    public FeedStatus feedStatus() {
        FeedToken t = repo.findRow(FeedToken.class, user.username());
        return new FeedStatus(t != null, t == null ? null : t.createdAt);
    }

    public record NewFeed(String token, Instant createdAt) {
    }

    /** A new personal feed token for the caller; the old one, if any, stops working. */
    @Transactional
    public NewFeed rotateFeed() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        FeedToken t = repo.findRowForUpdate(FeedToken.class, user.username());
        boolean existed = t != null;
        if (t == null) {
            t = new FeedToken();
            t.username = user.username();
        }
        t.tokenHash = hash(token);
        t.createdAt = Instant.now();
        if (!existed) {
            repo.persistRow(t);
        }
        repo.flush();
        audit.record(existed ? AuditLog.Action.update : AuditLog.Action.create, FEED_TOKEN, user.username(), null, Map.of("rotated", t.createdAt.toString()));
        return new NewFeed(token, t.createdAt);
    }

    @Transactional
    public void revokeFeed() {
        FeedToken t = repo.findRow(FeedToken.class, user.username());
        if (t == null) {
            throw ProblemException.notFound(FEED_TOKEN, user.username());
        }
        repo.removeRow(t);
        audit.record(AuditLog.Action.delete, FEED_TOKEN, user.username(), null, null);
    }

    /** The events of the feed token's owner, from 30 days back to a year ahead; unknown tokens are "not found". */
    public List<CalendarEvent> personalFeed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            throw ProblemException.notFound("calendar-feed", "…");
        }
        FeedToken found = repo.feedTokenByHash(hash(token));
        if (found == null) {
            throw ProblemException.notFound("calendar-feed", "…");
        }
        String username = found.username;
        Set<UUID> mine = new HashSet<>(associations.associationsOfOfficer(username));
        Instant now = Instant.now();
        return repo.ofPerson(username, mine, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(366)), 1000);
    }

    public List<CalendarEvent> publicFeed() {
        Instant now = Instant.now();
        return repo.everyoneEvents(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(366)), 1000);
    }

    static String hash(String token) {
        return LinkSecrets.hash(token);
    }
}
