package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.contest.ContestCategory;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestEntry;
import vn.lhh.contest.ContestJudge;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.ContestScore;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.JudgingRepository;
import vn.lhh.contest.ScoreStatus;
import vn.lhh.contest.dto.JudgingDtos.JudgeStatsDto;
import vn.lhh.contest.dto.JudgingDtos.RankingDto;
import vn.lhh.contest.dto.JudgingDtos.RankingRow;
import vn.lhh.contest.mapping.ContestMapper;

/**
 * The ranking of a category from the submitted sheets that count: a sheet counts when its judge
 * scores the entry now (assigned, no conflict of interest); a sheet of an entry the judge no longer
 * scores stays stored but is left out. See {@link Normalisation} and {@link Ranking} for the rules.
 */
@ApplicationScoped
public class RankingService {
    @Inject
    JudgingRepository repo;
    @Inject
    ContestRepository contest;
    @Inject
    JudgeService judges;

    /** A category's ranking with what it rests on. */
    public record Computed(ContestEdition edition, ContestCategory category, List<RankingRow> rows, List<JudgeStatsDto> judges,
                           Map<UUID, ContestEntry> entries) {
        public boolean complete() {
            return !rows.isEmpty() && rows.stream().allMatch(RankingRow::complete);
        }

        public boolean confirmed() {
            return rows.stream().noneMatch(r -> r.status() == EntryStatus.eligible);
        }
    }

    public RankingDto ranking(UUID categoryId) {
        Computed c = compute(judges.category(categoryId));
        return dto(c);
    }

    public RankingDto dto(Computed c) {
        return new RankingDto(ContestMapper.ref(c.category()), c.edition().id, c.edition().awardQuota, c.complete(), c.confirmed(), c.rows(), c.judges());
    }

    /** Every ranked entry has been decided (judged or awarded); a category without ranked entries has nothing to confirm. */
    public boolean confirmed(UUID categoryId) {
        return compute(judges.category(categoryId)).confirmed();
    }

    public Computed compute(ContestCategory category) {
        ContestEdition edition = judges.edition(category.editionId);
        List<ContestJudge> all = repo.judges(edition.id);
        Map<UUID, ContestJudge> judgeById = new HashMap<>();
        all.forEach(j -> judgeById.put(j.id, j));
        var sets = judges.sets(edition, all);
        List<ContestEntry> entries = contest.entriesOf(category.id, EntryStatus.IN_JUDGING);
        Map<UUID, ContestEntry> entryById = new HashMap<>();
        entries.forEach(e -> entryById.put(e.id, e));
        // judges who score each entry, and the sheets that count
        Map<UUID, Integer> assigned = new HashMap<>();
        sets.values().forEach(s -> s.entries().keySet().stream().filter(entryById::containsKey).forEach(id -> assigned.merge(id, 1, Integer::sum)));
        List<Normalisation.Score> counted = new ArrayList<>();
        for (ContestScore s : repo.scoresOfEntries(entryById.keySet())) {
            var set = sets.get(s.judgeId);
            if (s.status == ScoreStatus.submitted && set != null && set.scores(s.entryId)) {
                counted.add(new Normalisation.Score(s.judgeId, s.entryId, s.total.doubleValue()));
            }
        }
        Normalisation.Result n = Normalisation.normalise(counted);
        List<Ranking.Candidate> candidates = n.entries().values().stream()
                .map(es -> new Ranking.Candidate(es.entryId(), entryById.get(es.entryId()).number, es.normalised(), es.raw())).toList();
        List<RankingRow> rows = new ArrayList<>();
        for (Ranking.Ranked r : Ranking.rank(candidates, edition.awardQuota)) {
            ContestEntry e = entryById.get(r.candidate().entryId());
            int submitted = n.entries().get(e.id).judges();
            int judgesOfEntry = assigned.getOrDefault(e.id, 0);
            rows.add(new RankingRow(r.rank(), e.id, e.number, e.code(edition.year), e.title, e.status, r.normalised(), r.raw(), judgesOfEntry,
                    submitted, submitted >= judgesOfEntry, r.proposedAward(), e.award, e.awardName));
        }
        List<JudgeStatsDto> stats = n.judges().values().stream()
                .map(s -> new JudgeStatsDto(s.judgeId(), judgeById.get(s.judgeId()).fullName, s.submitted(),
                        BigDecimal.valueOf(s.mean()).setScale(3, RoundingMode.HALF_UP), BigDecimal.valueOf(s.sd()).setScale(6, RoundingMode.HALF_UP),
                        s.normalises()))
                .sorted(Comparator.comparing(JudgeStatsDto::fullName)).toList();
        return new Computed(edition, category, rows, stats, entryById);
    }
}
