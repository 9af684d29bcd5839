package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.files.Uploads;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.FieldError;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;
import vn.lhh.common.problem.Transitions;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.contest.ContestCategory;
import vn.lhh.contest.ContestCoordinator;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestEntry;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.CoordinatorKind;
import vn.lhh.contest.EditionStatus;
import vn.lhh.contest.EntryAuthor;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.Supervisor;
import vn.lhh.contest.dto.ContestDtos.ConsentInput;
import vn.lhh.contest.dto.ContestDtos.EntryDto;
import vn.lhh.contest.dto.ContestDtos.EntryInput;
import vn.lhh.contest.dto.ContestDtos.EntrySummary;
import vn.lhh.contest.dto.ContestDtos.EntryTransitionInput;
import vn.lhh.contest.dto.ContestDtos.FileDto;
import vn.lhh.contest.mapping.ContestMapper;

/**
 * Contest entries: registration by the office or a coordinator, their content and files, the
 * submission and eligibility workflow, and the deadlines, limits and eligibility rules of the edition.
 * A coordinator reaches only the entries it registered (others are "not found").
 */
@ApplicationScoped
public class EntryService {
    public static final String ENTITY = "contest-entry";
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
    public static final int MAX_FILES = 20;

    /** What an entry's file is; stored as the file's owner type, so the kind needs no column of its own. */
    @Schema(name = "ContestFileKind", description = "photo: PNG or JPEG ≤ 5 MB; document: PDF ≤ 20 MB")
    public enum FileKind {
        photo, document;

        public String owner() {
            return "contest-entry-" + name();
        }
    }

    /** Statuses in which the registrant may still change the content (until submissionCloses). */
    static final Set<EntryStatus> EDITABLE = Set.of(EntryStatus.draft, EntryStatus.submitted);

    @Inject
    ContestRepository repo;
    @Inject
    FileStore files;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    public boolean isOffice() {
        return user.isStaffOrAdmin();
    }

    /** The entry if the caller may see it: the office every entry, a coordinator those it registered. */
    public ContestEntry get(UUID id) {
        ContestEntry x = repo.entry(id);
        if (x == null || !(isOffice() || x.registeredBy.equals(user.username()))) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return x;
    }

    /** For writes: a coordinator also needs an active record (the office may switch one off). */
    private ContestCoordinator requireActiveCoordinator() {
        if (isOffice()) {
            return null;
        }
        ContestCoordinator c = repo.coordinatorOf(user.username());
        if (c == null || !c.active) {
            throw ProblemException.forbidden("contest.forbidden.no-coordinator-record");
        }
        return c;
    }

    public Page<EntrySummary> list(ContestRepository.EntryFilter filter, PageRequest page) {
        ContestRepository.EntryFilter f = isOffice() ? filter : new ContestRepository.EntryFilter(filter.editionId(), filter.categoryId(),
                filter.status(), filter.district(), filter.school(), filter.grade(), filter.q(), user.username());
        Page<ContestEntry> p = repo.entries(f, page);
        Map<UUID, ContestCategory> categories = byId(repo.categories(p.items().stream().map(x -> x.categoryId).distinct().toList()), c -> c.id);
        Map<UUID, ContestEdition> editions = byId(repo.editions(p.items().stream().map(x -> x.editionId).distinct().toList()), e -> e.id);
        return p.map(x -> ContestMapper.summary(x, editions.get(x.editionId).year, categories.get(x.categoryId)));
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t));
    }

    public EntryDto dto(ContestEntry x) {
        ContestEdition e = repo.edition(x.editionId);
        ContestCategory c = repo.category(x.categoryId);
        List<FileDto> list = Stream.of(FileKind.values())
                .flatMap(k -> files.list(k.owner(), x.id).stream().map(f -> ContestMapper.file(f, k.name(), ContestMapper.entryFileUrl(x.id, f.id()))))
                .sorted(Comparator.comparing(FileDto::uploadedAt).thenComparing(FileDto::id)).toList();
        return ContestMapper.entry(x, e.year, c, list, allowedTransitions(x, e));
    }

    /** The moves the caller may ask for today: the registrant's before the submission deadline, the office's decisions until judging closes. */
    List<EntryStatus> allowedTransitions(ContestEntry x, ContestEdition e) {
        LocalDate today = ProvinceClock.today();
        return x.status.next().stream().filter(to -> switch (to) {
            case submitted, draft -> !today.isAfter(e.submissionCloses);
            case eligible, rejected -> isOffice() && !today.isAfter(e.judgingCloses);
            default -> false;
        }).sorted().toList();
    }

    /**
     * Registers an entry: only in a published edition, only from registrationOpens to registrationCloses,
     * within the authors' and the school's limits, with eligible authors. The edition's row lock is held
     * from the school count to the insert, so concurrent registrations queue and neither exceed the
     * school's limit nor take the same number.
     */
    @Transactional
    public EntryDto create(EntryInput in) {
        ContestCoordinator coordinator = requireActiveCoordinator();
        ContestCategory category = repo.category(in.categoryId());
        if (category == null) {
            throw ProblemException.invalidField("categoryId", "contest.validation.category-unknown");
        }
        ContestEdition e = repo.lockEdition(category.editionId);
        if (e.status != EditionStatus.published) {
            if (!isOffice()) {
                // a draft edition is invisible outside the office
                throw ProblemException.invalidField("categoryId", "contest.validation.category-unknown");
            }
            throw ProblemException.conflict("contest.conflict.edition-not-published");
        }
        LocalDate today = ProvinceClock.today();
        if (today.isBefore(e.registrationOpens) || today.isAfter(e.registrationCloses)) {
            throw new ProblemException(ProblemType.DEADLINE, "contest.deadline.registration", e.registrationOpens.toString(), e.registrationCloses.toString());
        }
        ContestEntry x = new ContestEntry();
        x.id = UUID.randomUUID();
        x.editionId = e.id;
        x.status = EntryStatus.draft;
        x.registeredBy = user.username();
        apply(x, in, e, category, coordinator);
        checkSchoolLimit(e, x);
        x.number = repo.nextNumber(e.id);
        x.searchKey = ContestMapper.entrySearchKey(x, e.year);
        x.createdAt = Instant.now();
        x.updatedAt = x.createdAt;
        return changes.create(ENTITY, x.id, x, this::dto);
    }

    /** Content changes while draft or submitted and until submissionCloses; the same limits and eligibility as at registration. */
    @Transactional
    public EntryDto update(UUID id, String ifMatch, EntryInput in) {
        ContestCoordinator coordinator = requireActiveCoordinator();
        ContestEntry x = get(id);
        ContestEdition e = repo.lockEdition(x.editionId);
        ETags.check(ifMatch, x.version);
        requireEditable(x, e);
        ContestCategory category = repo.category(in.categoryId());
        if (category == null || !category.editionId.equals(x.editionId)) {
            throw ProblemException.invalidField("categoryId", "contest.validation.category-other-edition");
        }
        EntryDto before = dto(x);
        apply(x, in, e, category, coordinator);
        // every change before the next query: a query flushes, and each flush that writes moves the version
        x.searchKey = ContestMapper.entrySearchKey(x, e.year);
        x.updatedAt = Instant.now();
        checkSchoolLimit(e, x);
        repo.flushRows();
        EntryDto after = dto(x);
        audit.record(AuditLog.Action.update, ENTITY, x.id, before, after);
        return after;
    }

    private void apply(ContestEntry x, EntryInput in, ContestEdition e, ContestCategory category, ContestCoordinator coordinator) {
        x.categoryId = category.id;
        x.title = SearchText.cleanRequired("title", in.title());
        x.description = SearchText.cleanRequired("description", in.description());
        x.howItWorks = SearchText.cleanOptional(in.howItWorks());
        x.videoUrl = SearchText.cleanOptional(in.videoUrl());
        x.commune = SearchText.cleanOptional(in.commune());
        if (coordinator != null && coordinator.kind == CoordinatorKind.school) {
            // a school's contact registers for its own school only: what was sent does not count
            x.school = coordinator.school;
            x.district = coordinator.district;
        } else {
            x.school = SearchText.cleanRequired("school", in.school());
            x.district = SearchText.cleanRequired("district", in.district());
        }
        x.schoolKey = SearchText.normalize(x.school);
        x.districtKey = SearchText.normalize(x.district);
        if (coordinator != null && coordinator.kind == CoordinatorKind.district && !x.districtKey.equals(coordinator.districtKey)) {
            throw ProblemException.invalidField("district", "contest.validation.district-not-yours", coordinator.district);
        }
        Supervisor s = in.supervisor();
        x.supervisor = s == null ? null : new Supervisor(SearchText.cleanRequired("supervisor.fullName", s.fullName()),
                SearchText.cleanOptional(s.school()), SearchText.cleanOptional(s.phone()), SearchText.cleanOptional(s.email()));
        List<EntryAuthor> authors = new ArrayList<>();
        for (int i = 0; i < in.authors().size(); i++) {
            EntryAuthor a = in.authors().get(i);
            String f = "authors[" + i + "].";
            authors.add(new EntryAuthor(SearchText.cleanRequired(f + "fullName", a.fullName()), a.dateOfBirth(), a.gender(),
                    SearchText.cleanRequired(f + "school", a.school()), a.grade(), SearchText.cleanRequired(f + "district", a.district()),
                    SearchText.cleanOptional(a.commune())));
        }
        if (authors.size() > e.maxAuthorsPerEntry) {
            throw ProblemException.conflict("contest.conflict.authors-limit", e.maxAuthorsPerEntry, authors.size());
        }
        checkEligibility(e, authors);
        x.authors = authors;
    }

    /**
     * Every author's age in full years on the day registration closes within [minAge, maxAge], and a
     * grade, when given, within [minGrade, maxGrade]. All failures at once, each naming the author.
     */
    static void checkEligibility(ContestEdition e, List<EntryAuthor> authors) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            EntryAuthor a = authors.get(i);
            int age = a.dateOfBirth().isAfter(e.registrationCloses) ? -1 : Period.between(a.dateOfBirth(), e.registrationCloses).getYears();
            if (age < e.minAge || age > e.maxAge) {
                errors.add(new FieldError("authors[" + i + "].dateOfBirth", "{contest.validation.author-age}"));
            }
            if (a.grade() != null && ((e.minGrade != null && a.grade() < e.minGrade) || (e.maxGrade != null && a.grade() > e.maxGrade))) {
                errors.add(new FieldError("authors[" + i + "].grade", "{contest.validation.author-grade}"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, errors, Map.of(), "contest.problem.eligibility",
                    e.minAge, e.maxAge, e.registrationCloses.toString(), e.minGrade == null ? 1 : e.minGrade, e.maxGrade == null ? 12 : e.maxGrade);
        }
    }

    /** Counted under the edition's lock (the caller holds it). */
    private void checkSchoolLimit(ContestEdition e, ContestEntry x) {
        if (x.status == EntryStatus.rejected) {
            return;
        }
        long others = repo.countedEntriesOfSchool(e.id, x.schoolKey, x.id);
        if (others >= e.maxEntriesPerSchool) {
            throw ProblemException.conflict("contest.conflict.school-limit", x.school, e.maxEntriesPerSchool);
        }
    }

    private static void requireEditable(ContestEntry x, ContestEdition e) {
        if (!EDITABLE.contains(x.status)) {
            throw ProblemException.conflict("contest.conflict.entry-not-editable", x.status.name());
        }
        requireBeforeSubmissionCloses(e);
    }

    private static void requireBeforeSubmissionCloses(ContestEdition e) {
        if (ProvinceClock.today().isAfter(e.submissionCloses)) {
            throw new ProblemException(ProblemType.DEADLINE, "contest.deadline.submission", e.submissionCloses.toString());
        }
    }

    /** Only a draft; its number is not reused by a later entry unless it was the last one. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        requireActiveCoordinator();
        ContestEntry x = get(id);
        repo.lockEdition(x.editionId);
        List<StoredFile> stored = Stream.of(FileKind.values()).flatMap(k -> files.list(k.owner(), x.id).stream()).toList();
        changes.delete(ENTITY, id, x, x.version, ifMatch, this::dto, entry -> {
            if (entry.status != EntryStatus.draft) {
                throw ProblemException.conflict("contest.conflict.entry-delete-draft-only", entry.status.name());
            }
        });
        stored.forEach(f -> files.delete(f.id()));
    }

    /**
     * draft → submitted and submitted → draft: the registrant or the office, until submissionCloses
     * (submitting checks eligibility and the authors' limit again: the office may have changed the rules).
     * submitted → eligible or rejected, rejected → eligible, eligible → rejected: the office only, until
     * judgingCloses; rejecting needs a reason.
     */
    @Transactional
    public EntryDto transition(UUID id, String ifMatch, EntryTransitionInput in) {
        requireActiveCoordinator();
        ContestEntry x = get(id);
        ContestEdition e = repo.lockEdition(x.editionId);
        ETags.check(ifMatch, x.version);
        EntryStatus to = in.status();
        Transitions.requireAllowed("contest.conflict.entry-transition", x.status, to, x.status.next());
        EntryDto before = dto(x);
        LocalDate today = ProvinceClock.today();
        switch (to) {
            case submitted -> {
                requireBeforeSubmissionCloses(e);
                if (x.authors.size() > e.maxAuthorsPerEntry) {
                    throw ProblemException.conflict("contest.conflict.authors-limit", e.maxAuthorsPerEntry, x.authors.size());
                }
                checkEligibility(e, x.authors);
                x.submittedAt = Instant.now();
            }
            case draft -> {
                requireBeforeSubmissionCloses(e);
                x.submittedAt = null;
            }
            case eligible, rejected -> {
                if (!isOffice()) {
                    throw ProblemException.forbidden("contest.forbidden.decision");
                }
                if (today.isAfter(e.judgingCloses)) {
                    throw new ProblemException(ProblemType.DEADLINE, "contest.deadline.decision", e.judgingCloses.toString());
                }
                if (to == EntryStatus.rejected) {
                    String reason = SearchText.cleanOptional(in.reason());
                    if (reason == null) {
                        throw ProblemException.invalidField("reason", "contest.validation.rejection-reason");
                    }
                    x.rejectionReason = reason;
                } else {
                    x.rejectionReason = null;
                }
            }
            default -> throw new IllegalStateException(to.name());
        }
        boolean backIn = x.status == EntryStatus.rejected;
        x.status = to;
        x.updatedAt = Instant.now();
        if (backIn) {
            // back in from rejected: the school's limit counts it again (checked after every change, see update)
            checkSchoolLimit(e, x);
        }
        repo.flushRows();
        EntryDto after = dto(x);
        audit.record(AuditLog.Action.update, ENTITY, x.id, before, after);
        return after;
    }

    /** Recorded or withdrawn at any time by the office or the registrant; the note goes to the audit log. */
    @Transactional
    public EntryDto consent(UUID id, String ifMatch, ConsentInput in) {
        requireActiveCoordinator();
        ContestEntry x = get(id);
        ETags.check(ifMatch, x.version);
        Map<String, Object> before = consentState(x, null);
        x.consentPublic = in.consentPublic();
        x.consentRecordedAt = Instant.now();
        x.consentRecordedBy = user.username();
        x.updatedAt = x.consentRecordedAt;
        repo.flushRows();
        audit.record(AuditLog.Action.update, ENTITY, x.id, before, consentState(x, SearchText.cleanOptional(in.note())));
        return dto(x);
    }

    private static Map<String, Object> consentState(ContestEntry x, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("consentPublic", x.consentPublic);
        m.put("consentRecordedAt", x.consentRecordedAt == null ? null : x.consentRecordedAt.toString());
        m.put("consentRecordedBy", x.consentRecordedBy);
        if (note != null) {
            m.put("note", note);
        }
        return m;
    }

    /**
     * Adds a photo (PNG or JPEG, at most 5 MB) or a document (PDF, at most 20 MB), checked by content
     * first; then If-Match and the same rules as editing the content. The entry's version moves.
     */
    @Transactional
    public EntryDto addFile(UUID id, String ifMatch, FileKind kind, String fileName, byte[] body) {
        if (kind == null) {
            throw ProblemException.invalidField("kind", "validation.one-of", "photo, document");
        }
        Uploads.Checked file = kind == FileKind.photo
                ? Uploads.check(fileName, body, MAX_PHOTO_BYTES, Set.of(Uploads.PNG, Uploads.JPEG), "contest.unsupported-media-type.photo")
                : Uploads.check(fileName, body, MAX_DOCUMENT_BYTES, Set.of(Uploads.PDF), "contest.unsupported-media-type.document");
        requireActiveCoordinator();
        ContestEntry x = get(id);
        ContestEdition e = repo.lockEdition(x.editionId);
        ETags.check(ifMatch, x.version);
        requireEditable(x, e);
        long count = Stream.of(FileKind.values()).mapToLong(k -> files.list(k.owner(), x.id).size()).sum();
        if (count >= MAX_FILES) {
            throw ProblemException.conflict("contest.conflict.files-limit", MAX_FILES);
        }
        StoredFile stored = files.store(kind.owner(), x.id, file, user.username());
        x.updatedAt = Instant.now();
        repo.flushRows();
        audit.record(AuditLog.Action.update, ENTITY, x.id, null, Map.of("fileAdded", stored.id().toString(), "kind", kind.name(), "fileName", stored.fileName()));
        return dto(x);
    }

    public StoredFile file(UUID id, UUID fileId) {
        ContestEntry x = get(id);
        return findFile(x, fileId);
    }

    private StoredFile findFile(ContestEntry x, UUID fileId) {
        return Stream.of(FileKind.values()).map(k -> files.find(k.owner(), x.id, fileId)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> ProblemException.notFound("contest-entry-file", fileId));
    }

    @Transactional
    public EntryDto deleteFile(UUID id, UUID fileId, String ifMatch) {
        requireActiveCoordinator();
        ContestEntry x = get(id);
        ContestEdition e = repo.lockEdition(x.editionId);
        StoredFile f = findFile(x, fileId);
        ETags.check(ifMatch, x.version);
        requireEditable(x, e);
        files.delete(f.id());
        x.updatedAt = Instant.now();
        repo.flushRows();
        audit.record(AuditLog.Action.update, ENTITY, x.id, Map.of("fileRemoved", f.id().toString(), "fileName", f.fileName()), null);
        return dto(x);
    }
}
