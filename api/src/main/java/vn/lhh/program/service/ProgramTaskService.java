package vn.lhh.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.lhh.association.service.AssociationService;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.files.Uploads;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.program.ProgramItem;
import vn.lhh.program.ProgramRepository;
import vn.lhh.program.ProgramTask;
import vn.lhh.program.TaskEvidence;
import vn.lhh.program.TaskProgress;
import vn.lhh.program.TaskStatus;
import vn.lhh.program.dto.ProgramDtos.CoordinatorDto;
import vn.lhh.program.dto.ProgramDtos.EvidenceDto;
import vn.lhh.program.dto.ProgramDtos.ProgressDto;
import vn.lhh.program.dto.ProgramDtos.ProgressInput;
import vn.lhh.program.dto.ProgramDtos.TaskDto;
import vn.lhh.program.dto.ProgramDtos.TaskInput;
import vn.lhh.program.dto.ProgramDtos.TaskSummary;

/** Tracking the tasks: who leads, the plan, the status, and the progress reports with their evidence. */
@ApplicationScoped
public class ProgramTaskService {
    public static final String ENTITY = "program-task";
    public static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

    @Inject
    ProgramRepository repo;
    @Inject
    ProgramAccess access;
    @Inject
    AssociationService associations;
    @Inject
    AuditLog audit;
    @Inject
    CurrentUser user;

    public Page<TaskSummary> list(ProgramRepository.TaskFilter filter, PageRequest page) {
        LocalDate today = ProvinceClock.today();
        return repo.tasks(filter, page).map(row -> summary((ProgramTask) row[0], (ProgramItem) row[1], today));
    }

    static TaskSummary summary(ProgramTask t, ProgramItem i, LocalDate today) {
        return new TaskSummary(t.id, t.programId, i.kind, i.label, i.text, t.year, t.shortTitle, t.leadUnit, t.status,
                t.latestPercent, t.plannedEnd, TaskRules.late(t, today), TaskRules.atRisk(t, today));
    }

    public ProgramTask get(UUID id) {
        return ProblemException.requireFound(repo.findRow(ProgramTask.class, id), ENTITY, id);
    }

    public TaskDto detail(ProgramTask t) {
        ProgramItem item = repo.findRow(ProgramItem.class, t.itemId);
        List<TaskProgress> progress = repo.progressOf(t.id);
        Map<UUID, List<EvidenceDto>> evidence = repo.evidenceOf(progress.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(e -> e.progressId, Collectors.mapping(ProgramTaskService::evidenceDto, Collectors.toList())));
        LocalDate today = ProvinceClock.today();
        return new TaskDto(t.id, t.programId, t.itemId, item.kind, item.label, item.text, t.year, t.shortTitle, t.leadUnit,
                t.leadAssociationId, t.coordinators.stream().map(c -> new CoordinatorDto(c.name, c.associationId)).toList(),
                t.plannedStart, t.plannedEnd, t.status, t.latestPercent, TaskRules.late(t, today), TaskRules.atRisk(t, today),
                access.canReport(t), progress.stream().map(p -> progressDto(p, evidence.getOrDefault(p.id, List.of()))).toList(),
                t.version);
    }

    static EvidenceDto evidenceDto(TaskEvidence e) {
        return new EvidenceDto(e.id, e.fileName, e.contentType, e.sizeBytes, e.createdAt);
    }

    static ProgressDto progressDto(TaskProgress p, List<EvidenceDto> evidence) {
        return new ProgressDto(p.id, p.reportedOn, p.percent, p.milestone, p.narrative, p.reportedBy, p.createdAt, evidence);
    }

    @Transactional
    public TaskDto update(UUID id, String ifMatch, TaskInput in) {
        ProgramTask t = get(id);
        ETags.check(ifMatch, t.version);
        if (in.plannedEnd().isBefore(in.plannedStart())) {
            throw ProblemException.invalidField("plannedEnd", "validation.end-after-start");
        }
        requireAssociation("leadAssociationId", in.leadAssociationId());
        List<CoordinatorDto> coordinators = in.coordinators() == null ? List.of() : in.coordinators();
        for (int k = 0; k < coordinators.size(); k++) {
            requireAssociation("coordinators[" + k + "].associationId", coordinators.get(k).associationId());
        }
        Map<String, Object> before = Map.of("status", t.status, "leadUnit", String.valueOf(t.leadUnit), "plannedEnd", t.plannedEnd);
        t.shortTitle = SearchText.cleanOptional(in.shortTitle());
        t.leadUnit = SearchText.cleanOptional(in.leadUnit());
        t.leadAssociationId = in.leadAssociationId();
        t.coordinators.clear();
        coordinators.forEach(c -> t.coordinators.add(new ProgramTask.Coordinator(SearchText.clean(c.name()), c.associationId())));
        t.plannedStart = in.plannedStart();
        t.plannedEnd = in.plannedEnd();
        t.status = in.status();
        t.updatedAt = Instant.now();
        repo.flushRows();
        audit.record(AuditLog.Action.update, ENTITY, id, before,
                Map.of("status", t.status, "leadUnit", String.valueOf(t.leadUnit), "plannedEnd", t.plannedEnd));
        return detail(t);
    }

    /** A progress report: kept as history; it moves the task's status and latest percent when it says so. */
    @Transactional
    public ProgressDto report(UUID taskId, ProgressInput in) {
        ProgramTask t = get(taskId);
        access.requireReport(t);
        TaskProgress p = new TaskProgress();
        p.id = UUID.randomUUID();
        p.taskId = taskId;
        p.reportedOn = in.reportedOn();
        p.percent = in.percent();
        p.milestone = SearchText.cleanOptional(in.milestone());
        p.narrative = SearchText.clean(in.narrative());
        p.reportedBy = user.username();
        p.createdAt = Instant.now();
        repo.persistRow(p);
        if (in.percent() != null) {
            t.latestPercent = in.percent();
        }
        if (in.status() != null) {
            t.status = in.status();
        } else if (t.status == TaskStatus.not_started) {
            t.status = TaskStatus.in_progress;
        }
        t.updatedAt = Instant.now();
        repo.flushRows();
        ProgressDto dto = progressDto(p, List.of());
        audit.record(AuditLog.Action.create, "task-progress", p.id, null, dto);
        return dto;
    }

    /** Evidence is checked by its content (PDF, PNG, JPEG), not by its name. */
    @Transactional
    public EvidenceDto addEvidence(UUID taskId, UUID progressId, String fileName, byte[] content) {
        ProgramTask t = get(taskId);
        access.requireReport(t);
        TaskProgress p = progress(taskId, progressId);
        Uploads.Checked file = Uploads.check(fileName, content, MAX_EVIDENCE_BYTES, Set.of(Uploads.PDF, Uploads.PNG, Uploads.JPEG),
                "problem.unsupported-media-type.evidence");
        TaskEvidence e = new TaskEvidence();
        e.id = UUID.randomUUID();
        e.progressId = p.id;
        e.fileName = file.fileName();
        e.contentType = file.contentType();
        e.sizeBytes = content.length;
        e.sha256 = file.sha256();
        e.uploadedBy = user.username();
        e.createdAt = Instant.now();
        repo.insertEvidence(e, content);
        audit.record(AuditLog.Action.create, "task-evidence", e.id, null, Map.of("fileName", e.fileName, "sha256", e.sha256));
        return evidenceDto(e);
    }

    public record EvidenceFile(TaskEvidence meta, byte[] content) {
    }

    public EvidenceFile evidence(UUID taskId, UUID progressId, UUID evidenceId) {
        get(taskId);
        progress(taskId, progressId);
        TaskEvidence e = repo.findRow(TaskEvidence.class, evidenceId);
        if (e == null || !e.progressId.equals(progressId)) {
            throw ProblemException.notFound("task-evidence", evidenceId);
        }
        return new EvidenceFile(e, repo.evidenceContent(evidenceId));
    }

    private TaskProgress progress(UUID taskId, UUID progressId) {
        TaskProgress p = repo.findRow(TaskProgress.class, progressId);
        if (p == null || !p.taskId.equals(taskId)) {
            throw ProblemException.notFound("task-progress", progressId);
        }
        return p;
    }

    private void requireAssociation(String field, UUID id) {
        if (id != null && !associations.exists(id)) {
            throw ProblemException.invalidField(field, "validation.association-unknown");
        }
    }

    /** The tasks of a program in one year, with their progress, for the annual report. */
    public List<Object[]> tasksOfYear(UUID programId, int year) {
        return repo.tasks(new ProgramRepository.TaskFilter(programId, year, null, null, null, null, null, ProvinceClock.today()),
                new PageRequest(1, 10_000, List.of(new PageRequest.SortKey("i.position", false, false), new PageRequest.SortKey("t.id", false, false)), null)).items();
    }

    public Map<UUID, TaskProgress> latestProgress(List<UUID> taskIds) {
        Map<UUID, TaskProgress> latest = new HashMap<>();
        for (TaskProgress p : repo.progressOf(taskIds)) {
            latest.putIfAbsent(p.taskId, p);
        }
        return latest;
    }

    public Map<UUID, List<EvidenceDto>> evidenceOf(List<UUID> progressIds) {
        return repo.evidenceOf(progressIds).stream().collect(Collectors.groupingBy(e -> e.progressId,
                Collectors.mapping(ProgramTaskService::evidenceDto, Collectors.toCollection(ArrayList::new))));
    }
}
