package vn.lhh.contest.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.lhh.contest.Award;
import vn.lhh.contest.AwardQuota;

/**
 * Ranking of a category and the award proposal (pure: unit-tested on a worked example).
 *
 * <p>Order: normalised score descending, compared after rounding to 6 decimals (so that two means
 * that are equal on paper but differ in the last bits of a double tie); then raw score descending,
 * rounded to 3 decimals (the precision of a stored total). Still equal: the same rank (standard
 * competition ranking 1, 2, 2, 4), listed by entry number.
 *
 * <p>Award proposal: with cumulative quotas Q1 = first, Q2 = Q1 + second, Q3 = Q2 + third,
 * Q4 = Q3 + consolation, an entry of rank r gets the first award whose cumulative quota is ≥ r;
 * none when r &gt; Q4. Entries sharing a rank therefore share the award even if that exceeds its quota.
 */
public final class Ranking {
    private Ranking() {
    }

    public record Candidate(UUID entryId, int number, double normalised, double raw) {
    }

    public record Ranked(Candidate candidate, int rank, BigDecimal normalised, BigDecimal raw, Award proposedAward) {
    }

    public static BigDecimal normalisedKey(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP);
    }

    public static BigDecimal rawKey(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
    }

    public static List<Ranked> rank(List<Candidate> candidates, AwardQuota quota) {
        Comparator<Candidate> byScore = Comparator.<Candidate, BigDecimal>comparing(c -> normalisedKey(c.normalised())).reversed()
                .thenComparing(Comparator.<Candidate, BigDecimal>comparing(c -> rawKey(c.raw())).reversed());
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(byScore.thenComparingInt(Candidate::number));
        List<Ranked> out = new ArrayList<>(sorted.size());
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Candidate c = sorted.get(i);
            if (i == 0 || byScore.compare(sorted.get(i - 1), c) != 0) {
                rank = i + 1;
            }
            out.add(new Ranked(c, rank, normalisedKey(c.normalised()), rawKey(c.raw()), proposedAward(rank, quota)));
        }
        return out;
    }

    /** The first award whose cumulative quota covers the rank; null beyond the last. */
    public static Award proposedAward(int rank, AwardQuota q) {
        if (q == null) {
            return null;
        }
        int cumulative = q.first();
        if (rank <= cumulative) {
            return Award.first;
        }
        cumulative += q.second();
        if (rank <= cumulative) {
            return Award.second;
        }
        cumulative += q.third();
        if (rank <= cumulative) {
            return Award.third;
        }
        cumulative += q.consolation();
        return rank <= cumulative ? Award.consolation : null;
    }
}
