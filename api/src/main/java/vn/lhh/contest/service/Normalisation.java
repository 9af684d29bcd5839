package vn.lhh.contest.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Per-judge z-score normalisation within one category, so that a strict judge and a lenient one
 * weigh the same (pure: unit-tested on a worked example, no database).
 *
 * <p>For judge j with submitted totals t_j,1..t_j,n in the category: μ_j = mean, σ_j = POPULATION
 * standard deviation (divide by n, not n − 1: the judge's totals are the whole population we
 * normalise, not a sample). z = (t − μ_j) / σ_j. When n &lt; 2 or σ_j = 0 the judge says nothing
 * about relative quality, so every z of that judge is 0 (their raw totals still count in the raw score).
 * An entry's normalised score is the mean of its judges' z; its raw score the mean of their totals.
 */
public final class Normalisation {
    private Normalisation() {
    }

    /** One submitted total of a judge for an entry. */
    public record Score(UUID judgeId, UUID entryId, double total) {
    }

    /** A judge's statistics in the category. */
    public record JudgeStats(UUID judgeId, int submitted, double mean, double sd) {
        /** False when the judge's z-scores are all 0 (fewer than 2 totals, or all equal). */
        public boolean normalises() {
            return submitted >= 2 && sd > 0;
        }
    }

    /** An entry's scores: mean of z, mean of raw totals, and how many submitted totals. */
    public record EntryScore(UUID entryId, double normalised, double raw, int judges) {
    }

    public record Result(Map<UUID, JudgeStats> judges, Map<UUID, EntryScore> entries) {
    }

    public static Result normalise(Collection<Score> scores) {
        Map<UUID, List<Score>> byJudge = new LinkedHashMap<>();
        Map<UUID, List<Score>> byEntry = new LinkedHashMap<>();
        for (Score s : scores) {
            byJudge.computeIfAbsent(s.judgeId(), k -> new ArrayList<>()).add(s);
            byEntry.computeIfAbsent(s.entryId(), k -> new ArrayList<>()).add(s);
        }
        Map<UUID, JudgeStats> stats = new HashMap<>();
        byJudge.forEach((judge, list) -> {
            double mean = list.stream().mapToDouble(Score::total).sum() / list.size();
            double variance = list.stream().mapToDouble(s -> (s.total() - mean) * (s.total() - mean)).sum() / list.size();
            stats.put(judge, new JudgeStats(judge, list.size(), mean, Math.sqrt(variance)));
        });
        Map<UUID, EntryScore> entries = new LinkedHashMap<>();
        byEntry.forEach((entry, list) -> {
            double zSum = 0;
            double rawSum = 0;
            for (Score s : list) {
                JudgeStats j = stats.get(s.judgeId());
                zSum += j.normalises() ? (s.total() - j.mean()) / j.sd() : 0;
                rawSum += s.total();
            }
            entries.put(entry, new EntryScore(entry, zSum / list.size(), rawSum / list.size(), list.size()));
        });
        return new Result(stats, entries);
    }
}
