package vn.lhh.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.lhh.common.audit.AuditLog;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.text.SearchText;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.program.ItemKind;
import vn.lhh.program.Program;
import vn.lhh.program.ProgramItem;
import vn.lhh.program.ProgramRepository;
import vn.lhh.program.ProgramStatus;
import vn.lhh.program.ProgramTask;
import vn.lhh.program.TaskStatus;
import vn.lhh.program.dto.ProgramDtos.CarryOverInput;
import vn.lhh.program.dto.ProgramDtos.ItemDto;
import vn.lhh.program.dto.ProgramDtos.ItemInput;
import vn.lhh.program.dto.ProgramDtos.ProgramDetail;
import vn.lhh.program.dto.ProgramDtos.ProgramInput;
import vn.lhh.program.dto.ProgramDtos.ProgramSummary;
import vn.lhh.program.dto.ProgramDtos.TaskBrief;
import vn.lhh.program.dto.ProgramDtos.YearDto;
import vn.lhh.program.importing.ParsedProgram;

/** Programs as documents: their structure, their header, a task added or corrected, the next term's program. */
@ApplicationScoped
public class ProgramService {
    public static final String ENTITY = "program";
    public static final String ITEM = "program-item";

    @Inject
    ProgramRepository repo;
    @Inject
    AuditLog audit;

    public Page<ProgramSummary> list(PageRequest page) {
        return repo.programs(page).map(ProgramService::summary);
    }

    public static ProgramSummary summary(Program p) {
        return new ProgramSummary(p.id, p.title, p.termLabel, p.startYear, p.endYear, p.documentNumber, p.documentDate, p.status, p.version);
    }

    public Program get(UUID id) {
        return ProblemException.requireFound(repo.findRow(Program.class, id), ENTITY, id);
    }

    public ProgramDetail detail(Program p) {
        LocalDate today = ProvinceClock.today();
        List<ProgramItem> items = repo.items(p.id);
        Map<UUID, List<TaskBrief>> tasks = repo.tasksOfProgram(p.id).stream().collect(Collectors.groupingBy(t -> t.itemId,
                LinkedHashMap::new, Collectors.mapping(t -> new TaskBrief(t.id, t.year, t.status, t.latestPercent,
                        TaskRules.late(t, today)), Collectors.toList())));
        Map<UUID, List<ProgramItem>> children = items.stream().filter(i -> i.parentId != null)
                .collect(Collectors.groupingBy(i -> i.parentId));
        List<ItemDto> missions = new ArrayList<>();
        List<ItemDto> regular = new ArrayList<>();
        Map<Integer, List<ItemDto>> years = new TreeMap<>();
        List<ItemDto> implementation = new ArrayList<>();
        for (ProgramItem i : items) {
            if (i.parentId != null) {
                continue;
            }
            ItemDto dto = itemDto(i, children, tasks);
            switch (i.kind) {
                case mission -> missions.add(dto);
                case regular_task -> regular.add(dto);
                case year_task -> years.computeIfAbsent(i.year, y -> new ArrayList<>()).add(dto);
                case implementation -> implementation.add(dto);
            }
        }
        return new ProgramDetail(p.id, p.unionName, p.place, p.termLabel, p.startYear, p.endYear, p.documentNumber,
                p.documentDate, p.title, p.preamble, p.closing, p.signerTitle, p.signer, List.of(p.recipients), p.status,
                p.carriedFromId, missions, regular, years.entrySet().stream().map(e -> new YearDto(e.getKey(), e.getValue())).toList(),
                implementation, p.updatedAt, p.version);
    }

    private static ItemDto itemDto(ProgramItem i, Map<UUID, List<ProgramItem>> children, Map<UUID, List<TaskBrief>> tasks) {
        List<ItemDto> subs = children.getOrDefault(i.id, List.of()).stream()
                .sorted(Comparator.comparingInt(c -> c.position))
                .map(c -> itemDto(c, children, tasks)).toList();
        return new ItemDto(i.id, i.kind, i.label, i.text, i.year, subs, tasks.getOrDefault(i.id, List.of()));
    }

    @Transactional
    public ProgramDetail update(UUID id, String ifMatch, ProgramInput in) {
        Program p = get(id);
        ETags.check(ifMatch, p.version);
        var before = summary(p);
        String number = SearchText.clean(in.documentNumber());
        if (!number.equals(p.documentNumber) && repo.numberTaken(number, p.startYear)) {
            throw ProblemException.conflict("problem.conflict.program-number", number);
        }
        p.title = SearchText.clean(in.title());
        p.unionName = SearchText.clean(in.unionName());
        p.place = SearchText.cleanOptional(in.place());
        p.documentNumber = number;
        p.documentDate = in.documentDate();
        p.preamble = SearchText.cleanOptional(in.preamble());
        p.closing = SearchText.cleanOptional(in.closing());
        p.signerTitle = SearchText.cleanOptional(in.signerTitle());
        p.signer = SearchText.cleanOptional(in.signer());
        p.recipients = in.recipients() == null ? new String[0] : in.recipients().stream().map(SearchText::clean).toArray(String[]::new);
        p.status = in.status();
        p.updatedAt = Instant.now();
        repo.flushRows();
        audit.record(AuditLog.Action.update, ENTITY, id, before, summary(p));
        return detail(p);
    }

    /** Adds a regular task (tracked in every year of the term) or a task of one year. */
    @Transactional
    public ItemDto addTask(UUID programId, String ifMatch, ItemInput in) {
        Program p = forStructureChange(programId, ifMatch);
        if (in.kind() != ItemKind.regular_task && in.kind() != ItemKind.year_task) {
            throw ProblemException.invalidField("kind", "validation.task-kind");
        }
        if (in.kind() == ItemKind.year_task && (in.year() == null || in.year() < p.startYear || in.year() > p.endYear)) {
            throw ProblemException.invalidField("year", "validation.year-in-period", p.startYear, p.endYear);
        }
        Integer year = in.kind() == ItemKind.year_task ? in.year() : null;
        long sameList = repo.items(programId).stream().filter(i -> i.kind == in.kind() && Objects.equals(i.year, year)).count();
        ProgramItem item = newItem(p, in.kind(), null, year, Long.toString(sameList + 1), repo.nextPosition(programId),
                SearchText.clean(in.text()), null);
        createTasks(p, item);
        structureChanged(p);
        audit.record(AuditLog.Action.create, ITEM, item.id, null, Map.of("programId", programId, "kind", item.kind, "text", item.text));
        return itemDto(item, Map.of(), Map.of());
    }

    /** Corrects an item's text (a typo in the import, or the next term's wording). */
    @Transactional
    public ItemDto updateItemText(UUID programId, UUID itemId, String ifMatch, ItemInput in) {
        Program p = forStructureChange(programId, ifMatch);
        ProgramItem item = item(programId, itemId);
        structureChanged(p);
        String before = item.text;
        item.text = SearchText.clean(in.text());
        repo.flushRows();
        audit.record(AuditLog.Action.update, ITEM, itemId, Map.of("text", before), Map.of("text", item.text));
        return itemDto(item, Map.of(), Map.of());
    }

    @Transactional
    public void deleteItem(UUID programId, UUID itemId, String ifMatch) {
        Program p = forStructureChange(programId, ifMatch);
        ProgramItem item = item(programId, itemId);
        if (item.kind != ItemKind.regular_task && item.kind != ItemKind.year_task) {
            throw ProblemException.conflict("problem.conflict.item-not-a-task");
        }
        long reports = repo.progressCountOfItem(itemId);
        if (reports > 0) {
            throw ProblemException.conflict("problem.conflict.item-has-progress", reports);
        }
        structureChanged(p);
        repo.deleteTasksOfItem(itemId);
        repo.removeRow(item);
        audit.record(AuditLog.Action.delete, ITEM, itemId, Map.of("text", item.text), null);
    }

    /** The next term's program (draft): the regular tasks of this one, tracked in each year of the new term. */
    @Transactional
    public ProgramDetail carryOver(UUID programId, CarryOverInput in) {
        Program from = get(programId);
        if (in.endYear() < in.startYear() || in.endYear() - in.startYear() > 10) {
            throw ProblemException.invalidField("endYear", "validation.end-after-start");
        }
        if (in.startYear() < from.startYear + 1) {
            throw ProblemException.invalidField("startYear", "validation.next-term-start", from.startYear + 1);
        }
        String number = SearchText.clean(in.documentNumber());
        if (repo.numberTaken(number, in.startYear())) {
            throw ProblemException.conflict("problem.conflict.program-number", number);
        }
        Program p = new Program();
        p.id = UUID.randomUUID();
        p.unionName = from.unionName;
        p.place = from.place;
        p.termLabel = in.termLabel();
        p.startYear = in.startYear();
        p.endYear = in.endYear();
        p.documentNumber = number;
        p.documentDate = in.documentDate();
        p.title = from.title.replaceAll("(?i)KHÓA\\s+[IVXLC]+", "KHÓA " + in.termLabel())
                .replaceAll("\\d{4}\\s*[-–]\\s*\\d{4}", in.startYear() + "-" + in.endYear());
        p.signerTitle = from.signerTitle;
        p.recipients = from.recipients;
        p.status = ProgramStatus.draft;
        p.carriedFromId = from.id;
        p.createdAt = p.updatedAt = Instant.now();
        repo.persistRow(p);
        int position = 1;
        int label = 1;
        for (ProgramItem i : repo.items(from.id)) {
            if (i.kind == ItemKind.regular_task) {
                createTasks(p, newItem(p, ItemKind.regular_task, null, null, Integer.toString(label++), position++, i.text, null));
            }
        }
        repo.flushRows();
        audit.record(AuditLog.Action.create, ENTITY, p.id, null, summary(p));
        return detail(p);
    }

    /** Stores a parsed document as a new active program with its tracked tasks. */
    public Program create(ParsedProgram doc, String sourceHash) {
        if (repo.numberTaken(doc.documentNumber(), doc.startYear())) {
            throw ProblemException.conflict("problem.conflict.program-number", doc.documentNumber());
        }
        Program p = new Program();
        p.id = UUID.randomUUID();
        p.unionName = doc.unionName() != null ? doc.unionName() : doc.title();
        p.place = doc.place();
        p.termLabel = doc.termLabel();
        p.startYear = doc.startYear();
        p.endYear = doc.endYear();
        p.documentNumber = doc.documentNumber();
        p.documentDate = doc.documentDate();
        p.title = doc.title();
        p.preamble = doc.preamble();
        p.closing = doc.closing();
        p.signerTitle = doc.signerTitle();
        p.signer = doc.signer();
        p.recipients = doc.recipients().toArray(String[]::new);
        p.status = ProgramStatus.active;
        p.sourceHash = sourceHash;
        p.createdAt = p.updatedAt = Instant.now();
        repo.persistRow(p);
        int position = 1;
        for (ParsedProgram.Item m : doc.missions()) {
            ProgramItem mission = newItem(p, ItemKind.mission, null, null, m.label(), position++, m.text(), m.line());
            for (ParsedProgram.Item s : m.subItems()) {
                newItem(p, ItemKind.mission, mission.id, null, s.label(), position++, s.text(), s.line());
            }
        }
        for (ParsedProgram.Item r : doc.regularTasks()) {
            createTasks(p, newItem(p, ItemKind.regular_task, null, null, r.label(), position++, r.text(), r.line()));
        }
        for (ParsedProgram.YearBlock y : doc.years()) {
            for (ParsedProgram.Item t : y.items()) {
                createTasks(p, newItem(p, ItemKind.year_task, null, y.year(), t.label(), position++, t.text(), t.line()));
            }
        }
        for (ParsedProgram.Item i : doc.implementation()) {
            newItem(p, ItemKind.implementation, null, null, i.label(), position++, i.text(), i.line());
        }
        repo.flushRows();
        audit.record(AuditLog.Action.create, ENTITY, p.id, null, summary(p));
        return p;
    }

    private ProgramItem newItem(Program p, ItemKind kind, UUID parent, Integer year, String label, int position, String text, Integer line) {
        ProgramItem i = new ProgramItem();
        i.id = UUID.randomUUID();
        i.programId = p.id;
        i.kind = kind;
        i.parentId = parent;
        i.year = year;
        i.label = label;
        i.position = position;
        i.text = text;
        i.sourceLine = line;
        repo.persistRow(i);
        return i;
    }

    /** One tracked task per year of the term for a regular task; one for a task of a given year. */
    private void createTasks(Program p, ProgramItem item) {
        int first = item.kind == ItemKind.year_task ? item.year : p.startYear;
        int last = item.kind == ItemKind.year_task ? item.year : p.endYear;
        for (int year = first; year <= last; year++) {
            ProgramTask t = new ProgramTask();
            t.id = UUID.randomUUID();
            t.programId = p.id;
            t.itemId = item.id;
            t.year = year;
            t.plannedStart = LocalDate.of(year, 1, 1);
            t.plannedEnd = LocalDate.of(year, 12, 31);
            t.status = TaskStatus.not_started;
            t.createdAt = t.updatedAt = Instant.now();
            repo.persistRow(t);
        }
    }

    /** The program whose structure is about to change, at the version the client saw (its version moves in {@link #structureChanged}). */
    private Program forStructureChange(UUID programId, String ifMatch) {
        Program p = get(programId);
        ETags.check(ifMatch, p.version);
        return p;
    }

    /** Moves the program's version once the change passed its checks: a forced increment registered before a refusal
     *  would stay pending in the rolled-back session (Hibernate's HHH90010101). */
    private void structureChanged(Program p) {
        repo.bumpVersion(p);
        p.updatedAt = Instant.now();
    }

    private ProgramItem item(UUID programId, UUID itemId) {
        ProgramItem item = repo.findRow(ProgramItem.class, itemId);
        if (item == null || !item.programId.equals(programId)) {
            throw ProblemException.notFound(ITEM, itemId);
        }
        return item;
    }

    /** The newest programs first (by start year), at most {@code limit}: the executive dashboard picks the current one. */
    public List<ProgramSummary> newestFirst(int limit) {
        return list(PageRequest.ordered(1, limit, "p.startYear desc, p.id asc")).items();
    }
}
