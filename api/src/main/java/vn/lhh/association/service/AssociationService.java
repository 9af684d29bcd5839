package vn.lhh.association.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.association.Association;
import vn.lhh.association.AssociationOfficerRepository;
import vn.lhh.association.AssociationPartRepository;
import vn.lhh.association.AssociationRepository;
import vn.lhh.association.AssociationStatus;
import vn.lhh.association.AssociationTerm;
import vn.lhh.association.CongressStatus;
import vn.lhh.association.dto.AssociationDetail;
import vn.lhh.association.dto.AssociationInput;
import vn.lhh.association.dto.AssociationStatistics;
import vn.lhh.association.dto.AssociationSummary;
import vn.lhh.association.mapping.AssociationMapper;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.export.Rows;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.time.ProvinceClock;

/** Associations: the directory, their profiles, and the rules around them. */
@ApplicationScoped
public class AssociationService {
    public static final String ENTITY = "association";

    @Inject
    AssociationRepository associations;
    @Inject
    AssociationPartRepository parts;
    @Inject
    AssociationOfficerRepository officers;
    @Inject
    AssociationAccess access;
    @Inject
    AssociationMapper mapper;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    @ConfigProperty(name = "lhh.congress.due-window-months")
    int dueWindowMonths;

    /** The directory. Outside the union office only active associations are listed. */
    public Page<Association> list(String q, AssociationStatus status, String field, CongressStatus congressStatus,
                                  PageRequest page) {
        if (!access.seesEveryAssociation()) {
            if (status != null && status != AssociationStatus.active) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
            status = AssociationStatus.active;
        }
        return associations.search(new AssociationRepository.Filter(q, status, field, congressStatus,
                ProvinceClock.today(), dueWindowMonths), page);
    }

    /**
     * The list as an export: the same filters and the same rule as {@link #list} (decided now, for
     * the caller of the request), the rows read page by page while the file is written.
     */
    public Rows<AssociationExport.Row> export(String q, AssociationStatus status, String field, CongressStatus congressStatus,
                                              PageRequest order) {
        if (!access.seesEveryAssociation()) {
            if (status != null && status != AssociationStatus.active) {
                return Rows.of(List.of());
            }
            status = AssociationStatus.active;
        }
        LocalDate today = ProvinceClock.today();
        var filter = new AssociationRepository.Filter(q, status, field, congressStatus, today, dueWindowMonths);
        return Rows.pages(order, page -> {
            Page<Association> p = associations.search(filter, page);
            Map<UUID, AssociationTerm> terms = parts.latestTerms(p.items().stream().map(a -> a.id).toList());
            return p.map(a -> {
                AssociationTerm t = terms.get(a.id);
                return new AssociationExport.Row(a.name, a.abbreviation, a.field, a.status, a.memberCount, a.foundedOn,
                        t == null ? null : t.number, t == null ? null : t.startDate, t == null ? null : t.endDate,
                        CongressStatus.of(a.currentTermEnd, a.currentTermCongressHeld, today, dueWindowMonths),
                        a.contactEmail, a.contactPhone, a.updatedAt);
            });
        });
    }

    /** Exact counts by status and congress status, of what the caller may list. */
    public AssociationStatistics statistics() {
        boolean onlyActive = !access.seesEveryAssociation();
        Map<AssociationStatus, Long> byStatus = new EnumMap<>(AssociationStatus.class);
        Map<CongressStatus, Long> byCongress = new EnumMap<>(CongressStatus.class);
        long total = 0;
        for (AssociationRepository.StatusCount c : associations.countByStatus(onlyActive, ProvinceClock.today(), dueWindowMonths)) {
            byStatus.merge(c.status(), c.count(), Long::sum);
            byCongress.merge(c.congressStatus(), c.count(), Long::sum);
            total += c.count();
        }
        List<AssociationStatistics.StatusCount> statuses = Arrays.stream(AssociationStatus.values())
                .filter(s -> !onlyActive || s == AssociationStatus.active)
                .map(s -> new AssociationStatistics.StatusCount(s, byStatus.getOrDefault(s, 0L))).toList();
        List<AssociationStatistics.CongressStatusCount> congresses = Arrays.stream(CongressStatus.values())
                .map(s -> new AssociationStatistics.CongressStatusCount(s, byCongress.getOrDefault(s, 0L))).toList();
        return new AssociationStatistics(total, statuses, congresses, dueWindowMonths);
    }

    public CongressStatus congressStatus(Association a) {
        return CongressStatus.of(a.currentTermEnd, a.currentTermCongressHeld, ProvinceClock.today(), dueWindowMonths);
    }

    /** An association the caller may see; others are "not found" so that hidden ones do not leak. */
    public Association get(UUID id) {
        Association a = associations.findById(id);
        if (a == null || (a.status != AssociationStatus.active && !access.canManage(id))) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return a;
    }

    public AssociationDetail detail(Association a) {
        boolean manage = access.canManage(a.id);
        return mapper.toDetail(a, congressStatus(a), parts.terms(a.id), parts.congresses(a.id), parts.leaders(a.id),
                manage, manage);
    }

    @Transactional
    public AssociationDetail create(AssociationInput in) {
        Association a = new Association();
        a.id = UUID.randomUUID();
        mapper.apply(in, a);
        requireUniqueName(a.name, null);
        a.status = in.status() == null ? AssociationStatus.active : in.status();
        a.createdAt = a.updatedAt = Instant.now();
        return changes.create(ENTITY, a.id, a, mapper::snapshot, this::detail);
    }

    @Transactional
    public AssociationDetail update(UUID id, String ifMatch, AssociationInput in) {
        Association a = get(id);
        access.requireManage(id);
        return changes.update(ENTITY, id, a, a.version, ifMatch, mapper::snapshot, changed -> {
            if (in.status() != null && in.status() != a.status && !access.seesEveryAssociation()) {
                throw ProblemException.forbidden("problem.forbidden.status-change");
            }
            mapper.apply(in, a);
            if (in.status() != null) {
                a.status = in.status();
            }
            a.updatedAt = Instant.now();
            // last: its query flushes the row, and a field set after that flush would move the version a second time
            requireUniqueName(a.name, id);
        }, this::detail);
    }

    /**
     * Deletes an association that has no history. One with terms recorded is refused: its
     * history matters, and setting its status to dissolved is the way to retire it.
     */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Association a = get(id);
        changes.delete(ENTITY, id, a, a.version, ifMatch, mapper::snapshot, unused -> {
            long recorded = parts.countParts(id);
            if (recorded > 0) {
                throw ProblemException.conflict("problem.conflict.association-has-history", recorded);
            }
            officers.removeAll(id);
        });
    }

    /** Loads an association for a change to its terms, congresses or leadership, checking the caller may manage it. */
    Association loadForPartChange(UUID id) {
        Association a = get(id);
        access.requireManage(id);
        return a;
    }

    /**
     * After a change to the parts has passed its checks and been flushed: keeps the denormalised congress state
     * (latest term's end, congress held) in step, and bumps the association's version at commit (against the version
     * read when it was loaded), so its ETag changes with its parts and two concurrent changes to one association's
     * structure cannot both commit. Bumped last rather than at load: a change refused by a check (If-Match, overlap,
     * validation) rolls back with no pending version increment, which Hibernate would report on closing the session
     * (HHH90010101).
     */
    void refreshCongressState(Association a) {
        parts.flush();
        AssociationTerm latest = parts.latestTerm(a.id);
        a.currentTermEnd = latest == null ? null : latest.endDate;
        a.currentTermCongressHeld = latest != null && parts.congressHeldFor(latest.id);
        a.updatedAt = Instant.now();
        associations.bumpVersion(a);
    }

    /** For other features that link to associations. */
    public boolean exists(UUID id) {
        return associations.findById(id) != null;
    }

    /** Names of the given associations (any status), for features that show their links. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return associations.names(ids);
    }

    public List<UUID> associationsOfOfficer(String username) {
        return officers.associationsOf(username);
    }

    /** Usernames linked to the association as its officers, for notifications (no access check: the system addresses them). */
    public List<String> officerUsernames(UUID associationId) {
        return officers.officersOf(associationId).stream().map(AssociationOfficerRepository.Officer::username).toList();
    }

    private void requireUniqueName(String name, UUID exceptId) {
        if (associations.nameTaken(name, exceptId)) {
            throw ProblemException.conflict("problem.conflict.association-name", name);
        }
    }

    /** The first associations whose congress is in this state, the soonest term end first (the executive dashboard's list). */
    public List<AssociationSummary> byCongressStatus(CongressStatus congressStatus, int limit) {
        return list(null, null, null, congressStatus, PageRequest.ordered(1, limit, "a.currentTermEnd asc, a.id asc")).items().stream()
                .map(a -> mapper.toSummary(a, congressStatus(a))).toList();
    }
}
