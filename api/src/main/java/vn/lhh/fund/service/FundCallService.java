package vn.lhh.fund.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.Snapshots;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.files.Uploads;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;
import vn.lhh.expert.service.ExpertService;
import vn.lhh.fund.FundCall;
import vn.lhh.fund.FundCallKind;
import vn.lhh.fund.FundCallRepository;
import vn.lhh.fund.FundCallStatus;
import vn.lhh.fund.dto.FundDtos.CallDto;
import vn.lhh.fund.dto.FundDtos.CallInput;
import vn.lhh.fund.dto.FundDtos.FundCallSummary;
import vn.lhh.fund.dto.FundDtos.CriterionDto;
import vn.lhh.fund.dto.FundDtos.CriterionInput;
import vn.lhh.fund.dto.FundDtos.DocumentDto;

/**
 * Calls of the fund and for task proposals: the office writes them and moves them along their workflow; a call is
 * public from the moment it opens (its results stay public), a draft is the office's alone.
 */
@ApplicationScoped
public class FundCallService {
    public static final String ENTITY = "fund-call";
    public static final String DOCUMENT_OWNER = "fund-call-document";
    public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
    public static final int MAX_DOCUMENTS = 20;
    public static final Set<String> DOCUMENT_TYPES = Set.of(Uploads.PDF, Uploads.DOCX);

    @Inject
    FundCallRepository repo;
    @Inject
    FileStore files;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;
    @Inject
    ExpertService experts;

    public boolean isOffice() {
        return user.isStaffOrAdmin();
    }

    public Page<FundCallSummary> list(String q, FundCallKind kind, FundCallStatus status, String field, String page, String size, String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, "-closesAt", FundCallRepository.SORTABLE, "c.id");
        Set<FundCallStatus> statuses = EnumSet.noneOf(FundCallStatus.class);
        for (FundCallStatus s : FundCallStatus.values()) {
            if ((isOffice() || s.isPublic()) && (status == null || status == s)) {
                statuses.add(s);
            }
        }
        Instant now = Instant.now();
        return repo.find(new FundCallRepository.Filter(q, kind, statuses, field), pr).map(c -> summary(c, now));
    }

    /** A call the caller may read; a draft is "not found" for everyone but the office. */
    public FundCall get(UUID id) {
        FundCall c = repo.findById(id);
        if (c == null || !(isOffice() || c.status.isPublic())) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return c;
    }

    /** A call by id, whoever asks (for the applications, whose own access decides). */
    FundCall byId(UUID id) {
        return repo.findById(id);
    }

    /** A call the caller may read, named in a request body: an unknown or hidden one is that field's error. */
    FundCall byIdVisible(UUID id, String field) {
        FundCall c = repo.findById(id);
        if (c == null || !(isOffice() || c.status.isPublic())) {
            throw ProblemException.invalidField(field, "fund.validation.unknown-call");
        }
        return c;
    }

    public CallDto detail(FundCall c) {
        List<DocumentDto> documents = files.list(DOCUMENT_OWNER, c.id).stream().map(f -> document(c, f)).toList();
        List<FundCallStatus> allowed = isOffice() ? c.status.next().stream().sorted().toList() : List.of();
        List<CriterionDto> rubric = c.rubric.stream().map(r -> new CriterionDto(r.code(), r.name(), r.description(), r.weight(), r.maxScore())).toList();
        return new CallDto(c.id, c.kind, c.title, c.description, c.budgetVnd, c.eligibility, List.of(c.fields), rubric, c.normaliseScores,
                c.opensAt, c.closesAt, c.status, c.accepting(Instant.now()), documents, allowed, isOffice() ? c.createdBy : null,
                c.createdAt, c.updatedAt, c.version);
    }

    static FundCallSummary summary(FundCall c, Instant now) {
        return new FundCallSummary(c.id, c.kind, c.title, c.budgetVnd, c.eligibility, List.of(c.fields), c.opensAt, c.closesAt, c.status,
                c.accepting(now), c.updatedAt);
    }

    private static DocumentDto document(FundCall c, StoredFile f) {
        return new DocumentDto(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.createdAt(),
                "/api/v1/fund-calls/" + c.id + "/documents/" + f.id());
    }

    @Transactional
    public CallDto create(CallInput in) {
        FundCall c = new FundCall();
        c.id = UUID.randomUUID();
        c.status = FundCallStatus.draft;
        apply(c, in);
        c.createdBy = user.username();
        c.createdAt = c.updatedAt = Instant.now();
        repo.persistAndFlush(c);
        audit.record(AuditLog.Action.create, ENTITY, c.id, null, snapshot(c));
        return detail(c);
    }

    /**
     * A draft changes freely. An open call takes corrections of its text and a later close (applicants may have
     * relied on everything else); from its close on, nothing changes.
     */
    @Transactional
    public CallDto update(UUID id, String ifMatch, CallInput in) {
        FundCall c = get(id);
        return changes.update(ENTITY, c.id, c, c.version, ifMatch, FundCallService::snapshot, changed -> {
            if (c.status == FundCallStatus.draft) {
                apply(c, in);
            } else if (c.status == FundCallStatus.open) {
                if (in.kind() != c.kind || in.budgetVnd() != c.budgetVnd || in.eligibility() != c.eligibility
                        || !in.opensAt().equals(c.opensAt) || !Set.copyOf(cleanFields(in.fields())).equals(Set.of(c.fields))
                        || !rubric(in.rubric()).equals(c.rubric) || Boolean.TRUE.equals(in.normaliseScores()) != c.normaliseScores) {
                    throw ProblemException.conflict("fund.conflict.call-open-fixed");
                }
                if (in.closesAt().isBefore(c.closesAt)) {
                    throw ProblemException.invalidField("closesAt", "fund.validation.close-not-earlier");
                }
                c.title = SearchText.cleanRequired("title", in.title());
                c.description = SearchText.cleanRequired("description", in.description());
                c.closesAt = in.closesAt();
                c.searchKey = searchKey(c);
            } else {
                throw ProblemException.conflict("fund.conflict.call-not-editable", c.status);
            }
            c.updatedAt = Instant.now();
        }, this::detail);
    }

    private void apply(FundCall c, CallInput in) {
        c.kind = in.kind();
        c.title = SearchText.cleanRequired("title", in.title());
        c.description = SearchText.cleanRequired("description", in.description());
        c.budgetVnd = in.budgetVnd();
        c.eligibility = in.eligibility();
        List<String> fields = cleanFields(in.fields());
        for (String f : fields) {
            if (!experts.fieldExists(f)) {
                throw ProblemException.invalidField("fields", "fund.validation.unknown-field", f);
            }
        }
        c.fields = fields.toArray(String[]::new);
        c.rubric = rubric(in.rubric());
        c.normaliseScores = Boolean.TRUE.equals(in.normaliseScores());
        if (!in.closesAt().isAfter(in.opensAt())) {
            throw ProblemException.invalidField("closesAt", "fund.validation.close-after-open");
        }
        c.opensAt = in.opensAt();
        c.closesAt = in.closesAt();
        c.searchKey = searchKey(c);
    }

    private static List<String> cleanFields(List<String> fields) {
        Set<String> out = new LinkedHashSet<>();
        if (fields != null) {
            for (String f : fields) {
                String clean = SearchText.cleanOptional(f);
                if (clean == null) {
                    throw ProblemException.invalidField("fields", "jakarta.validation.constraints.NotBlank.message");
                }
                out.add(clean);
            }
        }
        return List.copyOf(out);
    }

    private static List<FundCall.Criterion> rubric(List<CriterionInput> in) {
        List<FundCall.Criterion> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<CriterionInput> criteria = in == null ? List.of() : in;
        for (int i = 0; i < criteria.size(); i++) {
            CriterionInput r = criteria.get(i);
            if (!codes.add(r.code())) {
                throw ProblemException.invalidField("rubric[" + i + "].code", "fund.validation.criterion-code-twice", r.code());
            }
            out.add(new FundCall.Criterion(r.code(), SearchText.cleanRequired("rubric[" + i + "].name", r.name()),
                    SearchText.cleanOptional(r.description()), r.weight(), r.maxScore()));
        }
        return out;
    }

    private static String searchKey(FundCall c) {
        return SearchText.normalize(c.title + " " + c.description);
    }

    /** Moves a call one step; opening needs a complete rubric and a close still to come. */
    @Transactional
    public CallDto transition(UUID id, String ifMatch, FundCallStatus to) {
        FundCall c = get(id);
        return changes.update(ENTITY, c.id, c, c.version, ifMatch, FundCallService::snapshot, changed -> {
            if (!c.status.next().contains(to)) {
                throw ProblemException.conflict("fund.conflict.call-transition", c.status, to,
                        String.join(", ", c.status.next().stream().sorted().map(Enum::name).toList()));
            }
            if (to == FundCallStatus.open) {
                if (c.rubric.isEmpty() || c.rubric.stream().mapToInt(FundCall.Criterion::weight).sum() != 100) {
                    throw ProblemException.conflict("fund.conflict.call-rubric-incomplete");
                }
                if (!c.closesAt.isAfter(Instant.now())) {
                    throw ProblemException.conflict("fund.conflict.call-close-passed");
                }
            }
            c.status = to;
            c.updatedAt = Instant.now();
        }, this::detail);
    }

    /** Only a draft is deleted (with its documents); a call that was public is archived instead. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        FundCall c = get(id);
        List<StoredFile> documents = files.list(DOCUMENT_OWNER, c.id);
        changes.delete(ENTITY, c.id, c, c.version, ifMatch, FundCallService::snapshot, r -> {
            if (c.status != FundCallStatus.draft) {
                throw ProblemException.conflict("fund.conflict.call-delete-public");
            }
        });
        documents.forEach(f -> files.delete(f.id()));
    }

    /** Adds a document (PDF or Word, checked by content first, then If-Match); while the call is a draft or open. */
    @Transactional
    public CallDto addDocument(UUID id, String ifMatch, String fileName, byte[] body) {
        Uploads.Checked file = Uploads.check(fileName, body, MAX_DOCUMENT_BYTES, DOCUMENT_TYPES, "fund.unsupported-media-type.document");
        FundCall c = get(id);
        return changes.update(ENTITY, c.id, c, c.version, ifMatch, FundCallService::snapshot, changed -> {
            requireDocumentsEditable(c);
            if (files.list(DOCUMENT_OWNER, c.id).size() >= MAX_DOCUMENTS) {
                throw ProblemException.conflict("fund.conflict.too-many-documents", MAX_DOCUMENTS);
            }
            files.store(DOCUMENT_OWNER, c.id, file, user.username());
            c.updatedAt = Instant.now();
        }, this::detail);
    }

    @Transactional
    public CallDto deleteDocument(UUID id, UUID fileId, String ifMatch) {
        FundCall c = get(id);
        StoredFile f = files.find(DOCUMENT_OWNER, c.id, fileId).orElseThrow(() -> ProblemException.notFound("fund-call-document", fileId));
        return changes.update(ENTITY, c.id, c, c.version, ifMatch, FundCallService::snapshot, changed -> {
            requireDocumentsEditable(c);
            files.delete(f.id());
            c.updatedAt = Instant.now();
        }, this::detail);
    }

    private static void requireDocumentsEditable(FundCall c) {
        if (c.status != FundCallStatus.draft && c.status != FundCallStatus.open) {
            throw ProblemException.conflict("fund.conflict.call-not-editable", c.status);
        }
    }

    /** A document of a call the caller may read. */
    public StoredFile document(UUID id, UUID fileId) {
        FundCall c = get(id);
        return files.find(DOCUMENT_OWNER, c.id, fileId).orElseThrow(() -> ProblemException.notFound("fund-call-document", fileId));
    }

    static Map<String, Object> snapshot(FundCall c) {
        Map<String, Object> m = Snapshots.of(c, "kind", "title", "budgetVnd", "eligibility", "opensAt", "closesAt", "status", "normaliseScores");
        m.put("fields", List.of(c.fields));
        m.put("rubric", c.rubric.stream().map(r -> r.code() + ":" + r.weight() + "/" + r.maxScore()).toList());
        return m;
    }
}
