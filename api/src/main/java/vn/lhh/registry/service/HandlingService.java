package vn.lhh.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.lhh.common.audit.AuditEvent;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.files.FileStore;
import vn.lhh.common.files.StoredFile;
import vn.lhh.common.files.Uploads;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;
import vn.lhh.common.security.UserDirectory;
import vn.lhh.common.security.UserDirectory.DirectoryUser;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.registry.DocumentDirection;
import vn.lhh.registry.DocumentHandling;
import vn.lhh.registry.HandlingRepository;
import vn.lhh.registry.HandlingState;
import vn.lhh.registry.OfficialDocument;
import vn.lhh.registry.RegistryRepository;
import vn.lhh.registry.dto.HandlingDtos.AnswerDto;
import vn.lhh.registry.dto.HandlingDtos.AssignmentInput;
import vn.lhh.registry.dto.HandlingDtos.AttachmentDto;
import vn.lhh.registry.dto.HandlingDtos.CandidateDto;
import vn.lhh.registry.dto.HandlingDtos.HandlerDto;
import vn.lhh.registry.dto.HandlingDtos.HandlingDto;
import vn.lhh.registry.dto.HandlingDtos.HandlingLine;
import vn.lhh.registry.dto.HandlingDtos.HistoryEntry;

/**
 * Handling of incoming documents (xử lý văn bản đến). The office (staff, admin) assigns a document to
 * handlers, office users themselves, with the leader's instruction, a deadline and a lead; a handler
 * starts, writes their own report, attaches files and links the outgoing document that answers; the lead
 * marks it done; the office may file it without action, with a reason. Only the office sees handling (the
 * handlers are office users); association officers never do. Every step is audited under {@link #ENTITY}
 * with the document's id, and the history is read back from the audit log.
 */
@ApplicationScoped
public class HandlingService {
    public static final String ENTITY = "official-document-handling";
    public static final String FILE_OWNER = "official-document-handling";
    /** Who may handle documents: the union's office. */
    static final String[] HANDLER_ROLES = {Roles.STAFF, Roles.ADMIN};
    private static final Map<String, String> HISTORY_ORDER = Map.of("occurredAt", "e.occurredAt not null");

    @Inject
    HandlingRepository repo;
    @Inject
    RegistryRepository documents;
    @Inject
    RegistryService registry;
    @Inject
    UserDirectory directory;
    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;
    @Inject
    FileStore files;
    @Inject
    ObjectMapper json;
    @Inject
    HandlingReminders reminders;

    /** The incoming document the caller may read, or 404 (outgoing documents have no handling). */
    private OfficialDocument incoming(UUID id) {
        OfficialDocument d = registry.get(id);
        if (d.direction != DocumentDirection.incoming) {
            throw ProblemException.notFound(ENTITY, id);
        }
        return d;
    }

    /** The handling as it stands; a document never assigned is "received" at version 0. */
    public HandlingDto get(UUID id) {
        incoming(id);
        DocumentHandling h = repo.findById(id);
        if (h == null) {
            h = new DocumentHandling();
            h.documentId = id;
            h.state = HandlingState.received;
            h.version = 0;
        }
        return dto(h);
    }

    public long version(UUID id) {
        incoming(id);
        DocumentHandling h = repo.findById(id);
        return h == null ? 0 : h.version;
    }

    /** The office users a document can be given to. */
    public List<CandidateDto> candidates() {
        return directory.withAnyRole(HANDLER_ROLES).stream().map(u -> new CandidateDto(u.username(), u.displayName())).toList();
    }

    /**
     * Giao xử lý: from received (then assigned), or again while assigned or in progress to change the
     * handlers, lead, instruction or deadline (the state stays; reports of handlers who stay are kept).
     */
    @Transactional
    public HandlingDto assign(UUID id, String ifMatch, AssignmentInput in) {
        OfficialDocument d = incoming(id);
        DocumentHandling h = repo.lockOrCreate(id);
        ETags.check(ifMatch, h.version);
        if (h.state != HandlingState.received && !h.state.handling()) {
            throw ProblemException.conflict("registry.conflict.handling-closed", h.state);
        }
        List<String> usernames = new ArrayList<>();
        for (int k = 0; k < in.handlers().size(); k++) {
            String u = in.handlers().get(k).trim();
            if (usernames.contains(u)) {
                throw ProblemException.invalidField("handlers[" + k + "]", "validation.handler-duplicate");
            }
            usernames.add(u);
        }
        String lead = in.leadHandler().trim();
        if (!usernames.contains(lead)) {
            throw ProblemException.invalidField("leadHandler", "validation.lead-not-handler");
        }
        if (in.deadline().isBefore(ProvinceClock.today())) {
            throw ProblemException.invalidField("deadline", "validation.deadline-past");
        }
        Set<String> office = directory.withAnyRole(HANDLER_ROLES).stream().map(DirectoryUser::username).collect(Collectors.toSet());
        for (int k = 0; k < usernames.size(); k++) {
            if (!office.contains(usernames.get(k))) {
                throw ProblemException.invalidField("handlers[" + k + "]", "validation.handler-unknown", usernames.get(k));
            }
        }
        Map<String, Object> before = state(h);
        boolean first = h.state == HandlingState.received;
        Set<String> previous = h.handlers.stream().map(x -> x.username).collect(Collectors.toSet());
        Map<String, DocumentHandling.Handler> kept = new LinkedHashMap<>();
        h.handlers.forEach(x -> kept.put(x.username, x));
        h.handlers.clear();
        for (String u : usernames) {
            DocumentHandling.Handler x = kept.getOrDefault(u, new DocumentHandling.Handler(u, false));
            x.lead = u.equals(lead);
            h.handlers.add(x);
        }
        h.leadHandler = lead;
        h.instruction = SearchText.cleanOptional(in.instruction());
        h.deadline = in.deadline();
        if (first) {
            h.state = HandlingState.assigned;
        }
        h.assignedBy = user.username();
        h.assignedAt = Instant.now();
        h.updatedAt = h.assignedAt;
        repo.flush();
        Map<String, Object> after = state(h);
        after.put("event", first ? "assigned" : "reassigned");
        audit.record(AuditLog.Action.update, ENTITY, id, before, after);
        List<String> added = usernames.stream().filter(u -> !previous.contains(u)).toList();
        onAssigned(d, h, added);
        return dto(h);
    }

    /**
     * The one place the notifications feature hooks into, called in the assigning transaction when a document is
     * assigned (first or again): the newly added handlers are told (document-assigned, written to the outbox now,
     * sent by the dispatcher after the commit). The due and overdue reminders come from {@link HandlingReminders#remind}.
     */
    void onAssigned(OfficialDocument d, DocumentHandling h, List<String> newHandlers) {
        reminders.assigned(d, h, newHandlers);
    }

    /** Moves the handling on: in_progress (a handler), done (the lead, after their report), filed (the office, with a reason). */
    @Transactional
    public HandlingDto transition(UUID id, String ifMatch, HandlingState to, String reason) {
        incoming(id);
        DocumentHandling h = repo.lockOrCreate(id);
        ETags.check(ifMatch, h.version);
        if (to == HandlingState.assigned && h.state == HandlingState.received) {
            throw ProblemException.conflict("registry.conflict.handling-assign-first");
        }
        if (!h.state.next().contains(to) || to == HandlingState.assigned) {
            throw ProblemException.conflict("registry.conflict.handling-transition", h.state, to, allowed(h.state));
        }
        Map<String, Object> before = state(h);
        String me = user.username();
        switch (to) {
            case in_progress -> requireHandler(h);
            case done -> {
                if (!me.equals(h.leadHandler)) {
                    throw ProblemException.forbidden("registry.forbidden.lead-only");
                }
                if (h.handler(me).map(x -> x.report == null).orElse(true)) {
                    throw ProblemException.conflict("registry.conflict.handling-report-required");
                }
            }
            case filed -> {
                String r = SearchText.cleanOptional(reason);
                if (r == null) {
                    throw ProblemException.invalidField("reason", "validation.filed-reason");
                }
                h.filedReason = r;
            }
            default -> {
            }
        }
        h.state = to;
        h.updatedAt = Instant.now();
        if (to == HandlingState.done || to == HandlingState.filed) {
            h.closedBy = me;
            h.closedAt = h.updatedAt;
        }
        repo.flush();
        Map<String, Object> after = state(h);
        after.put("event", to == HandlingState.in_progress ? "started" : to.name());
        audit.record(AuditLog.Action.update, ENTITY, id, before, after);
        return dto(h);
    }

    /** A handler writes their own report; the first report of an assigned document starts its handling. */
    @Transactional
    public HandlingDto report(UUID id, String username, String ifMatch, String report) {
        incoming(id);
        DocumentHandling h = repo.lockOrCreate(id);
        DocumentHandling.Handler x = h.handler(username).orElseThrow(() -> ProblemException.notFound("document-handler", username));
        if (!username.equals(user.username())) {
            throw ProblemException.forbidden("registry.forbidden.own-report");
        }
        ETags.check(ifMatch, h.version);
        requireHandling(h);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", h.state);
        before.put("report", x.report);
        x.report = SearchText.cleanRequired("report", report);
        x.reportedAt = Instant.now();
        if (h.state == HandlingState.assigned) {
            h.state = HandlingState.in_progress;
        }
        h.updatedAt = x.reportedAt;
        repo.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("event", "reported");
        after.put("state", h.state);
        after.put("report", x.report);
        audit.record(AuditLog.Action.update, ENTITY, id, before, after);
        return dto(h);
    }

    /** A handler links (or unlinks, with null) the outgoing document of the registry that answers this one. */
    @Transactional
    public HandlingDto answer(UUID id, String ifMatch, UUID outgoingId) {
        incoming(id);
        DocumentHandling h = repo.lockOrCreate(id);
        requireHandler(h);
        ETags.check(ifMatch, h.version);
        requireHandling(h);
        if (outgoingId != null) {
            OfficialDocument answer = documents.findById(outgoingId);
            if (answer == null || answer.direction != DocumentDirection.outgoing) {
                throw ProblemException.invalidField("outgoingDocumentId", "validation.answer-not-outgoing");
            }
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("answerDocumentId", h.answerDocumentId);
        h.answerDocumentId = outgoingId;
        h.updatedAt = Instant.now();
        repo.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("event", outgoingId == null ? "answer-unlinked" : "answer-linked");
        after.put("answerDocumentId", outgoingId);
        if (outgoingId != null) {
            after.put("answerSymbol", documents.findById(outgoingId).symbol);
        }
        audit.record(AuditLog.Action.update, ENTITY, id, before, after);
        return dto(h);
    }

    /** A handler attaches a file to the handling (PDF, Word, PNG or JPEG checked by content, as the registry's files). */
    @Transactional
    public AttachmentDto attach(UUID id, String fileName, byte[] content) {
        incoming(id);
        DocumentHandling h = repo.lockOrCreate(id);
        requireHandler(h);
        requireHandling(h);
        Uploads.Checked checked = Uploads.check(fileName, content, RegistryService.MAX_FILE_BYTES, RegistryService.FILE_TYPES,
                "problem.unsupported-media-type.document-file");
        StoredFile f = files.store(FILE_OWNER, id, checked, user.username());
        // the handling's representation lists the files: its version moves on
        h.updatedAt = Instant.now();
        repo.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("event", "attached");
        after.put("fileId", f.id());
        after.put("file", f.fileName());
        after.put("sha256", f.sha256());
        audit.record(AuditLog.Action.update, ENTITY, id, null, after);
        return attachment(f);
    }

    public StoredFile attachmentFile(UUID id, UUID fileId) {
        incoming(id);
        return files.find(FILE_OWNER, id, fileId).orElseThrow(() -> ProblemException.notFound(ENTITY + "-attachment", fileId));
    }

    /** Who did what, when: the handling's entries of the audit log, oldest first. */
    public Page<HistoryEntry> history(UUID id, String page, String size) {
        incoming(id);
        var filter = new AuditLog.Filter(ENTITY, id.toString(), null, null, null, null);
        return audit.find(filter, PageRequest.of(page, size, null, "occurredAt", "occurredAt", HISTORY_ORDER, "e.id")).map(this::entry);
    }

    /** The office's list (overdue first) or, with handler set, one handler's documents. */
    public Page<HandlingLine> list(HandlingState state, Boolean overdue, String handler, int page, int size) {
        var p = repo.lines(new HandlingRepository.Filter(state, overdue, handler, ProvinceClock.today()), page, size);
        return p.map(l -> new HandlingLine(l.documentId(), l.number(), l.year(), l.symbol(), l.subject(), l.issuingBody(), l.receivedOn(),
                l.state(), l.deadline(), l.overdue(), l.leadHandler(), l.handlers()));
    }

    public Page<HandlingLine> mine(HandlingState state, Boolean overdue, int page, int size) {
        return list(state, overdue, user.username(), page, size);
    }

    private void requireHandler(DocumentHandling h) {
        if (h.handler(user.username()).isEmpty()) {
            throw ProblemException.forbidden("registry.forbidden.not-handler");
        }
    }

    private static void requireHandling(DocumentHandling h) {
        if (!h.state.handling()) {
            throw ProblemException.conflict("registry.conflict.handling-not-open", h.state);
        }
    }

    private static String allowed(HandlingState s) {
        String moves = s.next().stream().filter(x -> x != HandlingState.assigned).map(Enum::name).sorted().collect(Collectors.joining(", "));
        return moves.isEmpty() ? "—" : moves;
    }

    private HandlingDto dto(DocumentHandling h) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!h.handlers.isEmpty()) {
            directory.withAnyRole(HANDLER_ROLES).forEach(u -> names.put(u.username(), u.displayName()));
        }
        List<StoredFile> stored = h.version == 0 ? List.of() : files.list(FILE_OWNER, h.documentId);
        List<HandlerDto> handlers = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        List<DocumentHandling.Handler> ordered = new ArrayList<>(h.handlers);
        ordered.sort((a, b) -> a.lead == b.lead ? a.username.compareTo(b.username) : a.lead ? -1 : 1);
        for (DocumentHandling.Handler x : ordered) {
            listed.add(x.username);
            handlers.add(new HandlerDto(x.username, names.getOrDefault(x.username, x.username), x.lead, x.report, x.reportedAt,
                    stored.stream().filter(f -> f.uploadedBy().equals(x.username)).map(HandlingService::attachment).toList()));
        }
        AnswerDto answer = null;
        if (h.answerDocumentId != null) {
            OfficialDocument a = documents.findById(h.answerDocumentId);
            if (a != null) {
                answer = new AnswerDto(a.id, a.symbol, a.subject, a.documentDate);
            }
        }
        List<HandlingState> moves = h.state.next().stream().filter(x -> x != HandlingState.assigned).sorted().toList();
        return new HandlingDto(h.documentId, h.state, moves, h.instruction, h.deadline, h.overdue(ProvinceClock.today()), h.leadHandler,
                handlers, answer, h.filedReason, h.assignedBy, h.assignedAt, h.closedBy, h.closedAt, h.version);
    }

    private static AttachmentDto attachment(StoredFile f) {
        return new AttachmentDto(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.uploadedBy(), f.createdAt());
    }

    private static Map<String, Object> state(DocumentHandling h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", h.state);
        m.put("handlers", h.handlers.stream().map(x -> x.username).toList());
        m.put("leadHandler", h.leadHandler);
        m.put("deadline", h.deadline == null ? null : h.deadline.toString());
        m.put("instruction", h.instruction);
        if (h.filedReason != null) {
            m.put("filedReason", h.filedReason);
        }
        return m;
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private HistoryEntry entry(AuditEvent e) {
        Map<String, Object> after;
        try {
            after = e.afterState == null ? new LinkedHashMap<>() : json.readValue(e.afterState, MAP);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored audit JSON is unreadable", ex);
        }
        Object event = after.remove("event");
        return new HistoryEntry(e.occurredAt, e.actor, event == null ? e.action : event.toString(), after);
    }
}
