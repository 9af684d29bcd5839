package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.paging.Page;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;
import vn.lhh.contest.ContestCategory;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestEntry;
import vn.lhh.contest.ContestJudge;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.ContestScore;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.JudgeRelation;
import vn.lhh.contest.JudgingRepository;
import vn.lhh.contest.ScoreStatus;
import vn.lhh.contest.dto.ContestDtos.CategoryRef;
import vn.lhh.contest.dto.JudgingDtos.AssignedEntryDto;
import vn.lhh.contest.dto.JudgingDtos.AssignmentsDto;
import vn.lhh.contest.dto.JudgingDtos.ConflictDto;
import vn.lhh.contest.dto.JudgingDtos.JudgeDto;
import vn.lhh.contest.dto.JudgingDtos.JudgeInput;
import vn.lhh.contest.dto.JudgingDtos.RelationDto;
import vn.lhh.contest.dto.JudgingDtos.RelationInput;
import vn.lhh.contest.mapping.ContestMapper;
import vn.lhh.expert.dto.ExpertRef;
import vn.lhh.expert.service.ExpertService;

/**
 * Judges of an edition (the office manages them), their declared relations and their assignments, and
 * the one computation of what each judge scores: every entry in judging of an assigned category and
 * every entry assigned one by one, less the conflicts of interest.
 */
@ApplicationScoped
public class JudgeService {
    public static final String ENTITY = "contest-judge";
    public static final String RELATION = "contest-judge-relation";
    public static final String VIA_CATEGORY = "category";
    public static final String VIA_ENTRY = "entry";

    @Inject
    JudgingRepository repo;
    @Inject
    ContestRepository contest;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;
    @Inject
    ContestReminders reminders;
    @Inject
    ExpertService experts;

    // ---- lookups -----------------------------------------------------------------------------

    public ContestEdition edition(UUID id) {
        return ProblemException.requireFound(contest.edition(id), "contest-edition", id);
    }

    public ContestJudge get(UUID id) {
        return ProblemException.requireFound(repo.judge(id), ENTITY, id);
    }

    public ContestCategory category(UUID id) {
        return ProblemException.requireFound(contest.category(id), "contest-category", id);
    }

    public ContestEntry entry(UUID id) {
        return ProblemException.requireFound(contest.entry(id), "contest-entry", id);
    }

    // ---- judges ------------------------------------------------------------------------------

    public Page<JudgeDto> list(UUID editionId, int page, int size) {
        edition(editionId);
        List<ContestJudge> all = repo.judges(editionId);
        List<ContestJudge> slice = all.stream().skip((long) (page - 1) * size).limit(size).toList();
        return new Page<>(details(slice), page, size, all.size());
    }

    public JudgeDto detail(ContestJudge j) {
        return details(List.of(j)).get(0);
    }

    private List<JudgeDto> details(List<ContestJudge> judges) {
        List<UUID> ids = judges.stream().map(j -> j.id).toList();
        Map<UUID, List<UUID>> cats = repo.categoryAssignments(ids);
        Map<UUID, List<UUID>> entries = repo.entryAssignments(ids);
        Map<UUID, List<JudgeRelation>> relations = repo.relations(ids).stream().collect(Collectors.groupingBy(r -> r.judgeId));
        return judges.stream().map(j -> new JudgeDto(j.id, j.editionId, j.fullName, j.username, j.expertId, j.affiliation, j.email, j.phone,
                List.of(j.schools), cats.getOrDefault(j.id, List.of()), entries.getOrDefault(j.id, List.of()),
                relations.getOrDefault(j.id, List.of()).stream().map(this::relation).toList(), j.createdAt, j.updatedAt, j.version)).toList();
    }

    private RelationDto relation(JudgeRelation r) {
        ContestEntry e = contest.entry(r.entryId);
        return new RelationDto(r.id, r.entryId, e.number, e.title, r.note, r.createdBy, r.createdAt);
    }

    @Transactional
    public JudgeDto create(UUID editionId, JudgeInput in) {
        edition(editionId);
        ContestJudge j = new ContestJudge();
        j.id = UUID.randomUUID();
        j.editionId = editionId;
        apply(j, in);
        j.createdAt = Instant.now();
        j.updatedAt = j.createdAt;
        return changes.create(ENTITY, j.id, j, this::detail);
    }

    @Transactional
    public JudgeDto update(UUID id, String ifMatch, JudgeInput in) {
        ContestJudge j = get(id);
        return changes.update(ENTITY, j.id, j, j.version, ifMatch, this::detail, changed -> {
            apply(j, in);
            j.updatedAt = Instant.now();
        });
    }

    /** A judge with score sheets is part of the record of the judging: refuse, rather than silently lose their scores. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        ContestJudge j = get(id);
        changes.delete(ENTITY, j.id, j, j.version, ifMatch, this::detail, judge -> {
            int sheets = repo.scoresOfJudges(List.of(judge.id)).size();
            if (sheets > 0) {
                throw ProblemException.conflict("contest.problem.judge-has-scores", sheets);
            }
        });
    }

    private void apply(ContestJudge j, JudgeInput in) {
        ExpertRef expert = null;
        if (in.expertId() != null) {
            expert = experts.find(in.expertId());
            if (expert == null) {
                throw ProblemException.invalidField("expertId", "contest.validation.expert-unknown");
            }
        }
        String name = SearchText.cleanOptional(in.fullName());
        if (name == null && expert != null) {
            name = expert.fullName();
        }
        if (name == null) {
            throw ProblemException.invalidField("fullName", "jakarta.validation.constraints.NotBlank.message");
        }
        j.fullName = name;
        j.expertId = in.expertId();
        String username = SearchText.cleanOptional(in.username());
        j.username = username != null ? username : expert != null ? expert.username() : null;
        String affiliation = SearchText.cleanOptional(in.affiliation());
        j.affiliation = affiliation != null ? affiliation : expert != null ? expert.organisation() : null;
        j.email = SearchText.cleanOptional(in.email());
        j.phone = SearchText.cleanOptional(in.phone());
        Map<String, String> schools = new LinkedHashMap<>();
        for (String s : in.schools() == null ? List.<String>of() : in.schools()) {
            String c = SearchText.cleanOptional(s);
            if (c != null) {
                schools.putIfAbsent(SearchText.normalize(c), c);
            }
        }
        j.schools = schools.values().toArray(String[]::new);
        j.schoolKeys = schools.keySet().toArray(String[]::new);
        // a friendly message before the unique constraints, which stay the guarantee under concurrency
        if (j.username != null && repo.judgeOf(j.editionId, j.username).filter(o -> !o.id.equals(j.id)).isPresent()) {
            throw ProblemException.conflict("contest.problem.judge-username-taken", j.username);
        }
    }

    // ---- relations ---------------------------------------------------------------------------

    /**
     * A declared relation is a conflict of interest: the entry leaves the judge's set at once, an
     * assignment of that entry one by one is removed, and the judge's score sheet for it (even a
     * submitted one) is discarded, so that it never counts in the ranking.
     */
    @Transactional
    public RelationDto addRelation(UUID judgeId, RelationInput in) {
        ContestJudge j = get(judgeId);
        ContestEntry e = contest.entry(in.entryId());
        if (e == null || !e.editionId.equals(j.editionId)) {
            throw ProblemException.invalidField("entryId", "contest.validation.entry-not-in-edition");
        }
        if (repo.relationExists(j.id, e.id)) {
            throw ProblemException.conflict("contest.problem.relation-exists", e.code(edition(j.editionId).year));
        }
        JudgeRelation r = new JudgeRelation();
        r.id = UUID.randomUUID();
        r.judgeId = j.id;
        r.entryId = e.id;
        r.note = SearchText.cleanRequired("note", in.note());
        r.createdBy = user.username();
        r.createdAt = Instant.now();
        repo.persist(r);
        repo.unassignEntry(j.id, e.id);
        int discarded = repo.deleteScore(j.id, e.id);
        j.updatedAt = r.createdAt;
        repo.flush();
        RelationDto dto = relation(r);
        audit.record(AuditLog.Action.create, RELATION, r.id, null, Map.of("relation", dto, "discardedScoreSheets", discarded));
        return dto;
    }

    @Transactional
    public void deleteRelation(UUID judgeId, UUID relationId) {
        ContestJudge j = get(judgeId);
        JudgeRelation r = repo.relation(relationId);
        if (r == null || !r.judgeId.equals(j.id)) {
            throw ProblemException.notFound(RELATION, relationId);
        }
        RelationDto before = relation(r);
        repo.remove(r);
        j.updatedAt = Instant.now();
        audit.record(AuditLog.Action.delete, RELATION, r.id, before, null);
    }

    // ---- assignments -------------------------------------------------------------------------

    @Transactional
    public AssignmentsDto assignCategory(UUID judgeId, UUID categoryId) {
        ContestJudge j = get(judgeId);
        ContestCategory c = category(categoryId);
        requireSameEdition(j, c.editionId);
        return repo.assignCategory(j.id, c.id, user.username()) ? assigned(j, "category", c.id) : assignments(j);
    }

    @Transactional
    public AssignmentsDto unassignCategory(UUID judgeId, UUID categoryId) {
        ContestJudge j = get(judgeId);
        return unassigned(j, "category", categoryId, repo.unassignCategory(j.id, categoryId));
    }

    /** One entry: refused with 409 when the judge has a conflict of interest with it. */
    @Transactional
    public AssignmentsDto assignEntry(UUID judgeId, UUID entryId) {
        ContestJudge j = get(judgeId);
        ContestEntry e = entry(entryId);
        requireSameEdition(j, e.editionId);
        Map<UUID, JudgeRelation> relations = repo.relations(List.of(j.id)).stream().collect(Collectors.toMap(r -> r.entryId, r -> r));
        var conflict = ConflictOfInterest.of(j, e, relations);
        if (conflict.isPresent()) {
            String code = e.code(edition(j.editionId).year);
            throw ProblemException.conflict("contest.problem.conflict-of-interest." + conflict.get().reason().name(), code, conflict.get().detail());
        }
        return repo.assignEntry(j.id, e.id, user.username()) ? assigned(j, "entry", e.id) : assignments(j);
    }

    @Transactional
    public AssignmentsDto unassignEntry(UUID judgeId, UUID entryId) {
        ContestJudge j = get(judgeId);
        return unassigned(j, "entry", entryId, repo.unassignEntry(j.id, entryId));
    }

    private static void requireSameEdition(ContestJudge j, UUID editionId) {
        if (!editionId.equals(j.editionId)) {
            throw ProblemException.conflict("contest.problem.other-edition");
        }
    }

    /** A new assignment of a {@code kind} ("category" or "entry"): the judge's record moves, it is audited, and the judge is told. */
    private AssignmentsDto assigned(ContestJudge j, String kind, UUID target) {
        j.updatedAt = Instant.now();
        audit.record(AuditLog.Action.create, ENTITY + "-" + kind, j.id + "/" + target, null, Map.of("judgeId", j.id, kind + "Id", target));
        AssignmentsDto now = assignments(j);
        reminders.entriesAssigned(j, edition(j.editionId), kind + ":" + target, now.entries().size());
        return now;
    }

    private AssignmentsDto unassigned(ContestJudge j, String kind, UUID target, boolean removed) {
        if (removed) {
            j.updatedAt = Instant.now();
            audit.record(AuditLog.Action.delete, ENTITY + "-" + kind, j.id + "/" + target, Map.of("judgeId", j.id, kind + "Id", target), null);
        }
        return assignments(j);
    }

    public AssignmentsDto assignments(UUID judgeId) {
        return assignments(get(judgeId));
    }

    /** Reads only: in a write's transaction Hibernate flushes before these queries by itself. */
    private AssignmentsDto assignments(ContestJudge j) {
        ContestEdition edition = edition(j.editionId);
        JudgeSet set = sets(edition, List.of(j)).get(j.id);
        Map<UUID, ContestCategory> cats = categoriesById(edition.id);
        List<CategoryRef> categories = repo.categoryAssignments(List.of(j.id)).getOrDefault(j.id, List.of()).stream()
                .map(cats::get).map(ContestMapper::ref).toList();
        Map<UUID, ContestScore> sheets = repo.scoresOfJudges(List.of(j.id)).stream()
                .collect(Collectors.toMap(s -> s.entryId, s -> s));
        return new AssignmentsDto(j.id, categories, assignedEntries(edition, set, cats, sheets), set.excluded());
    }

    List<AssignedEntryDto> assignedEntries(ContestEdition edition, JudgeSet set, Map<UUID, ContestCategory> cats,
                                           Map<UUID, ContestScore> sheetsByEntry) {
        List<AssignedEntryDto> out = new ArrayList<>();
        set.entries().forEach((entryId, via) -> {
            ContestEntry e = set.entriesById().get(entryId);
            var s = sheetsByEntry.get(entryId);
            boolean submitted = s != null && s.status == ScoreStatus.submitted;
            out.add(new AssignedEntryDto(e.id, e.number, e.code(edition.year), e.title, e.categoryId, cats.get(e.categoryId).name, via,
                    s == null ? null : s.status, submitted ? s.total : null));
        });
        out.sort(Comparator.comparingInt(AssignedEntryDto::number));
        return out;
    }

    public Map<UUID, ContestCategory> categoriesById(UUID editionId) {
        return contest.categoriesOf(editionId).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    /** What one judge scores: entry id → "category" or "entry" (in entry-number order), and the conflicts left out. */
    public record JudgeSet(ContestJudge judge, Map<UUID, String> entries, List<ConflictDto> excluded, Map<UUID, ContestEntry> entriesById) {
        public boolean scores(UUID entryId) {
            return entries.containsKey(entryId);
        }
    }

    /**
     * The judges' sets, computed together from one read of the edition's entries in judging: only
     * entries in judging are scored (a draft or rejected entry assigned one by one waits), and a
     * conflict excludes an entry whichever way it was assigned.
     */
    public Map<UUID, JudgeSet> sets(ContestEdition edition, Collection<ContestJudge> judges) {
        List<UUID> ids = judges.stream().map(j -> j.id).toList();
        Map<UUID, List<UUID>> cats = repo.categoryAssignments(ids);
        Map<UUID, List<UUID>> direct = repo.entryAssignments(ids);
        Map<UUID, Map<UUID, JudgeRelation>> relations = new HashMap<>();
        for (JudgeRelation r : repo.relations(ids)) {
            relations.computeIfAbsent(r.judgeId, k -> new HashMap<>()).put(r.entryId, r);
        }
        List<ContestEntry> inJudging = repo.entries(edition.id, EntryStatus.IN_JUDGING);
        Map<UUID, ContestEntry> byId = inJudging.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        Map<UUID, JudgeSet> out = new LinkedHashMap<>();
        for (ContestJudge j : judges) {
            Set<UUID> jc = new LinkedHashSet<>(cats.getOrDefault(j.id, List.of()));
            Set<UUID> jd = new LinkedHashSet<>(direct.getOrDefault(j.id, List.of()));
            Map<UUID, String> entries = new LinkedHashMap<>();
            List<ConflictDto> excluded = new ArrayList<>();
            for (ContestEntry e : inJudging) {
                String via = jd.contains(e.id) ? VIA_ENTRY : jc.contains(e.categoryId) ? VIA_CATEGORY : null;
                if (via == null) {
                    continue;
                }
                var conflict = ConflictOfInterest.of(j, e, relations.getOrDefault(j.id, Map.of()));
                if (conflict.isPresent()) {
                    excluded.add(new ConflictDto(e.id, e.number, e.title, e.categoryId, conflict.get().reason(), conflict.get().detail()));
                } else {
                    entries.put(e.id, via);
                }
            }
            out.put(j.id, new JudgeSet(j, entries, excluded, byId));
        }
        return out;
    }
}
