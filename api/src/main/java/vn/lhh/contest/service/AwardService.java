package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;
import vn.lhh.contest.Award;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestEntry;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.JudgingRepository;
import vn.lhh.contest.dto.JudgingDtos.AwardInput;
import vn.lhh.contest.dto.JudgingDtos.EntryAwardDto;
import vn.lhh.contest.dto.JudgingDtos.NominationInput;
import vn.lhh.contest.dto.JudgingDtos.RankingDto;
import vn.lhh.contest.dto.JudgingDtos.RankingRow;

/**
 * Awards and national nominations: the office confirms a category's proposal, may then change one
 * entry's award, and nominates awarded entries for the national contest. Nothing changes while the
 * results are published (unpublish first), except nominations, which follow the publication.
 */
@ApplicationScoped
public class AwardService {
    public static final String ENTITY = "contest-entry";
    private static final EnumSet<EntryStatus> DECIDED = EnumSet.of(EntryStatus.judged, EntryStatus.awarded, EntryStatus.nominated);

    @Inject
    JudgingRepository repo;
    @Inject
    ContestRepository contest;
    @Inject
    JudgeService judges;
    @Inject
    RankingService ranking;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;

    /**
     * Confirms the proposal: every ranked entry becomes awarded (with its proposed award) or judged.
     * Requires every ranked entry complete (all its judges submitted); the office may confirm before
     * judgingCloses. A confirmation again replaces earlier awards and nominations of the category.
     */
    @Transactional
    public RankingDto confirm(UUID categoryId) {
        var category = judges.category(categoryId);
        ContestEdition edition = contest.lockEdition(category.editionId);
        if (edition.resultsPublishedAt != null) {
            throw ProblemException.conflict("contest.problem.results-published");
        }
        var computed = ranking.compute(category);
        if (computed.rows().isEmpty()) {
            throw ProblemException.conflict("contest.problem.nothing-ranked");
        }
        List<String> incomplete = computed.rows().stream().filter(r -> !r.complete()).map(RankingRow::code).toList();
        if (!incomplete.isEmpty()) {
            throw ProblemException.conflict("contest.problem.ranking-incomplete", String.join(", ", incomplete));
        }
        Instant now = Instant.now();
        for (RankingRow r : computed.rows()) {
            ContestEntry e = computed.entries().get(r.entryId());
            EntryAwardDto before = dto(e);
            e.award = r.proposedAward();
            e.awardName = null;
            e.status = e.award == null ? EntryStatus.judged : EntryStatus.awarded;
            e.awardConfirmedAt = now;
            e.awardConfirmedBy = user.username();
            e.nominatedAt = null;
            e.nominationNote = null;
            e.updatedAt = now;
            repo.flush();
            audit.record(AuditLog.Action.update, ENTITY, e.id, before, dto(e));
        }
        return ranking.dto(ranking.compute(category));
    }

    /** One entry's award after confirmation: first..consolation, special with a name, or none (judged). */
    @Transactional
    public EntryAwardDto setAward(UUID entryId, String ifMatch, AwardInput in) {
        ContestEntry e = judges.entry(entryId);
        ContestEdition edition = contest.lockEdition(e.editionId);
        ETags.check(ifMatch, e.version);
        if (edition.resultsPublishedAt != null) {
            throw ProblemException.conflict("contest.problem.results-published");
        }
        if (!DECIDED.contains(e.status)) {
            throw ProblemException.conflict("contest.problem.award-not-confirmed");
        }
        String name = SearchText.cleanOptional(in.awardName());
        if (in.award() == Award.special && name == null) {
            throw ProblemException.invalidField("awardName", "contest.validation.award-name-required");
        }
        if (in.award() == null && e.status == EntryStatus.nominated) {
            throw ProblemException.conflict("contest.problem.nominated-needs-award");
        }
        EntryAwardDto before = dto(e);
        e.award = in.award();
        e.awardName = in.award() == null ? null : name;
        e.status = in.award() == null ? EntryStatus.judged : e.status == EntryStatus.nominated ? EntryStatus.nominated : EntryStatus.awarded;
        e.awardConfirmedAt = Instant.now();
        e.awardConfirmedBy = user.username();
        e.updatedAt = e.awardConfirmedAt;
        repo.flush();
        EntryAwardDto after = dto(e);
        audit.record(AuditLog.Action.update, ENTITY, e.id, before, after);
        return after;
    }

    /** Awarded ↔ nominated for the national contest. */
    @Transactional
    public EntryAwardDto setNomination(UUID entryId, String ifMatch, NominationInput in) {
        ContestEntry e = judges.entry(entryId);
        contest.lockEdition(e.editionId);
        ETags.check(ifMatch, e.version);
        if (e.status != EntryStatus.awarded && e.status != EntryStatus.nominated) {
            throw ProblemException.conflict("contest.problem.nomination-needs-award");
        }
        EntryAwardDto before = dto(e);
        Instant now = Instant.now();
        if (in.nominated()) {
            if (e.status != EntryStatus.nominated) {
                e.nominatedAt = now;
            }
            e.status = EntryStatus.nominated;
            e.nominationNote = SearchText.cleanOptional(in.note());
        } else {
            e.status = EntryStatus.awarded;
            e.nominatedAt = null;
            e.nominationNote = null;
        }
        e.updatedAt = now;
        repo.flush();
        EntryAwardDto after = dto(e);
        audit.record(AuditLog.Action.update, ENTITY, e.id, before, after);
        return after;
    }

    public EntryAwardDto get(UUID entryId) {
        return dto(judges.entry(entryId));
    }

    public static EntryAwardDto dto(ContestEntry e) {
        return new EntryAwardDto(e.id, e.number, e.title, e.status, e.award, e.awardName, e.awardConfirmedAt, e.awardConfirmedBy,
                e.status == EntryStatus.nominated, e.nominationNote, e.nominatedAt, e.version);
    }
}
