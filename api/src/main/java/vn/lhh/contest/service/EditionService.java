package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.files.Uploads;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.EditionStatus;
import vn.lhh.contest.mapping.ContestMapper;
import vn.lhh.contest.dto.ContestDtos.EditionDto;
import vn.lhh.contest.dto.ContestDtos.EditionInput;
import vn.lhh.contest.dto.ContestDtos.EditionTransitionInput;
import java.util.EnumSet;

/** Contest editions: dates and rules kept by the office; the public sees published editions only. */
@ApplicationScoped
public class EditionService {
    public static final String ENTITY = "contest-edition";
    public static final String RULES_OWNER = "contest-edition-rules";
    public static final int MAX_RULES_BYTES = 20 * 1024 * 1024;

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

    /** The office lists every status (or the one asked for); everyone else published editions only. */
    public Set<EditionStatus> visibleStatuses(EditionStatus asked) {
        if (!isOffice()) {
            return asked == null || asked == EditionStatus.published ? Set.of(EditionStatus.published) : Set.of();
        }
        return asked == null ? Set.of(EditionStatus.values()) : Set.of(asked);
    }

    public Page<EditionDto> list(ContestRepository.EditionFilter filter, PageRequest page) {
        if (filter.statuses().isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        return repo.editions(filter, page).map(this::dto);
    }

    /** A draft edition is "not found" outside the office. */
    public ContestEdition get(UUID id) {
        ContestEdition e = repo.edition(id);
        if (e == null || !(isOffice() || e.status == EditionStatus.published)) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return e;
    }

    public ContestEdition current() {
        return ProblemException.requireFound(repo.currentEdition(), ENTITY, "current");
    }

    public EditionDto dto(ContestEdition e) {
        StoredFile rules = e.rulesFileId == null ? null : files.find(e.rulesFileId).orElse(null);
        return ContestMapper.edition(e, rules, ProvinceClock.today());
    }

    @Transactional
    public EditionDto create(EditionInput in) {
        ContestEdition e = new ContestEdition();
        e.id = UUID.randomUUID();
        e.status = EditionStatus.draft;
        apply(e, in);
        e.createdBy = user.username();
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        return changes.create(ENTITY, e.id, e, this::dto);
    }

    /**
     * Every field may change at any time: the office moves dates when the calendar slips (entries already
     * registered keep their numbers; the new dates and limits apply to what is done from now on).
     */
    @Transactional
    public EditionDto update(UUID id, String ifMatch, EditionInput in) {
        ContestEdition e = get(id);
        return changes.update(ENTITY, e.id, e, e.version, ifMatch, this::dto, changed -> {
            apply(e, in);
            e.updatedAt = Instant.now();
        });
    }

    private void apply(ContestEdition e, EditionInput in) {
        // a friendly message before the unique index (which stays the guarantee under concurrency), asked
        // before anything changes so that no pending change is flushed by the query
        ContestEdition same = repo.otherEditionOfYear(in.year(), e.id);
        if (same != null) {
            throw ProblemException.conflict("contest.conflict.edition-year", String.valueOf(in.year()));
        }
        e.year = in.year();
        e.name = SearchText.cleanRequired("name", in.name());
        e.description = SearchText.cleanOptional(in.description());
        e.coOrganisers = in.coOrganisers() == null ? new String[0]
                : in.coOrganisers().stream().map(SearchText::cleanOptional).filter(s -> s != null).toArray(String[]::new);
        e.registrationOpens = in.registrationOpens();
        e.registrationCloses = in.registrationCloses();
        e.submissionCloses = in.submissionCloses();
        e.judgingOpens = in.judgingOpens();
        e.judgingCloses = in.judgingCloses();
        e.resultsDate = in.resultsDate();
        checkOrder("registrationCloses", in.registrationOpens(), in.registrationCloses());
        checkOrder("submissionCloses", in.registrationCloses(), in.submissionCloses());
        checkOrder("judgingOpens", in.submissionCloses(), in.judgingOpens());
        checkOrder("judgingCloses", in.judgingOpens(), in.judgingCloses());
        checkOrder("resultsDate", in.judgingCloses(), in.resultsDate());
        if (in.minAge() > in.maxAge()) {
            throw ProblemException.invalidField("maxAge", "contest.validation.age-range");
        }
        if (in.minGrade() != null && in.maxGrade() != null && in.minGrade() > in.maxGrade()) {
            throw ProblemException.invalidField("maxGrade", "contest.validation.grade-range");
        }
        e.minAge = in.minAge();
        e.maxAge = in.maxAge();
        e.minGrade = in.minGrade();
        e.maxGrade = in.maxGrade();
        e.maxEntriesPerSchool = in.maxEntriesPerSchool();
        e.maxAuthorsPerEntry = in.maxAuthorsPerEntry();
        e.awardQuota = in.awardQuota();
    }

    private static void checkOrder(String field, LocalDate earlier, LocalDate later) {
        if (later.isBefore(earlier)) {
            throw ProblemException.invalidField(field, "contest.validation.phase-order");
        }
    }

    /** draft → published at any time; published → draft only while nobody has registered an entry. */
    @Transactional
    public EditionDto transition(UUID id, String ifMatch, EditionTransitionInput in) {
        ContestEdition e = repo.lockEdition(id);
        if (e == null || !isOffice()) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return changes.update(ENTITY, e.id, e, e.version, ifMatch, this::dto, changed -> {
            if (in.status() == e.status) {
                throw ProblemException.conflict("contest.conflict.edition-same-status", e.status);
            }
            if (in.status() == EditionStatus.draft) {
                long entries = repo.entryCount(e.id);
                if (entries > 0) {
                    throw ProblemException.conflict("contest.conflict.edition-has-entries", entries);
                }
            }
            e.status = in.status();
            e.updatedAt = Instant.now();
        });
    }

    /** Only a draft without entries: a published edition's history stays. Its categories and rubrics go with it. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        ContestEdition e = repo.lockEdition(id);
        if (e == null || !isOffice()) {
            throw ProblemException.notFound(ENTITY, id);
        }
        UUID rules = e.rulesFileId;
        changes.delete(ENTITY, id, e, e.version, ifMatch, this::dto, edition -> {
            if (edition.status != EditionStatus.draft) {
                throw ProblemException.conflict("contest.conflict.edition-delete-draft-only");
            }
            long entries = repo.entryCount(edition.id);
            if (entries > 0) {
                throw ProblemException.conflict("contest.conflict.edition-has-entries", entries);
            }
        });
        if (rules != null) {
            files.delete(rules);
        }
    }

    /** Replaces the rules document (PDF, checked by content first, then If-Match). */
    @Transactional
    public EditionDto putRules(UUID id, String ifMatch, String fileName, byte[] body) {
        Uploads.Checked file = Uploads.check(fileName, body, MAX_RULES_BYTES, Set.of(Uploads.PDF), "problem.unsupported-media-type.pdf");
        ContestEdition e = get(id);
        return changes.replaceFile(ENTITY, e.id, e, e.version, ifMatch, this::dto, changed -> {
            UUID old = e.rulesFileId;
            e.rulesFileId = files.store(RULES_OWNER, e.id, file, user.username()).id();
            e.updatedAt = Instant.now();
            return old;
        }, this::dto);
    }

    public StoredFile rules(UUID id) {
        ContestEdition e = get(id);
        return files.find(e.rulesFileId == null ? new UUID(0, 0) : e.rulesFileId)
                .orElseThrow(() -> ProblemException.notFound("contest-edition-rules", id));
    }

    /** The newest edition (by year), or null when there is none. */
    public EditionDto newest() {
        var filter = new ContestRepository.EditionFilter(null, EnumSet.allOf(EditionStatus.class));
        return list(filter, PageRequest.ordered(1, 1, "d.year desc, d.id asc")).items().stream().findFirst().orElse(null);
    }

    /** The edition's name, for features that show a link to it. */
    public String nameOf(UUID id) {
        return get(id).name;
    }
}
