package vn.lhh.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.service.Normalisation;
import vn.lhh.contest.service.Ranking;

/**
 * The normalisation, ranking and award proposal on a worked example computed by hand (pure Java, no
 * database). The same numbers are scored through the API in {@link RankingApiTest}.
 *
 * <pre>
 * Three judges score the same five entries (a rubric of one criterion, 0..100, so a total is the score):
 *
 *              X (no.1)  Y (no.2)  P (no.3)  Q (no.4)  R (no.5)
 *   judge A       86        80        82        78        74     lenient, narrow
 *   judge B       66        62        54        58        60     middling, narrow
 *   judge C       30        55        55        55        55     strict; one very low mark
 *
 * A: μ = (86+80+82+78+74)/5 = 400/5 = 80; deviations 6, 0, 2, −2, −6; σ² = (36+0+4+4+36)/5 = 16; σ = 4
 *    z = 1.5, 0, 0.5, −0.5, −1.5
 * B: μ = (66+62+54+58+60)/5 = 300/5 = 60; deviations 6, 2, −6, −2, 0; σ² = 80/5 = 16; σ = 4
 *    z = 1.5, 0.5, −1.5, −0.5, 0
 * C: μ = (30+55·4)/5 = 250/5 = 50; deviations −20, 5, 5, 5, 5; σ² = (400+4·25)/5 = 100; σ = 10
 *    z = −2, 0.5, 0.5, 0.5, 0.5
 *
 * normalised = mean z:           raw = mean total:
 *   X (1.5 + 1.5 − 2)/3 = 1/3      (86+66+30)/3 = 182/3 = 60.667
 *   Y (0 + 0.5 + 0.5)/3 = 1/3      (80+62+55)/3 = 197/3 = 65.667
 *   P (0.5 − 1.5 + 0.5)/3 = −1/6   (82+54+55)/3 = 191/3 = 63.667
 *   Q (−0.5 − 0.5 + 0.5)/3 = −1/6  (78+58+55)/3 = 191/3 = 63.667
 *   R (−1.5 + 0 + 0.5)/3 = −1/3    (74+60+55)/3 = 189/3 = 63.000
 *
 * By raw means the order would be Y, P = Q, R, X: X last. Normalised, C's single very low mark weighs
 * no more than any other judge's opinion and X is tied first with Y (0.333333).
 * Tie rule: X and Y tie on the normalised score → the raw score decides: Y (65.667) 1st, X (60.667) 2nd.
 * P and Q tie on both (−0.166667 and 63.667) → the same rank 3, listed by number (P no.3, Q no.4); R is 5th
 * (standard competition ranking 1, 2, 3, 3, 5).
 * Quotas first 1, second 1, third 1, consolation 2 → cumulative 1, 2, 3, 5: rank 1 first, 2 second,
 * 3 third (P and Q both: tied entries share the award beyond its quota of 1), 5 consolation (5 ≤ 5).
 * </pre>
 */
class NormalisationWorkedExampleTest {
    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();
    static final UUID X = UUID.randomUUID();
    static final UUID Y = UUID.randomUUID();
    static final UUID P = UUID.randomUUID();
    static final UUID Q = UUID.randomUUID();
    static final UUID R = UUID.randomUUID();
    static final Map<UUID, Integer> NUMBER = Map.of(X, 1, Y, 2, P, 3, Q, 4, R, 5);
    static final AwardQuota QUOTA = new AwardQuota(1, 1, 1, 2);

    static List<Normalisation.Score> scores() {
        List<Normalisation.Score> s = new ArrayList<>();
        UUID[] entries = {X, Y, P, Q, R};
        double[][] totals = {{86, 80, 82, 78, 74}, {66, 62, 54, 58, 60}, {30, 55, 55, 55, 55}};
        UUID[] judges = {A, B, C};
        for (int j = 0; j < 3; j++) {
            for (int e = 0; e < 5; e++) {
                s.add(new Normalisation.Score(judges[j], entries[e], totals[j][e]));
            }
        }
        return s;
    }

    @Test
    void judgesMeansAndPopulationStandardDeviations() {
        var r = Normalisation.normalise(scores());
        assertEquals(80, r.judges().get(A).mean(), 1e-9);
        assertEquals(4, r.judges().get(A).sd(), 1e-9);
        assertEquals(60, r.judges().get(B).mean(), 1e-9);
        assertEquals(4, r.judges().get(B).sd(), 1e-9);
        assertEquals(50, r.judges().get(C).mean(), 1e-9);
        assertEquals(10, r.judges().get(C).sd(), 1e-9);
    }

    @Test
    void entriesNormalisedAndRawScores() {
        var r = Normalisation.normalise(scores()).entries();
        assertEquals(1.0 / 3, r.get(X).normalised(), 1e-9);
        assertEquals(1.0 / 3, r.get(Y).normalised(), 1e-9);
        assertEquals(-1.0 / 6, r.get(P).normalised(), 1e-9);
        assertEquals(-1.0 / 6, r.get(Q).normalised(), 1e-9);
        assertEquals(-1.0 / 3, r.get(R).normalised(), 1e-9);
        assertEquals(182.0 / 3, r.get(X).raw(), 1e-9);
        assertEquals(197.0 / 3, r.get(Y).raw(), 1e-9);
        assertEquals(191.0 / 3, r.get(P).raw(), 1e-9);
        assertEquals(189.0 / 3, r.get(R).raw(), 1e-9);
        assertEquals(3, r.get(X).judges());
    }

    @Test
    void rankingUsesTheTieRuleAndTheProposalFollowsTheCumulativeQuotas() {
        var n = Normalisation.normalise(scores()).entries();
        List<Ranking.Candidate> candidates = n.values().stream()
                .map(e -> new Ranking.Candidate(e.entryId(), NUMBER.get(e.entryId()), e.normalised(), e.raw())).toList();
        List<Ranking.Ranked> ranked = Ranking.rank(candidates, QUOTA);
        assertEquals(List.of(Y, X, P, Q, R), ranked.stream().map(r -> r.candidate().entryId()).toList());
        assertEquals(List.of(1, 2, 3, 3, 5), ranked.stream().map(Ranking.Ranked::rank).toList());
        assertEquals(List.of(new BigDecimal("0.333333"), new BigDecimal("0.333333"), new BigDecimal("-0.166667"), new BigDecimal("-0.166667"),
                new BigDecimal("-0.333333")), ranked.stream().map(Ranking.Ranked::normalised).toList());
        assertEquals(List.of(new BigDecimal("65.667"), new BigDecimal("60.667"), new BigDecimal("63.667"), new BigDecimal("63.667"),
                new BigDecimal("63.000")), ranked.stream().map(Ranking.Ranked::raw).toList());
        assertEquals(List.of(Award.first, Award.second, Award.third, Award.third, Award.consolation),
                ranked.stream().map(Ranking.Ranked::proposedAward).toList());
    }

    @Test
    void rawMeansAloneWouldGiveAnotherOrder() {
        var n = Normalisation.normalise(scores()).entries();
        List<UUID> byRaw = n.values().stream().sorted((a, b) -> Double.compare(b.raw(), a.raw())).map(Normalisation.EntryScore::entryId).toList();
        assertEquals(X, byRaw.get(4), "X is last by raw means");
    }

    @Test
    void aJudgeWithOneTotalOrNoSpreadGivesZeroZ() {
        UUID e1 = UUID.randomUUID();
        UUID e2 = UUID.randomUUID();
        var r = Normalisation.normalise(List.of(
                new Normalisation.Score(A, e1, 90),                                    // A: one total only → z = 0
                new Normalisation.Score(B, e1, 70), new Normalisation.Score(B, e2, 70), // B: σ = 0 → z = 0
                new Normalisation.Score(C, e1, 80), new Normalisation.Score(C, e2, 60))); // C: μ 70, σ 10 → z = ±1
        assertFalse(r.judges().get(A).normalises());
        assertFalse(r.judges().get(B).normalises());
        assertTrue(r.judges().get(C).normalises());
        assertEquals((0 + 0 + 1) / 3.0, r.entries().get(e1).normalised(), 1e-9);
        assertEquals((0 - 1) / 2.0, r.entries().get(e2).normalised(), 1e-9);
        assertEquals(80, r.entries().get(e1).raw(), 1e-9);
    }

    @Test
    void proposalBeyondTheQuotasIsNoneAndEmptyQuotasAreSkipped() {
        var q = new AwardQuota(0, 2, 0, 1);
        assertEquals(Award.second, Ranking.proposedAward(1, q));
        assertEquals(Award.second, Ranking.proposedAward(2, q));
        assertEquals(Award.consolation, Ranking.proposedAward(3, q));
        assertNull(Ranking.proposedAward(4, q));
    }
}
