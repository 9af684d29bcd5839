package vn.lhh.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.files.Uploads;
import vn.lhh.common.paging.Page;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.consultation.Assignment;
import vn.lhh.consultation.AssignmentStatus;
import vn.lhh.consultation.Consultation;
import vn.lhh.consultation.ConsultationRepository;
import vn.lhh.consultation.ConsultationStatus;
import vn.lhh.consultation.dto.ConsultationDtos.AnswerInput;
import vn.lhh.consultation.dto.ConsultationDtos.AssignmentDto;
import vn.lhh.consultation.dto.ConsultationDtos.AssignmentInput;
import vn.lhh.consultation.dto.ConsultationDtos.ConsultationSummary;
import vn.lhh.consultation.dto.ConsultationDtos.DeclarationInput;
import vn.lhh.consultation.dto.ConsultationDtos.DocumentDto;
import vn.lhh.consultation.dto.ConsultationDtos.MyAssignmentDto;
import vn.lhh.consultation.dto.ConsultationDtos.OpinionInput;
import vn.lhh.consultation.dto.ConsultationDtos.PoolEntry;
import vn.lhh.expert.Availability;
import vn.lhh.expert.Membership;
import vn.lhh.expert.dto.ExpertRef;
import vn.lhh.expert.service.ExpertService;

/** An expert's part in a consultation: assigned by the office; declared, answered and written by the expert. */
@ApplicationScoped
public class AssignmentService {
    public static final String ENTITY = "consultation-assignment";

    @Inject
    ConsultationRepository repo;
    @Inject
    ConsultationService consultations;
    @Inject
    ConsultationAccess access;
    @Inject
    ExpertService experts;
    @Inject
    FileStore files;
    @Inject
    AuditLog audit;
    @Inject
    ConsultationReminders reminders;

    @Transactional
    public AssignmentDto assign(UUID consultationId, AssignmentInput in) {
        Consultation c = consultations.get(consultationId);
        if (c.status != ConsultationStatus.received && c.status != ConsultationStatus.experts_assigned) {
            throw ProblemException.conflict("problem.conflict.consultation-assign-state", c.status);
        }
        ExpertRef e = experts.find(in.expertId());
        if (e == null || e.membership() != Membership.active) {
            throw ProblemException.invalidField("expertId", "validation.expert-unknown");
        }
        if (e.availability() == Availability.retired) {
            throw ProblemException.conflict("problem.conflict.expert-retired");
        }
        if (repo.assignmentOf(consultationId, e.id()) != null) {
            throw ProblemException.conflict("problem.conflict.expert-already-assigned");
        }
        LocalDate due = in.opinionDueOn() != null ? in.opinionDueOn() : c.deadline;
        if (due.isAfter(c.deadline) || due.isBefore(ProvinceClock.today())) {
            throw ProblemException.invalidField("opinionDueOn", "validation.opinion-due", ProvinceClock.today(), c.deadline);
        }
        Assignment a = new Assignment();
        a.id = UUID.randomUUID();
        a.consultationId = consultationId;
        a.expertId = e.id();
        a.status = AssignmentStatus.invited;
        a.opinionDueOn = due;
        a.assignedBy = access.username();
        a.createdAt = a.updatedAt = Instant.now();
        repo.persistRow(a);
        // the first expert moves the workflow; the version moves either way, so the board sees the change
        if (c.status == ConsultationStatus.received) {
            c.status = ConsultationStatus.experts_assigned;
            c.updatedAt = Instant.now();
        } else {
            repo.bumpVersion(c);
        }
        repo.flush();
        audit.record(AuditLog.Action.create, ENTITY, a.id, null, Map.of("consultationId", consultationId, "expertId", e.id(), "opinionDueOn", due));
        reminders.assigned(c, a, e);
        return dto(a, e);
    }

    /** The office takes an expert off a consultation before their opinion is in. */
    @Transactional
    public AssignmentDto withdraw(UUID consultationId, UUID assignmentId, String ifMatch) {
        consultations.get(consultationId);
        Assignment a = assignment(consultationId, assignmentId);
        ETags.check(ifMatch, a.version);
        if (!AssignmentStatus.OPEN.contains(a.status)) {
            throw ProblemException.conflict("problem.conflict.assignment-state", a.status, "invited, cleared, accepted");
        }
        return move(a, AssignmentStatus.withdrawn, null);
    }

    /** Before seeing anything: a conflict of interest ends the assignment; none clears the expert to read the documents. */
    @Transactional
    public AssignmentDto declare(UUID consultationId, UUID assignmentId, DeclarationInput in) {
        Assignment a = own(consultationId, assignmentId, AssignmentStatus.invited);
        String details = SearchText.cleanOptional(in.details());
        if (in.hasConflict() && details == null) {
            throw ProblemException.invalidField("details", "validation.conflict-details");
        }
        a.conflictDeclaredAt = Instant.now();
        a.conflictDetails = details;
        return move(a, in.hasConflict() ? AssignmentStatus.conflicted : AssignmentStatus.cleared, null);
    }

    @Transactional
    public AssignmentDto answer(UUID consultationId, UUID assignmentId, AnswerInput in) {
        Assignment a = own(consultationId, assignmentId, AssignmentStatus.cleared);
        String reason = SearchText.cleanOptional(in.reason());
        if (!in.accept() && reason == null) {
            throw ProblemException.invalidField("reason", "validation.decline-reason");
        }
        a.respondedAt = Instant.now();
        a.declineReason = in.accept() ? null : reason;
        return move(a, in.accept() ? AssignmentStatus.accepted : AssignmentStatus.declined, null);
    }

    /** A draft can be rewritten; once submitted the opinion is locked. */
    @Transactional
    public AssignmentDto saveOpinion(UUID consultationId, UUID assignmentId, String ifMatch, OpinionInput in) {
        Assignment a = own(consultationId, assignmentId, AssignmentStatus.accepted);
        ETags.check(ifMatch, a.version);
        a.opinionText = SearchText.clean(in.text());
        if (in.submit()) {
            a.opinionSubmittedAt = Instant.now();
            return move(a, AssignmentStatus.submitted, "opinion submitted");
        }
        a.updatedAt = Instant.now();
        touchConsultation(a);
        repo.flush();
        return dto(a, experts.find(a.expertId));
    }

    @Transactional
    public DocumentDto addAttachment(UUID consultationId, UUID assignmentId, String fileName, byte[] content) {
        Assignment a = own(consultationId, assignmentId, AssignmentStatus.accepted);
        Uploads.Checked file = Uploads.check(fileName, content, ConsultationService.MAX_FILE_BYTES, ConsultationService.FILE_TYPES,
                "problem.unsupported-media-type.consultation-file");
        repo.bumpVersion(a);
        touchConsultation(a);
        StoredFile f = files.store(ConsultationService.OPINION_OWNER, a.id, file, access.username());
        audit.record(AuditLog.Action.create, "opinion-attachment", f.id(), null, Map.of("fileName", f.fileName(), "sha256", f.sha256()));
        return ConsultationService.documentDto(f);
    }

    /** An opinion's attachment: for the office and its author; for the other assigned experts once the response is sent. */
    public ConsultationService.FileContent attachment(UUID consultationId, UUID assignmentId, UUID fileId) {
        Consultation c = consultations.get(consultationId);
        Assignment a = assignment(consultationId, assignmentId);
        boolean sent = c.status == ConsultationStatus.response_sent || c.status == ConsultationStatus.closed;
        if (!access.isOffice() && !access.isAssignee(a) && !(sent && a.status == AssignmentStatus.submitted)) {
            throw ProblemException.forbidden("problem.forbidden.not-your-assignment");
        }
        StoredFile f = files.find(ConsultationService.OPINION_OWNER, a.id, fileId)
                .orElseThrow(() -> ProblemException.notFound("opinion-attachment", fileId));
        return new ConsultationService.FileContent(f, files.content(f.id()));
    }

    /** The calling expert's assignments, with what they need to know of each consultation. */
    public Page<MyAssignmentDto> mine(AssignmentStatus status, int page, int size) {
        UUID expertId = access.requireExpertProfile();
        Page<Assignment> p = repo.assignments(expertId, status, false, ProvinceClock.today(), page, size);
        return withConsultations(p, experts.byIds(List.of(expertId)));
    }

    /** For the office: one expert's history, or the overdue opinions of everyone. */
    public Page<MyAssignmentDto> list(UUID expertId, AssignmentStatus status, boolean overdue, int page, int size) {
        Page<Assignment> p = repo.assignments(expertId, status, overdue, ProvinceClock.today(), page, size);
        return withConsultations(p, experts.byIds(p.items().stream().map(a -> a.expertId).distinct().toList()));
    }

    private Page<MyAssignmentDto> withConsultations(Page<Assignment> p, Map<UUID, ExpertRef> byId) {
        Map<UUID, ConsultationSummary> summaries = consultations.summaries(p.items().stream().map(a -> a.consultationId).distinct().toList());
        Map<UUID, List<DocumentDto>> attachments = attachmentsOf(p.items());
        LocalDate today = ProvinceClock.today();
        return p.map(a -> new MyAssignmentDto(
                ConsultationService.assignmentDto(a, byId.get(a.expertId), attachments.getOrDefault(a.id, List.of()), today, true),
                summaries.get(a.consultationId)));
    }

    private Map<UUID, List<DocumentDto>> attachmentsOf(List<Assignment> assignments) {
        return files.list(ConsultationService.OPINION_OWNER, assignments.stream().map(a -> a.id).toList()).stream()
                .collect(Collectors.groupingBy(StoredFile::ownerId,
                        Collectors.mapping(ConsultationService::documentDto, Collectors.toList())));
    }

    /** Engagement and load of every expert who was ever assigned: the busiest, then the most recently engaged, first. */
    public Page<PoolEntry> pool(int page, int size) {
        Page<ConsultationRepository.PoolRow> rows = repo.pool(page, size);
        Map<UUID, ExpertRef> byId = experts.byIds(rows.items().stream().map(ConsultationRepository.PoolRow::expertId).toList());
        return rows.map(r -> {
            ExpertRef e = byId.get(r.expertId());
            return new PoolEntry(r.expertId(), e.displayName(), e.availability(),
                    r.open(), r.submitted(), r.total(), r.lastEngagedOn());
        });
    }

    private Assignment assignment(UUID consultationId, UUID assignmentId) {
        Assignment a = repo.findRow(Assignment.class, assignmentId);
        if (a == null || !a.consultationId.equals(consultationId)) {
            throw ProblemException.notFound(ENTITY, assignmentId);
        }
        return a;
    }

    /** The caller's own assignment, in the state the step needs, on a consultation still open. */
    private Assignment own(UUID consultationId, UUID assignmentId, AssignmentStatus required) {
        Consultation c = consultations.get(consultationId);
        Assignment a = assignment(consultationId, assignmentId);
        access.requireAssignee(a);
        if (a.status != required) {
            throw ProblemException.conflict("problem.conflict.assignment-state", a.status, required);
        }
        consultations.requireOpen(c);
        return a;
    }

    private AssignmentDto move(Assignment a, AssignmentStatus to, String note) {
        AssignmentStatus from = a.status;
        a.status = to;
        a.updatedAt = Instant.now();
        touchConsultation(a);
        repo.flush();
        audit.record(AuditLog.Action.update, ENTITY, a.id, Map.of("status", from), note == null ? Map.of("status", to) : Map.of("status", to, "note", note));
        return dto(a, experts.find(a.expertId));
    }

    /**
     * The consultation's representation includes its assignments: any change to one moves the
     * consultation's version too, so that its ETag (and a cached copy) never hides the change.
     */
    private void touchConsultation(Assignment a) {
        Consultation c = repo.findById(a.consultationId);
        repo.bumpVersion(c);
    }

    private AssignmentDto dto(Assignment a, ExpertRef e) {
        return ConsultationService.assignmentDto(a, e, attachmentsOf(List.of(a)).getOrDefault(a.id, List.of()), ProvinceClock.today(), true);
    }

    public AssignmentDto get(UUID consultationId, UUID assignmentId) {
        consultations.get(consultationId);
        Assignment a = assignment(consultationId, assignmentId);
        if (!access.isOffice() && !access.isAssignee(a)) {
            throw ProblemException.forbidden("problem.forbidden.not-your-assignment");
        }
        return dto(a, experts.find(a.expertId));
    }
}
