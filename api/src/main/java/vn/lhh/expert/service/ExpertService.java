package vn.lhh.expert.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lhh.association.service.AssociationService;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.export.Rows;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.export.Rows;
import vn.lhh.common.paging.Cursors;
import vn.lhh.common.problem.FieldError;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.expert.Availability;
import vn.lhh.expert.Expert;
import vn.lhh.expert.ExpertRepository;
import vn.lhh.expert.ExpertiseField;
import vn.lhh.expert.Membership;
import vn.lhh.expert.Qualification;
import vn.lhh.expert.Visibility;
import vn.lhh.expert.dto.ExpertCandidate;
import vn.lhh.expert.dto.ExpertDtos.ExpertDto;
import vn.lhh.expert.dto.ExpertDtos.ExpertInput;
import vn.lhh.expert.dto.ExpertDtos.ExpertSummary;
import vn.lhh.expert.dto.ExpertDtos.FacetValue;
import vn.lhh.expert.dto.ExpertDtos.Facets;
import vn.lhh.expert.dto.ExpertDtos.SearchPage;
import vn.lhh.expert.dto.ExpertRef;
import vn.lhh.expert.mapping.ExpertMapper;

/** The expert network: profiles, who sees what of them, and the directory search. */
@ApplicationScoped
public class ExpertService {
    public static final String ENTITY = "expert";
    private static final Map<String, String> AVAILABILITY_VI = Map.of(
            "available", "Sẵn sàng", "busy", "Đang bận", "retired", "Đã nghỉ");

    @Inject
    ExpertRepository experts;
    @Inject
    ExpertVocabularyService vocabulary;
    @Inject
    ExpertAccess access;
    @Inject
    ExpertMapper mapper;
    @Inject
    AssociationService associations;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    /**
     * Every word must be a word of the profile (name, qualifications, fields, keywords, position,
     * organisation), the last one possibly cut short, accents and case aside; when no profile has them all, the query is taken as a
     * name typed with a typo and matched by similarity instead (and the page says so).
     */
    public SearchPage search(ExpertRepository.Filter filter, int page, int size, String cursor) {
        return search(filter, audience(), page, size, cursor);
    }

    /**
     * The search as an export: the same filters, order and audience (decided now, for this request's
     * caller: each profile's visibility and each field's), walked page by page while the file is written.
     */
    public Rows<ExpertExport.Row> export(ExpertRepository.Filter filter) {
        ExpertRepository.Audience who = audience();
        int size = Rows.pageSize();
        return Rows.cursor(cursor -> {
            SearchPage p = search(filter, who, 1, size, cursor);
            Map<String, ExpertiseField> fields = vocabulary.fieldsByCode();
            return new Rows.Chunk<>(p.items().stream().map(e -> new ExpertExport.Row(e.fullName(), e.titleCode(), e.degreeCode(),
                    e.fieldCodes().stream().map(c -> fields.containsKey(c) ? fields.get(c).nameVi : c).collect(Collectors.joining("; ")),
                    e.position(), e.organisation(), e.availability(), e.busyUntil(), e.membership())).toList(), p.nextCursor());
        });
    }

    private SearchPage search(ExpertRepository.Filter filter, ExpertRepository.Audience who, int page, int size, String cursor) {
        // a cursor holds the last row's (rank, name key, id): the rank's meaning depends on the match (exact words or a typo)
        String exactScope = "experts|" + filter + "|" + size + "|exact";
        String approximateScope = "experts|" + filter + "|" + size + "|approximate";
        Cursors.Position after = null;
        boolean approximate = false;
        if (cursor != null) {
            try {
                after = Cursors.decode(cursor, Cursors.fingerprint(exactScope), 3);
            } catch (ProblemException e) {
                after = Cursors.decode(cursor, Cursors.fingerprint(approximateScope), 3);
                approximate = true;
            }
            page = after.page();
        }
        int offset = after == null ? (page - 1) * size : 0;
        List<Object> keys = after == null ? null : after.values();
        ExpertRepository.RawResult r = experts.search(filter, who, size + 1, offset, approximate, keys);
        if (cursor == null && r.total() == 0 && !SearchText.words(filter.q()).isEmpty()) {
            r = experts.search(filter, who, size + 1, offset, true, null);
            approximate = true;
        }
        List<JsonNode> rows = r.items();
        String next = null;
        if (rows.size() > size) {
            JsonNode k = rows.get(size - 1).get("k");
            JsonNode rank = k.get(0);
            Object rankValue = rank.isIntegralNumber() ? (Object) rank.asInt() : (Object) Float.parseFloat(rank.asText());
            next = Cursors.encode(Cursors.fingerprint(approximate ? approximateScope : exactScope), page + 1,
                    Arrays.asList(rankValue, k.get(1).asText(), UUID.fromString(rows.get(size - 1).get("id").asText())));
            rows = rows.subList(0, size);
        }
        List<ExpertSummary> items = rows.stream().map(ExpertService::summary).toList();
        return new SearchPage(items, page, size, r.total(), approximate, facets(r.facets()), next);
    }

    private ExpertRepository.Audience audience() {
        Visibility base = access.baseAudience();
        if (base == Visibility.INTERNAL) {
            return new ExpertRepository.Audience(true, List.of(), null, List.of());
        }
        List<String> visible = Arrays.stream(Visibility.values()).filter(base::covers).map(Visibility::apiName).toList();
        String self = access.isExpert() ? access.username() : null;
        return new ExpertRepository.Audience(false, visible, self, access.officerAssociations());
    }

    private static ExpertSummary summary(JsonNode n) {
        String title = text(n, "titleCode");
        String degree = text(n, "degreeCode");
        String name = n.get("fullName").asText();
        List<String> fields = new ArrayList<>();
        n.get("fieldCodes").forEach(f -> fields.add(f.asText()));
        String availability = text(n, "availability");
        String busyUntil = text(n, "busyUntil");
        return new ExpertSummary(UUID.fromString(n.get("id").asText()), name, ExpertMapper.displayName(title, degree, name), title, degree,
                fields, text(n, "position"), text(n, "organisation"), availability == null ? null : Availability.valueOf(availability),
                busyUntil == null ? null : LocalDate.parse(busyUntil), Membership.valueOf(n.get("membership").asText()));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private Facets facets(Map<String, Map<String, Long>> raw) {
        Map<String, ExpertiseField> fields = vocabulary.fieldsByCode();
        Map<String, Qualification> qualifications = vocabulary.qualificationsByCode();
        Map<UUID, String> associationNames = associations.names(raw.get("associations").keySet().stream().map(UUID::fromString).toList());
        return new Facets(
                facet(raw.get("fields"), code -> fields.containsKey(code) ? fields.get(code).nameVi : code),
                facet(raw.get("qualifications"), code -> qualifications.containsKey(code) ? qualifications.get(code).nameVi : code),
                facet(raw.get("associations"), id -> associationNames.getOrDefault(UUID.fromString(id), id)),
                facet(raw.get("availability"), a -> AVAILABILITY_VI.getOrDefault(a, a)));
    }

    /** Most frequent first; equal counts by label, so the order is stable. */
    private static List<FacetValue> facet(Map<String, Long> counts, Function<String, String> label) {
        return counts.entrySet().stream().map(e -> new FacetValue(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label).thenComparing(FacetValue::value))
                .toList();
    }

    /** A profile the caller may see; others are "not found", so that hidden profiles do not leak. */
    public Expert get(UUID id) {
        Expert e = experts.findById(id);
        if (e == null || !access.canSee(e)) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return e;
    }

    /** The profile linked to the calling expert's account. */
    public Expert mine() {
        return ProblemException.requireFound(experts.findByUsername(access.username()), ENTITY, access.username());
    }

    public ExpertDto detail(Expert e) {
        return mapper.toDto(e, access.audience(e), access.canEdit(e), vocabulary.fieldsByCode(), associations.names(e.associationIds));
    }

    /** The office adds members directly; an officer proposes an expert of their own association for the office to accept. */
    @Transactional
    public ExpertDto create(ExpertInput in) {
        boolean office = access.isStaffOrAdmin();
        if (!office) {
            requireOwnAssociations(in.associationIds(), true);
        }
        Expert e = new Expert();
        e.id = UUID.randomUUID();
        e.membership = office ? Membership.active : Membership.proposed;
        e.proposedBy = office ? null : access.username();
        applyChecked(in, e, office ? SearchText.cleanOptional(in.username()) : null);
        e.createdAt = e.updatedAt = Instant.now();
        return changes.create(ENTITY, e.id, e, ExpertService::snapshot, this::detail);
    }

    @Transactional
    public ExpertDto update(UUID id, String ifMatch, ExpertInput in) {
        Expert e = get(id);
        access.requireEdit(e);
        ETags.check(ifMatch, e.version);
        String username = e.username;
        String requested = SearchText.cleanOptional(in.username());
        if (access.isStaffOrAdmin()) {
            // absent keeps the link; an empty string removes it
            username = in.username() == null ? e.username : requested;
        } else if (requested != null && !requested.equals(e.username)) {
            throw ProblemException.forbidden("problem.forbidden.expert-account");
        }
        // membership of an association is granted by its officers or the office (addToAssociation), never claimed by the
        // expert (issue #22): their own edit keeps the associations as they are; absent or the same list is fine, a change is refused
        boolean ownEdit = !access.isStaffOrAdmin() && access.isSelf(e);
        Set<UUID> memberships = new LinkedHashSet<>(e.associationIds);
        if (ownEdit && in.associationIds() != null && !new HashSet<>(in.associationIds()).equals(memberships)) {
            throw new ProblemException(ProblemType.FORBIDDEN, List.of(new FieldError("associationIds", "{validation.expert-membership}")),
                    Map.of(), "problem.forbidden.expert-membership");
        }
        if (!access.isStaffOrAdmin() && !access.isSelf(e)) {
            requireOwnAssociations(in.associationIds(), true);
        }
        var before = snapshot(e);
        applyChecked(in, e, username, !ownEdit);
        if (ownEdit) {
            e.associationIds.clear();
            e.associationIds.addAll(memberships);
        }
        e.updatedAt = Instant.now();
        experts.flush();
        audit.record(AuditLog.Action.update, ENTITY, id, before, snapshot(e));
        return detail(e);
    }

    /** The office accepts a proposed expert into the network. */
    @Transactional
    public ExpertDto accept(UUID id, String ifMatch) {
        Expert e = get(id);
        ETags.check(ifMatch, e.version);
        if (e.membership == Membership.active) {
            throw ProblemException.conflict("problem.conflict.expert-already-active");
        }
        e.membership = Membership.active;
        e.updatedAt = Instant.now();
        experts.flush();
        audit.record(AuditLog.Action.update, ENTITY, id, Map.of("membership", "proposed"), Map.of("membership", "active"));
        return detail(e);
    }

    /** Removes a profile; one that took part in consultations is refused by the database (its history matters): retire it instead. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Expert e = get(id);
        if (!access.isStaffOrAdmin() && !(e.membership == Membership.proposed && access.canEdit(e))) {
            throw ProblemException.forbidden("problem.forbidden.not-your-expert");
        }
        changes.delete(ENTITY, id, e, e.version, ifMatch, ExpertService::snapshot);
    }

    /**
     * Adds the expert to an association ({@code member}) or removes them from it: the office for any association, an
     * association officer for their own only. Idempotent: adding a member or removing a non-member changes nothing.
     */
    @Transactional
    public ExpertDto setMembership(UUID id, UUID associationId, String ifMatch, boolean member) {
        Expert e = get(id);
        if (!associations.exists(associationId)) {
            throw ProblemException.notFound("association", associationId);
        }
        if (!access.isStaffOrAdmin() && !access.officerAssociations().contains(associationId)) {
            throw ProblemException.forbidden("problem.forbidden.expert-membership-officer");
        }
        ETags.check(ifMatch, e.version);
        if (member == e.associationIds.contains(associationId)) {
            return detail(e);
        }
        if (member && e.associationIds.size() >= MAX_ASSOCIATIONS) {
            throw ProblemException.conflict("problem.conflict.expert-associations-full", MAX_ASSOCIATIONS);
        }
        var before = snapshot(e);
        if (member) {
            e.associationIds.add(associationId);
        } else {
            e.associationIds.remove(associationId);
        }
        e.updatedAt = Instant.now();
        experts.flush();
        audit.record(AuditLog.Action.update, ENTITY, id, before, snapshot(e));
        return detail(e);
    }

    /** As many as a profile's associationIds may list. */
    private static final int MAX_ASSOCIATIONS = 10;

    private void applyChecked(ExpertInput in, Expert e, String username) {
        applyChecked(in, e, username, true);
    }

    private void applyChecked(ExpertInput in, Expert e, String username, boolean checkAssociations) {
        Map<String, ExpertiseField> fields = vocabulary.fieldsByCode();
        Map<String, Qualification> qualifications = vocabulary.qualificationsByCode();
        List<String> codes = in.fieldCodes() == null ? List.of() : in.fieldCodes();
        for (int k = 0; k < codes.size(); k++) {
            if (!fields.containsKey(codes.get(k).trim())) {
                throw ProblemException.invalidField("fieldCodes[" + k + "]", "validation.field-unknown");
            }
        }
        requireQualification("titleCode", in.titleCode(), "title", qualifications);
        requireQualification("degreeCode", in.degreeCode(), "degree", qualifications);
        List<UUID> affiliations = in.associationIds() == null || !checkAssociations ? List.of() : in.associationIds();
        for (int k = 0; k < affiliations.size(); k++) {
            if (!associations.exists(affiliations.get(k))) {
                throw ProblemException.invalidField("associationIds[" + k + "]", "validation.association-unknown");
            }
        }
        String orcid = SearchText.cleanOptional(in.orcid());
        if (orcid != null && !Orcid.isValid(orcid)) {
            throw ProblemException.invalidField("orcid", "validation.orcid");
        }
        if (in.availability() == Availability.busy) {
            if (in.busyUntil() == null) {
                throw ProblemException.invalidField("busyUntil", "validation.busy-until-required");
            }
            if (in.busyUntil().isBefore(ProvinceClock.today())) {
                throw ProblemException.invalidField("busyUntil", "validation.busy-until-past");
            }
        }
        if (orcid != null && experts.orcidTaken(orcid, e.id)) {
            throw ProblemException.conflict("problem.conflict.expert-orcid", orcid);
        }
        if (username != null) {
            if (!username.matches("^[A-Za-z0-9._@-]{1,200}$")) {
                throw ProblemException.invalidField("username", "validation.username");
            }
            if (experts.usernameTaken(username, e.id)) {
                throw ProblemException.conflict("problem.conflict.expert-username", username);
            }
        }
        mapper.apply(in, e);
        e.username = username;
        mapper.rekey(e, fields, qualifications);
    }

    private static void requireQualification(String field, String code, String kind, Map<String, Qualification> known) {
        String c = SearchText.cleanOptional(code);
        if (c != null && (!known.containsKey(c) || !known.get(c).kind.equals(kind))) {
            throw ProblemException.invalidField(field, "validation.qualification-unknown", kind);
        }
    }

    /** An officer works only with experts of the associations they are an officer of. */
    private void requireOwnAssociations(List<UUID> ids, boolean atLeastOne) {
        var mine = new HashSet<>(access.officerAssociations());
        if ((atLeastOne && (ids == null || ids.isEmpty())) || (ids != null && !mine.containsAll(ids))) {
            throw ProblemException.forbidden("problem.forbidden.expert-association");
        }
    }

    private static Map<String, Object> snapshot(Expert e) {
        return Map.of("fullName", e.fullName, "membership", e.membership, "availability", e.availability,
                "fieldCodes", List.copyOf(e.fieldCodes), "associationIds", e.associationIds.stream().map(UUID::toString).sorted().toList(),
                "username", String.valueOf(e.username));
    }

    // --- for the consultation feature

    /** The profile id of a user's account, if they have one. */
    public Optional<UUID> idOfUser(String username) {
        Expert e = experts.findByUsername(username);
        return e == null ? Optional.empty() : Optional.of(e.id);
    }

    public List<ExpertCandidate> candidates(List<String> fields, boolean requireField, int minLevel, LocalDate freeBy,
                                           List<UUID> exclude, int limit) {
        return experts.candidates(fields, requireField, minLevel, freeBy, exclude, limit);
    }

    /** The expert with this id, as other features see them; null when there is none. */
    public ExpertRef find(UUID id) {
        Expert e = experts.findById(id);
        return e == null ? null : ExpertMapper.ref(e);
    }

    public Map<UUID, ExpertRef> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return experts.list("id in ?1", ids).stream().collect(Collectors.toMap(e -> e.id, ExpertMapper::ref));
    }

    public boolean fieldExists(String code) {
        return vocabulary.fieldsByCode().containsKey(code);
    }
}
