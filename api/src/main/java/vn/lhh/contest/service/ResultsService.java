package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.contest.ContestCategory;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestEntry;
import vn.lhh.contest.EditionStatus;
import vn.lhh.contest.EntryAuthor;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.JudgingRepository;
import vn.lhh.contest.mapping.ContestMapper;
import vn.lhh.contest.dto.JudgingDtos.ResultAuthor;
import vn.lhh.contest.dto.JudgingDtos.ResultCategory;
import vn.lhh.contest.dto.JudgingDtos.ResultEntry;
import vn.lhh.contest.dto.JudgingDtos.ResultsDto;

/**
 * Results: the office publishes them once every category's awards are confirmed; the public then
 * reads the awarded and nominated entries. The authors are minors: without the entry's recorded
 * consent nothing identifies them (no names, no school, no district); with it, only each author's
 * name, school and district — never a date of birth, grade, commune or contact.
 */
@ApplicationScoped
public class ResultsService {
    public static final String ENTITY = "contest-edition";
    private static final EnumSet<EntryStatus> AWARDED = EnumSet.of(EntryStatus.awarded, EntryStatus.nominated);

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
    @Inject
    ContestReminders reminders;

    public record Publication(ResultsDto results, long editionVersion) {
    }

    @Transactional
    public Publication publish(UUID editionId, String ifMatch) {
        judges.edition(editionId);
        ContestEdition e = contest.lockEdition(editionId);
        ETags.check(ifMatch, e.version);
        if (e.status != EditionStatus.published) {
            throw ProblemException.conflict("contest.problem.edition-not-published");
        }
        List<String> unconfirmed = contest.categoriesOf(editionId).stream().filter(c -> !ranking.compute(c).confirmed()).map(c -> c.name).toList();
        if (!unconfirmed.isEmpty()) {
            throw ProblemException.conflict("contest.problem.awards-not-confirmed", String.join(", ", unconfirmed));
        }
        if (e.resultsPublishedAt == null) {
            e.resultsPublishedAt = Instant.now();
            e.resultsPublishedBy = user.username();
            e.updatedAt = e.resultsPublishedAt;
            repo.flush();
            audit.record(AuditLog.Action.update, ENTITY, e.id, Map.of("resultsPublishedAt", "null"),
                    Map.of("resultsPublishedAt", e.resultsPublishedAt.toString(), "resultsPublishedBy", e.resultsPublishedBy));
            reminders.resultsPublished(e);
        }
        return new Publication(view(e), e.version);
    }

    @Transactional
    public Publication unpublish(UUID editionId, String ifMatch) {
        judges.edition(editionId);
        ContestEdition e = contest.lockEdition(editionId);
        ETags.check(ifMatch, e.version);
        if (e.resultsPublishedAt != null) {
            Instant was = e.resultsPublishedAt;
            e.resultsPublishedAt = null;
            e.resultsPublishedBy = null;
            e.updatedAt = Instant.now();
            repo.flush();
            audit.record(AuditLog.Action.update, ENTITY, e.id, Map.of("resultsPublishedAt", was.toString()), Map.of("resultsPublishedAt", "null"));
        }
        return new Publication(view(e), e.version);
    }

    /** Everyone once published; before that the office only (a preview), others "not found". */
    public ResultsDto results(UUID editionId) {
        ContestEdition e = contest.edition(editionId);
        if (e == null || !(user.isStaffOrAdmin() || e.resultsPublishedAt != null && e.status == EditionStatus.published)) {
            throw ProblemException.notFound("contest-results", editionId);
        }
        return view(e);
    }

    private ResultsDto view(ContestEdition e) {
        List<ResultCategory> categories = new ArrayList<>();
        for (ContestCategory c : contest.categoriesOf(e.id)) {
            List<ResultEntry> entries = contest.entriesOf(c.id, AWARDED).stream()
                    .sorted(Comparator.comparing((ContestEntry x) -> x.award.ordinal()).thenComparingInt(x -> x.number))
                    .map(x -> entry(e, x)).toList();
            categories.add(new ResultCategory(ContestMapper.ref(c), entries));
        }
        return new ResultsDto(e.id, e.year, e.name, e.resultsPublishedAt != null, e.resultsPublishedAt, categories);
    }

    /** The consent rule, in one place. */
    static ResultEntry entry(ContestEdition edition, ContestEntry x) {
        boolean consent = x.consentPublic;
        List<ResultAuthor> authors = consent
                ? x.authors.stream().map((EntryAuthor a) -> new ResultAuthor(a.fullName(), a.school(), a.district())).toList()
                : List.of();
        return new ResultEntry(x.id, x.number, x.code(edition.year), x.title, x.award, x.awardName, x.status == EntryStatus.nominated,
                consent ? x.school : null, consent ? x.district : null, authors, !consent);
    }

    /** The nominated entries of an edition, by category position then number, for the national organisers' form. */
    public NominationExport.Sheet nominations(UUID editionId) {
        ContestEdition e = judges.edition(editionId);
        List<NominationExport.Nominee> rows = new ArrayList<>();
        for (ContestCategory c : contest.categoriesOf(editionId)) {
            for (ContestEntry x : contest.entriesOf(c.id, EnumSet.of(EntryStatus.nominated))) {
                rows.add(new NominationExport.Nominee(x.code(e.year), x.title, c.name, x.authors, x.supervisor, x.award, x.awardName, x.nominationNote));
            }
        }
        return new NominationExport.Sheet(e.year, rows);
    }
}
