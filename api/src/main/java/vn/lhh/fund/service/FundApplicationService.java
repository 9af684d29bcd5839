package vn.lhh.fund.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.lhh.association.service.AssociationService;
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
import vn.lhh.common.security.Roles;
import vn.lhh.common.text.SearchText;
import vn.lhh.expert.dto.ExpertRef;
import vn.lhh.expert.service.ExpertService;
import vn.lhh.fund.ApplicantType;
import vn.lhh.fund.ApplicationStatus;
import vn.lhh.fund.Eligibility;
import vn.lhh.fund.FundApplication;
import vn.lhh.fund.FundApplicationRepository;
import vn.lhh.fund.FundCall;
import vn.lhh.fund.dto.FundDtos.ApplicationDto;
import vn.lhh.fund.dto.FundDtos.ApplicationInput;
import vn.lhh.fund.dto.FundDtos.ApplicationTransitionInput;
import vn.lhh.fund.dto.FundDtos.BudgetLineDto;
import vn.lhh.fund.dto.FundDtos.BudgetLineInput;
import vn.lhh.fund.dto.FundDtos.DocumentDto;
import vn.lhh.fund.dto.FundDtos.FundApplicationSummary;
import vn.lhh.fund.dto.FundDtos.TeamMemberDto;
import vn.lhh.fund.dto.FundDtos.TeamMemberInput;

/**
 * Applications to calls. An application is private: its applicant (the association's officers, or the expert) and
 * the office see it; for anyone else it does not exist. The applicant writes it while it is a draft and the call
 * accepts applications, submits it before the close (decided by the database's clock in the writing statement), and
 * may withdraw it before the decision; the office checks eligibility and sends it to review.
 */
@ApplicationScoped
public class FundApplicationService {
    public static final String ENTITY = "fund-application";
    public static final String ATTACHMENT_OWNER = "fund-application-attachment";
    public static final int MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ATTACHMENTS = 20;
    public static final Set<String> ATTACHMENT_TYPES = Set.of(Uploads.PDF, Uploads.DOCX, Uploads.PNG, Uploads.JPEG);

    @Inject
    FundApplicationRepository repo;
    @Inject
    FundCallService calls;
    @Inject
    AssociationService associations;
    @Inject
    ExpertService experts;
    @Inject
    FileStore files;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;

    private boolean isOffice() {
        return user.isStaffOrAdmin();
    }

    /** The associations the caller writes applications for (an officer's). */
    private List<UUID> ownAssociations() {
        return user.hasRole(Roles.ASSOCIATION_OFFICER) ? associations.associationsOfOfficer(user.username()) : List.of();
    }

    /** The caller's own expert profile, if they apply as an expert. */
    private Optional<UUID> ownExpert() {
        return user.hasRole(Roles.EXPERT) ? experts.idOfUser(user.username()) : Optional.empty();
    }

    private boolean isApplicant(FundApplication a) {
        return a.applicantType == ApplicantType.association ? ownAssociations().contains(a.associationId)
                : ownExpert().map(id -> id.equals(a.expertId)).orElse(false);
    }

    public Page<FundApplicationSummary> list(String q, UUID callId, ApplicationStatus status, String page, String size, String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, "-updatedAt", FundApplicationRepository.SORTABLE, "a.id");
        var filter = new FundApplicationRepository.Filter(q, callId, status, isOffice(), isOffice() ? List.of() : ownAssociations(),
                isOffice() ? null : ownExpert().orElse(null));
        Page<FundApplication> found = repo.find(filter, pr);
        Map<UUID, String> names = applicantNames(found.items());
        return found.map(a -> new FundApplicationSummary(a.id, a.callId, a.applicantType, a.associationId, a.expertId, applicantName(a, names),
                a.title, a.requestedVnd, a.status, a.submittedAt, a.updatedAt));
    }

    /** An application the caller may read: its applicant's or, for the office, any; "not found" for everyone else. */
    public FundApplication get(UUID id) {
        FundApplication a = repo.findById(id);
        if (a == null || !(isOffice() || isApplicant(a))) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return a;
    }

    /** The same, for a change only its applicant makes: the office reads it but gets 403. */
    private FundApplication ownForChange(UUID id) {
        FundApplication a = get(id);
        if (!isApplicant(a)) {
            throw ProblemException.forbidden("fund.forbidden.not-the-applicant");
        }
        return a;
    }

    public ApplicationDto detail(FundApplication a) {
        FundCall call = calls.byId(a.callId);
        Map<UUID, ExpertRef> team = experts.byIds(a.team.stream().map(FundApplication.TeamMember::expertId).toList());
        boolean applicant = isApplicant(a);
        List<ApplicationStatus> allowed = new ArrayList<>();
        if (applicant) {
            allowed.addAll(a.status.applicantMoves());
        }
        if (isOffice()) {
            allowed.addAll(a.status.officeMoves());
        }
        List<DocumentDto> attachments = files.list(ATTACHMENT_OWNER, a.id).stream()
                .map(f -> new DocumentDto(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.createdAt(),
                        "/api/v1/fund-applications/" + a.id + "/attachments/" + f.id()))
                .toList();
        return new ApplicationDto(a.id, a.callId, call.title, a.applicantType, a.associationId, a.expertId,
                applicantName(a, applicantNames(List.of(a))), a.title, a.summary, a.objectives, a.expectedResults, a.durationMonths,
                a.team.stream().map(m -> new TeamMemberDto(m.expertId(), m.role(),
                        Optional.ofNullable(team.get(m.expertId())).map(ExpertRef::displayName).orElse(null))).toList(),
                a.budgetLines.stream().map(l -> new BudgetLineDto(l.item(), l.requestedVnd(), l.counterpartVnd())).toList(),
                a.requestedVnd, a.counterpartVnd, a.status, a.statusReason, a.submittedAt, attachments, allowed.stream().sorted().toList(),
                applicant && editable(a, call), a.createdBy, a.createdAt, a.updatedAt, a.version);
    }

    private Map<UUID, String> applicantNames(List<FundApplication> items) {
        Map<UUID, String> names = new HashMap<>(associations.names(items.stream().map(a -> a.associationId)
                .filter(Objects::nonNull).distinct().toList()));
        experts.byIds(items.stream().map(a -> a.expertId).filter(Objects::nonNull).distinct().toList())
                .forEach((id, ref) -> names.put(id, ref.displayName()));
        return names;
    }

    private static String applicantName(FundApplication a, Map<UUID, String> names) {
        return names.getOrDefault(a.applicantType == ApplicantType.association ? a.associationId : a.expertId, "");
    }

    private static boolean editable(FundApplication a, FundCall call) {
        return a.status == ApplicationStatus.draft && call.accepting(Instant.now());
    }

    @Transactional
    public ApplicationDto create(ApplicationInput in) {
        FundCall call = calls.byIdVisible(in.callId(), "callId");
        FundApplication a = new FundApplication();
        a.id = UUID.randomUUID();
        a.callId = call.id;
        if (in.associationId() != null) {
            if (!ownAssociations().contains(in.associationId())) {
                throw ProblemException.forbidden("problem.forbidden.not-your-association");
            }
            if (call.eligibility == Eligibility.experts) {
                throw ProblemException.conflict("fund.conflict.call-not-for-associations");
            }
            a.applicantType = ApplicantType.association;
            a.associationId = in.associationId();
        } else {
            UUID expert = ownExpert().orElseThrow(() -> ProblemException.forbidden("fund.forbidden.no-expert-profile"));
            if (call.eligibility == Eligibility.associations) {
                throw ProblemException.conflict("fund.conflict.call-not-for-experts");
            }
            a.applicantType = ApplicantType.expert;
            a.expertId = expert;
        }
        if (!call.accepting(Instant.now())) {
            throw ProblemException.conflict("fund.conflict.call-not-accepting");
        }
        a.status = ApplicationStatus.draft;
        apply(a, in, call);
        a.createdBy = user.username();
        a.createdAt = a.updatedAt = Instant.now();
        repo.persistAndFlush(a);
        audit.record(AuditLog.Action.create, ENTITY, a.id, null, snapshot(a));
        return detail(a);
    }

    @Transactional
    public ApplicationDto update(UUID id, String ifMatch, ApplicationInput in) {
        FundApplication a = ownForChange(id);
        FundCall call = calls.byId(a.callId);
        return changes.update(ENTITY, a.id, a, a.version, ifMatch, FundApplicationService::snapshot, changed -> {
            requireEditable(a, call);
            if (!in.callId().equals(a.callId) || (in.associationId() != null && !in.associationId().equals(a.associationId))) {
                throw ProblemException.invalidField(in.callId().equals(a.callId) ? "associationId" : "callId", "fund.validation.applicant-fixed");
            }
            apply(a, in, call);
            a.updatedAt = Instant.now();
        }, this::detail);
    }

    private static void requireEditable(FundApplication a, FundCall call) {
        if (a.status != ApplicationStatus.draft) {
            throw ProblemException.conflict("fund.conflict.application-not-draft", a.status);
        }
        if (!call.accepting(Instant.now())) {
            throw ProblemException.conflict("fund.conflict.call-not-accepting");
        }
    }

    private void apply(FundApplication a, ApplicationInput in, FundCall call) {
        a.title = SearchText.cleanRequired("title", in.title());
        a.summary = SearchText.cleanRequired("summary", in.summary());
        a.objectives = SearchText.cleanRequired("objectives", in.objectives());
        a.expectedResults = SearchText.cleanRequired("expectedResults", in.expectedResults());
        a.durationMonths = in.durationMonths();
        List<FundApplication.TeamMember> team = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<TeamMemberInput> members = in.team() == null ? List.of() : in.team();
        Map<UUID, ExpertRef> known = experts.byIds(members.stream().map(TeamMemberInput::expertId).distinct().toList());
        for (int i = 0; i < members.size(); i++) {
            TeamMemberInput m = members.get(i);
            if (!known.containsKey(m.expertId())) {
                throw ProblemException.invalidField("team[" + i + "].expertId", "fund.validation.unknown-expert");
            }
            if (!seen.add(m.expertId())) {
                throw ProblemException.invalidField("team[" + i + "].expertId", "fund.validation.expert-twice");
            }
            team.add(new FundApplication.TeamMember(m.expertId(), SearchText.cleanRequired("team[" + i + "].role", m.role())));
        }
        a.team = team;
        List<FundApplication.BudgetLine> lines = new ArrayList<>();
        long requested = 0;
        long counterpart = 0;
        for (int i = 0; i < in.budgetLines().size(); i++) {
            BudgetLineInput l = in.budgetLines().get(i);
            long own = l.counterpartVnd() == null ? 0 : l.counterpartVnd();
            lines.add(new FundApplication.BudgetLine(SearchText.cleanRequired("budgetLines[" + i + "].item", l.item()), l.requestedVnd(), own));
            // each line is at most the call's budget, so the sums cannot overflow a long
            if (l.requestedVnd() > call.budgetVnd) {
                throw ProblemException.invalidField("budgetLines[" + i + "].requestedVnd", "fund.validation.over-call-budget", call.budgetVnd);
            }
            requested += l.requestedVnd();
            counterpart += own;
        }
        if (requested <= 0) {
            throw ProblemException.invalidField("budgetLines", "fund.validation.nothing-requested");
        }
        if (requested > call.budgetVnd) {
            throw ProblemException.invalidField("budgetLines", "fund.validation.over-call-budget", call.budgetVnd);
        }
        a.budgetLines = lines;
        a.requestedVnd = requested;
        a.counterpartVnd = counterpart;
        a.searchKey = SearchText.normalize(a.title + " " + a.summary);
    }

    /** A draft is deleted by its applicant (with its attachments); a submitted application is withdrawn instead. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        FundApplication a = ownForChange(id);
        List<StoredFile> attachments = files.list(ATTACHMENT_OWNER, a.id);
        changes.delete(ENTITY, a.id, a, a.version, ifMatch, FundApplicationService::snapshot, r -> {
            if (a.status != ApplicationStatus.draft) {
                throw ProblemException.conflict("fund.conflict.application-not-draft", a.status);
            }
        });
        attachments.forEach(f -> files.delete(f.id()));
    }

    @Transactional
    public ApplicationDto transition(UUID id, String ifMatch, ApplicationTransitionInput in) {
        FundApplication a = get(id);
        ApplicationStatus to = in.to();
        boolean applicant = isApplicant(a);
        boolean byApplicant = applicant && a.status.applicantMoves().contains(to);
        boolean byOffice = isOffice() && a.status.officeMoves().contains(to);
        if (!byApplicant && !byOffice) {
            Set<ApplicationStatus> mine = new TreeSet<>();
            if (applicant) {
                mine.addAll(a.status.applicantMoves());
            }
            if (isOffice()) {
                mine.addAll(a.status.officeMoves());
            }
            throw ProblemException.conflict("fund.conflict.application-transition", a.status, to,
                    String.join(", ", mine.stream().map(Enum::name).toList()));
        }
        String reason = SearchText.cleanOptional(in.reason());
        if (to == ApplicationStatus.ineligible && reason == null) {
            throw ProblemException.invalidField("reason", "fund.validation.reason-required");
        }
        if (to == ApplicationStatus.submitted) {
            ETags.check(ifMatch, a.version);
            var before = snapshot(a);
            if (!repo.submit(a, a.version)) {
                // the version was checked above: what refused it is the call (closed, or its close has passed)
                throw ProblemException.conflict("fund.conflict.call-not-accepting");
            }
            audit.record(AuditLog.Action.update, ENTITY, a.id, before, snapshot(a));
            return detail(a);
        }
        return changes.update(ENTITY, a.id, a, a.version, ifMatch, FundApplicationService::snapshot, changed -> {
            a.status = to;
            a.statusReason = reason;
            a.updatedAt = Instant.now();
        }, this::detail);
    }

    /** Adds an attachment (PDF, Word, PNG or JPEG, checked by content first, then If-Match); while the draft may be edited. */
    @Transactional
    public ApplicationDto addAttachment(UUID id, String ifMatch, String fileName, byte[] body) {
        // who may first: another applicant's application does not exist for them, whatever they send
        FundApplication a = ownForChange(id);
        Uploads.Checked file = Uploads.check(fileName, body, MAX_ATTACHMENT_BYTES, ATTACHMENT_TYPES, "fund.unsupported-media-type.attachment");
        FundCall call = calls.byId(a.callId);
        return changes.update(ENTITY, a.id, a, a.version, ifMatch, FundApplicationService::snapshot, changed -> {
            requireEditable(a, call);
            if (files.list(ATTACHMENT_OWNER, a.id).size() >= MAX_ATTACHMENTS) {
                throw ProblemException.conflict("fund.conflict.too-many-attachments", MAX_ATTACHMENTS);
            }
            files.store(ATTACHMENT_OWNER, a.id, file, user.username());
            a.updatedAt = Instant.now();
        }, this::detail);
    }

    @Transactional
    public ApplicationDto deleteAttachment(UUID id, UUID fileId, String ifMatch) {
        FundApplication a = ownForChange(id);
        FundCall call = calls.byId(a.callId);
        StoredFile f = files.find(ATTACHMENT_OWNER, a.id, fileId).orElseThrow(() -> ProblemException.notFound("fund-application-attachment", fileId));
        return changes.update(ENTITY, a.id, a, a.version, ifMatch, FundApplicationService::snapshot, changed -> {
            requireEditable(a, call);
            files.delete(f.id());
            a.updatedAt = Instant.now();
        }, this::detail);
    }

    public StoredFile attachment(UUID id, UUID fileId) {
        FundApplication a = get(id);
        return files.find(ATTACHMENT_OWNER, a.id, fileId).orElseThrow(() -> ProblemException.notFound("fund-application-attachment", fileId));
    }

    static Map<String, Object> snapshot(FundApplication a) {
        Map<String, Object> m = Snapshots.of(a, "callId", "applicantType", "associationId", "expertId", "title", "durationMonths", "requestedVnd",
                "counterpartVnd", "status", "statusReason", "submittedAt");
        m.put("team", a.team.stream().map(t -> t.expertId() + ":" + t.role()).toList());
        m.put("budgetLines", a.budgetLines.size());
        return m;
    }
}
