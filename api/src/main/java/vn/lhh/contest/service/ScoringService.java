package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.problem.FieldError;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.contest.ContestCategory;
import vn.lhh.contest.ContestCriterion;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestEntry;
import vn.lhh.contest.ContestJudge;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.ContestScore;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.JudgingRepository;
import vn.lhh.contest.ScoreStatus;
import vn.lhh.contest.dto.ContestDtos.CriterionDto;
import vn.lhh.contest.dto.JudgingDtos.BlindEntryDto;
import vn.lhh.contest.dto.JudgingDtos.CategoryProgress;
import vn.lhh.contest.dto.JudgingDtos.EntryScoreDto;
import vn.lhh.contest.dto.JudgingDtos.EntryScoresDto;
import vn.lhh.contest.dto.JudgingDtos.JudgeCategoryProgress;
import vn.lhh.contest.dto.JudgingDtos.JudgeProgress;
import vn.lhh.contest.dto.JudgingDtos.MyJudgingDto;
import vn.lhh.contest.dto.JudgingDtos.MyJudgingList;
import vn.lhh.contest.dto.JudgingDtos.ProgressCount;
import vn.lhh.contest.dto.JudgingDtos.ProgressDto;
import vn.lhh.contest.dto.JudgingDtos.ScoreInput;
import vn.lhh.contest.dto.JudgingDtos.ScoreSheetDto;
import vn.lhh.contest.mapping.ContestMapper;

/**
 * Score sheets. A judge reaches only the entries of their own set (anything else is "not found", so
 * that a judge cannot even learn which entries exist), scores only while judging is open, and a
 * submitted sheet is locked until the office reopens it.
 */
@ApplicationScoped
public class ScoringService {
    public static final String ENTITY = "contest-score";

    @Inject
    JudgingRepository repo;
    @Inject
    ContestRepository contest;
    @Inject
    JudgeService judges;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    EntryFiles entryFiles;
    @Inject
    RankingService ranking;

    // ---- the judge's own view ----------------------------------------------------------------

    public MyJudgingList mine() {
        List<MyJudgingDto> items = new ArrayList<>();
        for (ContestJudge j : repo.judgesOf(user.username())) {
            ContestEdition edition = contest.edition(j.editionId);
            var set = judges.sets(edition, List.of(j)).get(j.id);
            Map<UUID, ContestScore> sheets = repo.scoresOfJudges(List.of(j.id)).stream().collect(Collectors.toMap(s -> s.entryId, s -> s));
            items.add(new MyJudgingDto(j.id, edition.id, edition.year, edition.name, edition.judgingOpens, edition.judgingCloses,
                    scoringOpen(edition), judges.assignedEntries(edition, set, judges.categoriesById(edition.id), sheets)));
        }
        items.sort(Comparator.comparingInt(MyJudgingDto::year).reversed());
        return new MyJudgingList(items);
    }

    /** The caller's judge record for an entry they score, or 404 (not assigned, conflicting, not in judging, or no such entry). */
    private Scene scene(UUID entryId) {
        ContestEntry e = contest.entry(entryId);
        if (e != null) {
            ContestEdition edition = contest.edition(e.editionId);
            var judge = repo.judgeOf(e.editionId, user.username());
            if (judge.isPresent() && judges.sets(edition, List.of(judge.get())).get(judge.get().id).scores(e.id)) {
                return new Scene(edition, contest.category(e.categoryId), e, judge.get());
            }
        }
        throw ProblemException.notFound("contest-entry", entryId);
    }

    private record Scene(ContestEdition edition, ContestCategory category, ContestEntry entry, ContestJudge judge) {
    }

    public BlindEntryDto blindEntry(UUID entryId) {
        Scene s = scene(entryId);
        ContestScore sheet = repo.score(s.judge().id, s.entry().id).orElse(null);
        return blind(s, sheet);
    }

    /** Blind judging: nothing of the authors, supervisor, school or district leaves this method. */
    private BlindEntryDto blind(Scene s, ContestScore sheet) {
        ContestEntry e = s.entry();
        return new BlindEntryDto(e.id, e.number, e.code(s.edition().year), e.title, ContestMapper.ref(s.category()), e.description, e.howItWorks,
                e.videoUrl, entryFiles.blind(e.id), rubric(s.category().id), sheet == null ? null : sheet(sheet),
                scoringOpen(s.edition()) && (sheet == null || sheet.status == ScoreStatus.draft));
    }

    public StoredFile blindFile(UUID entryId, UUID fileId) {
        scene(entryId);
        return entryFiles.find(entryId, fileId).orElseThrow(() -> ProblemException.notFound("file", fileId));
    }

    public List<CriterionDto> rubric(UUID categoryId) {
        return contest.rubric(categoryId).stream().map(ContestMapper::criterion).toList();
    }

    public static boolean scoringOpen(ContestEdition e) {
        LocalDate today = ProvinceClock.today();
        return !today.isBefore(e.judgingOpens) && !today.isAfter(e.judgingCloses);
    }

    private static void requireScoringOpen(ContestEdition e) {
        if (!scoringOpen(e)) {
            throw new ProblemException(ProblemType.DEADLINE, "contest.deadline.scoring", e.judgingOpens.toString(), e.judgingCloses.toString());
        }
    }

    /** A draft: any subset of the criteria, each 0..maxScore; If-Match once the sheet exists. */
    @Transactional
    public ScoreSheetDto saveDraft(UUID entryId, String ifMatch, ScoreInput in) {
        Scene s = scene(entryId);
        requireScoringOpen(s.edition());
        ContestScore sheet = repo.score(s.judge().id, s.entry().id).orElse(null);
        if (sheet != null) {
            if (sheet.status == ScoreStatus.submitted) {
                throw ProblemException.conflict("contest.problem.score-locked");
            }
            ETags.check(ifMatch, sheet.version);
        }
        List<ContestCriterion> criteria = contest.rubric(s.category().id);
        if (criteria.isEmpty()) {
            throw ProblemException.conflict("contest.problem.no-rubric");
        }
        Map<String, Integer> scores = validScores(criteria, in);
        Map<String, String> comments = validComments(criteria, in);
        ScoreSheetDto before = sheet == null ? null : sheet(sheet);
        Instant now = Instant.now();
        if (sheet == null) {
            sheet = new ContestScore();
            sheet.id = UUID.randomUUID();
            sheet.judgeId = s.judge().id;
            sheet.entryId = s.entry().id;
            sheet.status = ScoreStatus.draft;
            sheet.createdAt = now;
            sheet.updatedAt = now;
            repo.persist(sheet);
        }
        sheet.scores = scores;
        sheet.criterionComments = comments;
        sheet.comment = SearchText.cleanOptional(in.comment());
        sheet.total = null;
        sheet.updatedAt = now;
        repo.flush();
        ScoreSheetDto after = sheet(sheet);
        audit.record(before == null ? AuditLog.Action.create : AuditLog.Action.update, ENTITY, sheet.id, before, after);
        return after;
    }

    /** Submission: every criterion scored; the total is computed and the sheet locked. */
    @Transactional
    public ScoreSheetDto submit(UUID entryId, String ifMatch) {
        Scene s = scene(entryId);
        requireScoringOpen(s.edition());
        ContestScore sheet = repo.score(s.judge().id, s.entry().id)
                .orElseThrow(() -> ProblemException.conflict("contest.problem.score-not-started"));
        if (sheet.status == ScoreStatus.submitted) {
            throw ProblemException.conflict("contest.problem.score-locked");
        }
        ETags.check(ifMatch, sheet.version);
        List<ContestCriterion> criteria = contest.rubric(s.category().id);
        List<FieldError> missing = new ArrayList<>();
        for (ContestCriterion c : criteria) {
            if (!sheet.scores.containsKey(c.id.toString())) {
                missing.add(new FieldError("scores." + c.id, "{contest.validation.score-missing}"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, missing, Map.of(), "contest.problem.score-incomplete", missing.size());
        }
        ScoreSheetDto before = sheet(sheet);
        sheet.total = total(criteria, sheet.scores);
        sheet.status = ScoreStatus.submitted;
        sheet.submittedAt = Instant.now();
        sheet.updatedAt = sheet.submittedAt;
        repo.flush();
        ScoreSheetDto after = sheet(sheet);
        audit.record(AuditLog.Action.update, ENTITY, sheet.id, before, after);
        return after;
    }

    /** 100 × Σ(wᵢ·sᵢ/maxᵢ) / Σwᵢ, rounded half-up to 3 decimals (exact decimal arithmetic until then). */
    public static BigDecimal total(List<ContestCriterion> criteria, Map<String, Integer> scores) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (ContestCriterion c : criteria) {
            BigDecimal share = BigDecimal.valueOf(scores.get(c.id.toString())).divide(BigDecimal.valueOf(c.maxScore), 12, RoundingMode.HALF_UP);
            weighted = weighted.add(c.weight.multiply(share));
            weights = weights.add(c.weight);
        }
        return weighted.multiply(BigDecimal.valueOf(100)).divide(weights, 3, RoundingMode.HALF_UP);
    }

    private static Map<String, Integer> validScores(List<ContestCriterion> criteria, ScoreInput in) {
        Map<String, ContestCriterion> byId = criteria.stream().collect(Collectors.toMap(c -> c.id.toString(), c -> c));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> out = new LinkedHashMap<>();
        if (in.scores() != null) {
            in.scores().forEach((key, value) -> {
                ContestCriterion c = byId.get(key);
                if (c == null) {
                    errors.add(new FieldError("scores." + key, "{contest.validation.criterion-unknown}"));
                } else if (value == null || value < 0 || value > c.maxScore) {
                    errors.add(new FieldError("scores." + key, "{contest.validation.score-range}"));
                } else {
                    out.put(key, value);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, errors, Map.of(), "problem.validation-error.detail");
        }
        // stored in rubric order, whatever order the client sent
        Map<String, Integer> ordered = new LinkedHashMap<>();
        criteria.forEach(c -> {
            if (out.containsKey(c.id.toString())) {
                ordered.put(c.id.toString(), out.get(c.id.toString()));
            }
        });
        return ordered;
    }

    private static Map<String, String> validComments(List<ContestCriterion> criteria, ScoreInput in) {
        Map<String, String> out = new LinkedHashMap<>();
        if (in.criterionComments() == null) {
            return out;
        }
        List<FieldError> errors = new ArrayList<>();
        for (ContestCriterion c : criteria) {
            String text = SearchText.cleanOptional(in.criterionComments().get(c.id.toString()));
            if (text != null) {
                out.put(c.id.toString(), text);
            }
        }
        in.criterionComments().keySet().stream().filter(k -> criteria.stream().noneMatch(c -> c.id.toString().equals(k)))
                .forEach(k -> errors.add(new FieldError("criterionComments." + k, "{contest.validation.criterion-unknown}")));
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, errors, Map.of(), "problem.validation-error.detail");
        }
        return out;
    }

    public static ScoreSheetDto sheet(ContestScore s) {
        return new ScoreSheetDto(s.id, s.judgeId, s.entryId, Map.copyOf(s.scores), Map.copyOf(s.criterionComments), s.comment, s.total, s.status,
                s.submittedAt, s.reopenedAt, s.reopenedBy, s.reopenReason, s.updatedAt, s.version);
    }

    // ---- the office --------------------------------------------------------------------------

    public EntryScoresDto entryScores(UUID entryId) {
        ContestEntry e = judges.entry(entryId);
        Map<UUID, ContestJudge> byId = repo.judges(e.editionId).stream().collect(Collectors.toMap(j -> j.id, j -> j));
        List<EntryScoreDto> items = repo.scoresOfEntries(List.of(e.id)).stream()
                .map(s -> new EntryScoreDto(byId.get(s.judgeId).fullName, sheet(s))).toList();
        return new EntryScoresDto(e.id, rubric(e.categoryId), items);
    }

    /** The office reopens a submitted sheet (a judge's mistake) until the results are published. */
    @Transactional
    public ScoreSheetDto reopen(UUID scoreId, String ifMatch, String reason) {
        ContestScore sheet = repo.score(scoreId);
        if (sheet == null) {
            throw ProblemException.notFound(ENTITY, scoreId);
        }
        ETags.check(ifMatch, sheet.version);
        ContestEdition edition = contest.edition(contest.entry(sheet.entryId).editionId);
        if (edition.resultsPublishedAt != null) {
            throw ProblemException.conflict("contest.problem.results-published");
        }
        if (sheet.status != ScoreStatus.submitted) {
            throw ProblemException.conflict("contest.problem.score-not-submitted");
        }
        ScoreSheetDto before = sheet(sheet);
        sheet.status = ScoreStatus.draft;
        sheet.total = null;
        sheet.submittedAt = null;
        sheet.reopenedAt = Instant.now();
        sheet.reopenedBy = user.username();
        sheet.reopenReason = SearchText.cleanRequired("reason", reason);
        sheet.updatedAt = sheet.reopenedAt;
        repo.flush();
        ScoreSheetDto after = sheet(sheet);
        audit.record(AuditLog.Action.update, ENTITY, sheet.id, before, after);
        return after;
    }

    public ProgressDto progress(UUID editionId) {
        ContestEdition edition = judges.edition(editionId);
        List<ContestJudge> all = repo.judges(editionId);
        var sets = judges.sets(edition, all);
        List<ContestCategory> categories = contest.categoriesOf(editionId);
        Map<UUID, Map<UUID, ContestScore>> sheets = new HashMap<>();
        for (ContestScore s : repo.scoresOfJudges(all.stream().map(j -> j.id).toList())) {
            sheets.computeIfAbsent(s.judgeId, k -> new HashMap<>()).put(s.entryId, s);
        }
        Map<UUID, int[]> perCategory = new LinkedHashMap<>();
        categories.forEach(c -> perCategory.put(c.id, new int[4]));
        List<JudgeProgress> judgeRows = new ArrayList<>();
        for (ContestJudge j : all) {
            var set = sets.get(j.id);
            Map<UUID, int[]> mine = new LinkedHashMap<>();
            int[] total = new int[4];
            set.entries().keySet().forEach(entryId -> {
                ContestEntry e = set.entriesById().get(entryId);
                ContestScore s = sheets.getOrDefault(j.id, Map.of()).get(entryId);
                int slot = s == null ? 3 : s.status == ScoreStatus.submitted ? 1 : 2;
                for (int[] counter : List.of(total, mine.computeIfAbsent(e.categoryId, k -> new int[4]), perCategory.get(e.categoryId))) {
                    counter[0]++;
                    counter[slot]++;
                }
            });
            List<JudgeCategoryProgress> cats = categories.stream().filter(c -> mine.containsKey(c.id))
                    .map(c -> new JudgeCategoryProgress(ContestMapper.ref(c), count(mine.get(c.id)))).toList();
            judgeRows.add(new JudgeProgress(j.id, j.fullName, j.username, count(total), cats));
        }
        Map<UUID, Long> entriesPerCategory = repo.entries(editionId, EntryStatus.IN_JUDGING).stream()
                .collect(Collectors.groupingBy(e -> e.categoryId, Collectors.counting()));
        List<CategoryProgress> catRows = categories.stream().map(c -> new CategoryProgress(ContestMapper.ref(c),
                entriesPerCategory.getOrDefault(c.id, 0L).intValue(), count(perCategory.get(c.id)), ranking.confirmed(c.id))).toList();
        return new ProgressDto(editionId, judgeRows, catRows);
    }

    private static ProgressCount count(int[] c) {
        return new ProgressCount(c[0], c[1], c[2], c[3]);
    }
}
