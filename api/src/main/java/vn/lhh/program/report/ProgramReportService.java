package vn.lhh.program.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.program.ItemKind;
import vn.lhh.program.Program;
import vn.lhh.program.ProgramItem;
import vn.lhh.program.ProgramRepository;
import vn.lhh.program.ProgramTask;
import vn.lhh.program.TaskProgress;
import vn.lhh.program.TaskStatus;
import vn.lhh.program.dto.ProgramDtos.EvidenceDto;
import vn.lhh.program.dto.ProgramDtos.ProgressDto;
import vn.lhh.program.service.ProgramService;
import vn.lhh.program.service.ProgramTaskService;
import vn.lhh.program.service.TaskRules;

/** Builds the annual report and the progress statistics of a program. */
@ApplicationScoped
public class ProgramReportService {
    static final String NO_LEAD_UNIT = "Chưa phân công đơn vị chủ trì";

    @Inject
    ProgramService programs;
    @Inject
    ProgramTaskService tasks;
    @Inject
    ProgramRepository repo;

    public AnnualReport annual(UUID programId, int year) {
        Program p = programs.get(programId);
        if (year < p.startYear || year > p.endYear) {
            throw ProblemException.invalidField("year", "validation.year-in-period", p.startYear, p.endYear);
        }
        LocalDate today = ProvinceClock.today();
        List<Object[]> rows = tasks.tasksOfYear(programId, year);
        Map<UUID, TaskProgress> latest = tasks.latestProgress(rows.stream().map(r -> ((ProgramTask) r[0]).id).toList());
        Map<UUID, List<EvidenceDto>> evidence = tasks.evidenceOf(latest.values().stream().map(pr -> pr.id).toList());
        Map<ItemKind, Map<String, List<AnnualReport.Task>>> grouped = new LinkedHashMap<>();
        grouped.put(ItemKind.regular_task, new TreeMap<>());
        grouped.put(ItemKind.year_task, new TreeMap<>());
        List<AnnualReport.Task> all = new ArrayList<>();
        for (Object[] r : rows) {
            ProgramTask t = (ProgramTask) r[0];
            ProgramItem i = (ProgramItem) r[1];
            TaskProgress lp = latest.get(t.id);
            ProgressDto progress = lp == null ? null : new ProgressDto(lp.id, lp.reportedOn, lp.percent, lp.milestone, lp.narrative,
                    lp.reportedBy, lp.createdAt, evidence.getOrDefault(lp.id, List.of()));
            AnnualReport.Task task = new AnnualReport.Task(t.id, i.kind, i.label, i.text, t.shortTitle, t.leadUnit, t.status,
                    t.latestPercent, t.plannedEnd, TaskRules.late(t, today), TaskRules.atRisk(t, today), progress);
            all.add(task);
            grouped.get(i.kind).computeIfAbsent(t.leadUnit == null ? NO_LEAD_UNIT : t.leadUnit, k -> new ArrayList<>()).add(task);
        }
        List<AnnualReport.Section> sections = new ArrayList<>();
        grouped.forEach((kind, byUnit) -> sections.add(new AnnualReport.Section(kind,
                kind == ItemKind.regular_task ? "I. Nhiệm vụ thường xuyên hằng năm" : "II. Nhiệm vụ trọng tâm năm " + year,
                byUnit.entrySet().stream().map(e -> new AnnualReport.LeadUnitGroup(e.getKey(), e.getValue())).toList())));
        AnnualReport.Totals totals = new AnnualReport.Totals(all.size(), count(all, TaskStatus.done), count(all, TaskStatus.in_progress),
                count(all, TaskStatus.not_started), count(all, TaskStatus.postponed), count(all, TaskStatus.cancelled),
                (int) all.stream().filter(AnnualReport.Task::late).count(), (int) all.stream().filter(AnnualReport.Task::atRisk).count());
        return new AnnualReport(p.id, p.unionName, p.place, p.documentNumber, p.title, year, today, totals, sections,
                all.stream().filter(AnnualReport.Task::late).toList(), all.stream().filter(AnnualReport.Task::atRisk).toList(),
                List.of(p.recipients), p.signerTitle, p.signer);
    }

    private static int count(List<AnnualReport.Task> tasks, TaskStatus status) {
        return (int) tasks.stream().filter(t -> t.status() == status).count();
    }

    public ProgramStatistics statistics(UUID programId) {
        programs.get(programId);
        LocalDate today = ProvinceClock.today();
        List<ProgramTask> all = repo.tasksOfProgram(programId);
        Map<UUID, ItemKind> kinds = new HashMap<>();
        repo.items(programId).forEach(i -> kinds.put(i.id, i.kind));
        return new ProgramStatistics(counts(all, t -> Integer.toString(t.year), today),
                counts(all, t -> kinds.get(t.itemId).name(), today));
    }

    private static List<ProgramStatistics.StatusCounts> counts(List<ProgramTask> all, Function<ProgramTask, String> key, LocalDate today) {
        Map<String, int[]> acc = new TreeMap<>();
        for (ProgramTask t : all) {
            int[] c = acc.computeIfAbsent(key.apply(t), k -> new int[7]);
            c[0]++;
            c[1 + t.status.ordinal()]++;
            if (TaskRules.late(t, today)) {
                c[6]++;
            }
        }
        return acc.entrySet().stream().map(e -> {
            int[] c = e.getValue();
            return new ProgramStatistics.StatusCounts(e.getKey(), c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
        }).toList();
    }
}
