package vn.lhh.contest.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.text.SearchText;
import vn.lhh.contest.ContestCategory;
import vn.lhh.contest.ContestCoordinator;
import vn.lhh.contest.ContestCriterion;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestEntry;
import vn.lhh.contest.ContestPhase;
import vn.lhh.contest.EntryAuthor;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.dto.ContestDtos.CategoryDto;
import vn.lhh.contest.dto.ContestDtos.CategoryRef;
import vn.lhh.contest.dto.ContestDtos.CoordinatorDto;
import vn.lhh.contest.dto.ContestDtos.CriterionDto;
import vn.lhh.contest.dto.ContestDtos.EditionDto;
import vn.lhh.contest.dto.ContestDtos.EntryDto;
import vn.lhh.contest.dto.ContestDtos.EntrySummary;
import vn.lhh.contest.dto.ContestDtos.FileDto;

/** Contest entities → API records, and the search keys the entry list is searched by. */
public final class ContestMapper {
    public static final String API = "/api/v1";

    private ContestMapper() {
    }

    public static String rulesUrl(UUID editionId) {
        return API + "/contest-editions/" + editionId + "/rules";
    }

    public static String entryFileUrl(UUID entryId, UUID fileId) {
        return API + "/contest-entries/" + entryId + "/files/" + fileId;
    }

    public static FileDto file(StoredFile f, String kind, String url) {
        return f == null ? null : new FileDto(f.id(), kind, f.fileName(), f.contentType(), f.sizeBytes(), f.sha256(), url, f.createdAt());
    }

    public static EditionDto edition(ContestEdition e, StoredFile rules, LocalDate today) {
        return new EditionDto(e.id, e.year, e.name, e.description, List.of(e.coOrganisers), e.registrationOpens, e.registrationCloses,
                e.submissionCloses, e.judgingOpens, e.judgingCloses, e.resultsDate, ContestPhase.of(e, today), e.minAge, e.maxAge,
                e.minGrade, e.maxGrade, e.maxEntriesPerSchool, e.maxAuthorsPerEntry, e.awardQuota, e.status,
                file(rules, "rules", rulesUrl(e.id)), e.resultsPublishedAt, e.createdAt, e.updatedAt, e.version);
    }

    public static CriterionDto criterion(ContestCriterion k) {
        return new CriterionDto(k.id, k.position, k.name, k.description, k.weight, k.maxScore, List.copyOf(k.levels));
    }

    public static CategoryDto category(ContestCategory c, List<ContestCriterion> rubric, boolean frozen) {
        return new CategoryDto(c.id, c.editionId, c.code, c.name, c.description, c.position,
                rubric.stream().map(ContestMapper::criterion).toList(), frozen, c.createdAt, c.updatedAt, c.version);
    }

    public static CategoryRef ref(ContestCategory c) {
        return new CategoryRef(c.id, c.code, c.name);
    }

    public static CoordinatorDto coordinator(ContestCoordinator c) {
        return new CoordinatorDto(c.id, c.username, c.kind, c.fullName, c.email, c.phone, c.school, c.district, c.active,
                c.createdAt, c.updatedAt, c.version);
    }

    public static EntrySummary summary(ContestEntry e, int editionYear, ContestCategory c) {
        return new EntrySummary(e.id, e.editionId, e.code(editionYear), e.number, ref(c), e.title, e.school, e.district,
                e.authors.stream().map(EntryAuthor::fullName).toList(), e.status, e.award, e.registeredBy, e.submittedAt, e.updatedAt, e.version);
    }

    public static EntryDto entry(ContestEntry e, int editionYear, ContestCategory c, List<FileDto> files, List<EntryStatus> allowed) {
        return new EntryDto(e.id, e.editionId, editionYear, e.code(editionYear), e.number, ref(c), e.title, e.description, e.howItWorks,
                e.videoUrl, e.school, e.district, e.commune, e.supervisor, List.copyOf(e.authors), e.consentPublic, e.consentRecordedAt,
                e.consentRecordedBy, e.status, e.rejectionReason, e.submittedAt, e.award, e.awardName, e.nominationNote, e.nominatedAt,
                e.registeredBy, files, allowed, e.createdAt, e.updatedAt, e.version);
    }

    /** Title, description, school, district, the code as people say it ("2026-007", "7") and the authors' and supervisor's names. */
    public static String entrySearchKey(ContestEntry e, int editionYear) {
        return SearchText.normalize(String.join(" ", Stream.concat(
                Stream.of(e.title, e.description, e.school, e.district, e.commune == null ? "" : e.commune, e.code(editionYear),
                        Integer.toString(e.number), e.supervisor == null ? "" : e.supervisor.fullName()),
                e.authors.stream().map(EntryAuthor::fullName)).toList()));
    }
}
