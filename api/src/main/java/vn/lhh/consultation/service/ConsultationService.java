package vn.lhh.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.audit.VersionedChanges;
import vn.lhh.common.audit.Snapshots;
import vn.lhh.common.document.AdministrativeDocument;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.files.Uploads;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.consultation.Assignment;
import vn.lhh.consultation.AssignmentStatus;
import vn.lhh.consultation.Consultation;
import vn.lhh.consultation.ConsultationRepository;
import vn.lhh.consultation.ConsultationStatus;
import vn.lhh.consultation.dto.ConsultationDtos.AssignmentDto;
import vn.lhh.consultation.dto.ConsultationDtos.ConsultationDto;
import vn.lhh.consultation.dto.ConsultationDtos.ConsultationInput;
import vn.lhh.consultation.dto.ConsultationDtos.ConsultationSummary;
import vn.lhh.consultation.dto.ConsultationDtos.DocumentDto;
import vn.lhh.consultation.dto.ConsultationDtos.ResponseDto;
import vn.lhh.consultation.dto.ConsultationDtos.ResponseInput;
import vn.lhh.consultation.dto.ConsultationDtos.SendingInput;
import vn.lhh.expert.service.ExpertService;
import vn.lhh.expert.dto.ExpertRef;

/** Consultations: the request, its documents, its workflow and the union's consolidated response. */
@ApplicationScoped
public class ConsultationService {
    public static final String ENTITY = "consultation";
    public static final String DOCUMENT_OWNER = "consultation";
    public static final String OPINION_OWNER = "consultation-opinion";
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    public static final Set<String> FILE_TYPES = Set.of(Uploads.PDF, Uploads.DOCX, Uploads.PNG, Uploads.JPEG);

    @Inject
    ConsultationRepository repo;
    @Inject
    ConsultationAccess access;
    @Inject
    ExpertService experts;
    @Inject
    FileStore files;
    @Inject
    AuditLog audit;
    @Inject
    VersionedChanges changes;
    @ConfigProperty(name = "lhh.union.name")
    String unionName;
    @ConfigProperty(name = "lhh.union.place")
    String unionPlace;
    @ConfigProperty(name = "lhh.union.signer-title")
    String signerTitle;

    public Page<ConsultationSummary> list(ConsultationRepository.Filter filter, PageRequest page) {
        Page<Consultation> p = repo.list(filter, page);
        Map<UUID, long[]> counts = repo.assignmentCounts(p.items().stream().map(c -> c.id).toList());
        LocalDate today = ProvinceClock.today();
        return p.map(c -> summary(c, counts.getOrDefault(c.id, new long[2]), today));
    }

    /**
     * The search box's consultations: the office searches the board (its list, in its default order); an expert
     * the consultations they are assigned to (what {@link #get} lets them open); anyone else nothing.
     */
    public List<ConsultationSummary> search(String q, int limit) {
        if (access.isOffice()) {
            var filter = new ConsultationRepository.Filter(q, null, null, false, ProvinceClock.today());
            return list(filter, PageRequest.of(null, Integer.toString(limit), null, "urgency", ConsultationRepository.SORTABLE, "c.id")).items();
        }
        return access.expertId().map(expert -> {
            List<Consultation> found = repo.assignedTo(expert, q, limit);
            Map<UUID, long[]> counts = repo.assignmentCounts(found.stream().map(c -> c.id).toList());
            LocalDate today = ProvinceClock.today();
            return found.stream().map(c -> summary(c, counts.getOrDefault(c.id, new long[2]), today)).toList();
        }).orElse(List.of());
    }

    static ConsultationSummary summary(Consultation c, long[] counts, LocalDate today) {
        return new ConsultationSummary(c.id, c.kind, c.subject, c.requestingBody, c.requestReference, c.requestDate, c.deadline,
                c.status, overdue(c, today), counts[0], counts[1]);
    }

    public Map<UUID, ConsultationSummary> summaries(List<UUID> ids) {
        Map<UUID, long[]> counts = repo.assignmentCounts(ids);
        LocalDate today = ProvinceClock.today();
        return repo.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(c -> c.id, c -> summary(c, counts.getOrDefault(c.id, new long[2]), today)));
    }

    static boolean overdue(Consultation c, LocalDate today) {
        return ConsultationStatus.OPEN.contains(c.status) && c.deadline.isBefore(today);
    }

    /** The office sees every consultation; an expert only those they are assigned to (others are "not found"). */
    public Consultation get(UUID id) {
        Consultation c = repo.findById(id);
        if (c == null || !(access.isOffice() || myAssignment(c) != null)) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return c;
    }

    /** The caller's own, not withdrawn, assignment to the consultation. */
    Assignment myAssignment(Consultation c) {
        return access.expertId().map(e -> repo.assignmentOf(c.id, e)).filter(a -> a.status != AssignmentStatus.withdrawn).orElse(null);
    }

    public ConsultationDto detail(Consultation c) {
        LocalDate today = ProvinceClock.today();
        boolean office = access.isOffice();
        Assignment mine = office ? null : myAssignment(c);
        boolean responseSent = c.status == ConsultationStatus.response_sent || c.status == ConsultationStatus.closed;
        List<Assignment> all = repo.assignmentsOf(c.id);
        // an expert sees their own assignment; the others' opinions only once the response is sent
        List<Assignment> shown = office ? all
                : all.stream().filter(a -> a.id.equals(mine.id) || (responseSent && a.status == AssignmentStatus.submitted)).toList();
        Map<UUID, ExpertRef> byId = experts.byIds(shown.stream().map(a -> a.expertId).toList());
        Map<UUID, List<DocumentDto>> attachments = files.list(OPINION_OWNER, shown.stream().map(a -> a.id).toList()).stream()
                .collect(Collectors.groupingBy(StoredFile::ownerId, Collectors.mapping(ConsultationService::documentDto, Collectors.toList())));
        List<AssignmentDto> assignments = shown.stream()
                .map(a -> assignmentDto(a, byId.get(a.expertId), attachments.getOrDefault(a.id, List.of()), today, office || a.id.equals(mine.id)))
                .toList();
        boolean seesDocuments = office || AssignmentStatus.SEES_DOCUMENTS.contains(mine.status);
        List<DocumentDto> documents = seesDocuments ? files.list(DOCUMENT_OWNER, c.id).stream().map(ConsultationService::documentDto).toList() : null;
        ResponseDto response = office || responseSent
                ? new ResponseDto(c.responseText, c.responseReference, c.responseSentOn, List.of(c.responseSentTo), c.responseSentBy)
                : new ResponseDto(null, null, null, List.of(), null);
        List<ConsultationStatus> allowed = office ? c.status.next().stream().filter(s -> s != ConsultationStatus.response_sent).sorted().toList() : List.of();
        return new ConsultationDto(c.id, c.kind, c.subject, c.description, c.requestingBody, c.requestReference, c.requestDate, c.deadline,
                c.fieldCodes.stream().sorted().toList(), c.status, c.cancelReason, overdue(c, today), documents, assignments, response,
                allowed, office, c.createdAt, c.updatedAt, c.version);
    }

    static DocumentDto documentDto(StoredFile f) {
        return new DocumentDto(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.uploadedBy(), f.createdAt());
    }

    static AssignmentDto assignmentDto(Assignment a, ExpertRef e, List<DocumentDto> attachments, LocalDate today, boolean full) {
        String name = e == null ? "" : e.displayName();
        return new AssignmentDto(a.id, a.consultationId, a.expertId, name, a.status, a.opinionDueOn,
                AssignmentStatus.OPEN.contains(a.status) && a.opinionDueOn.isBefore(today), a.conflictDeclaredAt,
                full ? a.conflictDetails : null, a.respondedAt, full ? a.declineReason : null, a.opinionText, a.opinionSubmittedAt,
                attachments, a.createdAt, a.version);
    }

    @Transactional
    public ConsultationDto create(ConsultationInput in) {
        Consultation c = new Consultation();
        c.id = UUID.randomUUID();
        c.status = ConsultationStatus.received;
        apply(in, c);
        c.createdBy = access.username();
        c.createdAt = c.updatedAt = Instant.now();
        return changes.create(ENTITY, c.id, c, ConsultationService::snapshot, this::detail);
    }

    @Transactional
    public ConsultationDto update(UUID id, String ifMatch, ConsultationInput in) {
        Consultation c = get(id);
        ETags.check(ifMatch, c.version);
        requireOpen(c);
        var before = snapshot(c);
        apply(in, c);
        c.updatedAt = Instant.now();
        repo.flush();
        audit.record(AuditLog.Action.update, ENTITY, id, before, snapshot(c));
        return detail(c);
    }

    private void apply(ConsultationInput in, Consultation c) {
        if (in.deadline().isBefore(in.requestDate())) {
            throw ProblemException.invalidField("deadline", "validation.deadline-after-request");
        }
        List<String> codes = in.fieldCodes() == null ? List.of() : in.fieldCodes();
        for (int k = 0; k < codes.size(); k++) {
            if (!experts.fieldExists(codes.get(k).trim())) {
                throw ProblemException.invalidField("fieldCodes[" + k + "]", "validation.field-unknown");
            }
        }
        c.kind = in.kind();
        c.subject = SearchText.clean(in.subject());
        c.description = SearchText.cleanOptional(in.description());
        c.requestingBody = SearchText.clean(in.requestingBody());
        c.requestReference = SearchText.cleanOptional(in.requestReference());
        c.requestDate = in.requestDate();
        c.deadline = in.deadline();
        c.fieldCodes.clear();
        codes.forEach(code -> c.fieldCodes.add(code.trim()));
        c.searchKey = SearchText.normalize(String.join(" ", c.subject, c.requestingBody,
                c.requestReference == null ? "" : c.requestReference, c.description == null ? "" : c.description));
    }

    /** Moves the workflow on. Each move checks what it needs; the response is sent with {@link #send}. */
    @Transactional
    public ConsultationDto transition(UUID id, String ifMatch, ConsultationStatus to, String reason) {
        Consultation c = get(id);
        ETags.check(ifMatch, c.version);
        if (to == ConsultationStatus.response_sent) {
            throw ProblemException.conflict("problem.conflict.consultation-send-with-response");
        }
        if (!c.status.next().contains(to)) {
            throw ProblemException.conflict("problem.conflict.consultation-transition", c.status, to,
                    c.status.next().stream().filter(s -> s != ConsultationStatus.response_sent).map(Enum::name).sorted()
                            .collect(Collectors.joining(", ")));
        }
        List<Assignment> assignments = repo.assignmentsOf(id);
        long active = assignments.stream().filter(a -> EnumSet.of(AssignmentStatus.invited, AssignmentStatus.cleared,
                AssignmentStatus.accepted, AssignmentStatus.submitted).contains(a.status)).count();
        long pending = assignments.stream().filter(a -> AssignmentStatus.OPEN.contains(a.status)).count();
        long submitted = assignments.stream().filter(a -> a.status == AssignmentStatus.submitted).count();
        switch (to) {
            case experts_assigned -> {
                if (active == 0) {
                    throw ProblemException.conflict("problem.conflict.consultation-no-experts");
                }
            }
            case opinions_collected -> {
                if (submitted == 0 || pending > 0) {
                    throw ProblemException.conflict("problem.conflict.consultation-opinions-pending", pending, submitted);
                }
            }
            case cancelled -> {
                if (SearchText.cleanOptional(reason) == null) {
                    throw ProblemException.invalidField("reason", "validation.cancel-reason");
                }
                c.cancelReason = SearchText.clean(reason);
            }
            default -> {
            }
        }
        ConsultationStatus from = c.status;
        c.status = to;
        c.updatedAt = Instant.now();
        repo.flush();
        audit.record(AuditLog.Action.update, ENTITY, id, Map.of("status", from), Map.of("status", to));
        return detail(c);
    }

    @Transactional
    public ConsultationDto saveResponse(UUID id, String ifMatch, ResponseInput in) {
        Consultation c = get(id);
        ETags.check(ifMatch, c.version);
        if (c.status != ConsultationStatus.experts_assigned && c.status != ConsultationStatus.opinions_collected) {
            throw ProblemException.conflict("problem.conflict.consultation-response-state", c.status);
        }
        c.responseText = SearchText.clean(in.text());
        c.responseReference = SearchText.cleanOptional(in.reference());
        c.updatedAt = Instant.now();
        repo.flush();
        audit.record(AuditLog.Action.update, ENTITY, id, null, Map.of("response", "drafted"));
        return detail(c);
    }

    /** Records that the consolidated response went out: when, to whom, under which number. */
    @Transactional
    public ConsultationDto send(UUID id, String ifMatch, SendingInput in) {
        Consultation c = get(id);
        ETags.check(ifMatch, c.version);
        if (c.status != ConsultationStatus.opinions_collected) {
            throw ProblemException.conflict("problem.conflict.consultation-transition", c.status, ConsultationStatus.response_sent,
                    ConsultationStatus.opinions_collected);
        }
        if (c.responseText == null) {
            throw ProblemException.conflict("problem.conflict.consultation-no-response");
        }
        if (in.sentOn().isBefore(c.requestDate) || in.sentOn().isAfter(ProvinceClock.today())) {
            throw ProblemException.invalidField("sentOn", "validation.sent-on");
        }
        c.responseSentOn = in.sentOn();
        c.responseSentTo = in.sentTo().stream().map(SearchText::clean).toArray(String[]::new);
        if (in.reference() != null) {
            c.responseReference = SearchText.cleanOptional(in.reference());
        }
        c.responseSentBy = access.username();
        c.status = ConsultationStatus.response_sent;
        c.updatedAt = Instant.now();
        repo.flush();
        audit.record(AuditLog.Action.update, ENTITY, id, Map.of("status", ConsultationStatus.opinions_collected),
                Map.of("status", c.status, "sentTo", List.of(c.responseSentTo), "sentOn", c.responseSentOn));
        return detail(c);
    }

    @Transactional
    public DocumentDto addDocument(UUID id, String fileName, byte[] content) {
        Consultation c = get(id);
        requireOpen(c);
        Uploads.Checked file = Uploads.check(fileName, content, MAX_FILE_BYTES, FILE_TYPES, "problem.unsupported-media-type.consultation-file");
        // a new document changes what the experts read: the consultation's version moves with it
        repo.bumpVersion(c);
        StoredFile f = files.store(DOCUMENT_OWNER, id, file, access.username());
        audit.record(AuditLog.Action.create, "consultation-document", f.id(), null, Map.of("fileName", f.fileName(), "sha256", f.sha256()));
        return documentDto(f);
    }

    public record FileContent(StoredFile meta, byte[] content) {
    }

    /** A request document: for the office, and for assigned experts who declared no conflict. */
    public FileContent document(UUID id, UUID documentId) {
        Consultation c = get(id);
        if (!access.isOffice()) {
            Assignment mine = myAssignment(c);
            if (mine == null || !AssignmentStatus.SEES_DOCUMENTS.contains(mine.status)) {
                throw ProblemException.forbidden("problem.forbidden.declare-first");
            }
        }
        StoredFile f = files.find(DOCUMENT_OWNER, id, documentId).orElseThrow(() -> ProblemException.notFound("consultation-document", documentId));
        return new FileContent(f, files.content(f.id()));
    }

    void requireOpen(Consultation c) {
        if (!ConsultationStatus.OPEN.contains(c.status)) {
            throw ProblemException.conflict("problem.conflict.consultation-not-open", c.status);
        }
    }

    /** The consolidated response as a Vietnamese administrative document (HTML that opens in Word). */
    public AdministrativeDocument responseDocument(UUID id) {
        Consultation c = get(id);
        if (c.responseText == null) {
            throw ProblemException.conflict("problem.conflict.consultation-no-response");
        }
        List<Assignment> submitted = repo.assignmentsOf(id).stream().filter(a -> a.status == AssignmentStatus.submitted).toList();
        Map<UUID, ExpertRef> byId = experts.byIds(submitted.stream().map(a -> a.expertId).toList());
        List<String> names = new ArrayList<>();
        submitted.forEach(a -> {
            ExpertRef e = byId.get(a.expertId);
            names.add(e.displayName() + (e.organisation() == null ? "" : " (" + e.organisation() + ")"));
        });
        return ResponseDocument.render(c, names, ProvinceClock.today(), unionName, unionPlace, signerTitle);
    }

    private static Map<String, Object> snapshot(Consultation c) {
        Map<String, Object> m = Snapshots.of(c, "kind", "subject", "requestingBody", "deadline", "status");
        m.put("fieldCodes", c.fieldCodes.stream().sorted().toList());
        return m;
    }

    /** How many consultations are open (any open status) and how many of them are overdue today. */
    public long[] openAndOverdue(LocalDate today) {
        PageRequest one = PageRequest.ordered(1, 1, "c.id asc");
        long open = 0;
        for (ConsultationStatus s : ConsultationStatus.OPEN) {
            open += list(new ConsultationRepository.Filter(null, s, null, false, today), one).total();
        }
        long overdue = list(new ConsultationRepository.Filter(null, null, null, true, today), one).total();
        return new long[] {open, overdue};
    }

    /** The consultation's subject, for features that show a link to it. */
    public String subjectOf(UUID id) {
        return get(id).subject;
    }
}
