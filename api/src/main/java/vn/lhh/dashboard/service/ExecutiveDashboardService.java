package vn.lhh.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.association.CongressStatus;
import vn.lhh.association.dto.AssociationSummary;
import vn.lhh.association.service.AssociationService;
import vn.lhh.bulletin.dto.BulletinDtos.IssueSummary;
import vn.lhh.bulletin.service.BulletinService;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.consultation.service.ConsultationService;
import vn.lhh.contest.service.ContestStatistics;
import vn.lhh.contest.service.EditionService;
import vn.lhh.program.report.ProgramReportService;
import vn.lhh.program.report.ProgramStatistics;
import vn.lhh.program.dto.ProgramDtos.ProgramSummary;
import vn.lhh.program.service.ProgramService;
import vn.lhh.registry.service.RegistryService;
import vn.lhh.dashboard.dto.ExecutiveDashboard;

/** Gathers the executive dashboard from each feature's own service (never their tables). */
@ApplicationScoped
public class ExecutiveDashboardService {
    static final int ITEMS = 5;

    @Inject
    ProgramService programs;
    @Inject
    ProgramReportService programReports;
    @Inject
    ConsultationService consultations;
    @Inject
    AssociationService associations;
    @Inject
    BulletinService bulletins;
    @Inject
    EditionService editions;
    @Inject
    ContestStatistics contestStatistics;
    @Inject
    RegistryService registry;

    @ConfigProperty(name = "lhh.congress.due-window-months")
    int dueWindowMonths;

    public ExecutiveDashboard build() {
        LocalDate today = ProvinceClock.today();
        return new ExecutiveDashboard(today, program(today), consultations(today), congresses(), bulletin(today), contest(),
                new ExecutiveDashboard.DocumentTile(registry.countOfYear(today.getYear()), registry.recent(ITEMS), "/registry"));
    }

    /** The program whose term covers this year (else the newest), and its tasks of this year. */
    ExecutiveDashboard.ProgramTile program(LocalDate today) {
        int year = today.getYear();
        List<ProgramSummary> all = programs.newestFirst(20);
        ProgramSummary p = all.stream().filter(s -> s.startYear() <= year && year <= s.endYear()).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        if (p == null) {
            return new ExecutiveDashboard.ProgramTile(null, null, null, year, 0, 0, 0, 0, 0, 0, "/programs");
        }
        ProgramStatistics stats = programReports.statistics(p.id());
        var c = stats.byYear().stream().filter(s -> s.key().equals(Integer.toString(year))).findFirst().orElse(null);
        if (c == null) {
            return new ExecutiveDashboard.ProgramTile(p.id(), p.title(), p.documentNumber(), year, 0, 0, 0, 0, 0, 0, "/programs/" + p.id());
        }
        int percent = c.total() == 0 ? 0 : Math.round(c.done() * 100f / c.total());
        return new ExecutiveDashboard.ProgramTile(p.id(), p.title(), p.documentNumber(), year, c.total(), c.done(), c.inProgress(),
                c.notStarted(), c.late(), percent, "/programs/" + p.id());
    }

    ExecutiveDashboard.ConsultationTile consultations(LocalDate today) {
        long[] openAndOverdue = consultations.openAndOverdue(today);
        return new ExecutiveDashboard.ConsultationTile(openAndOverdue[0], openAndOverdue[1], "/consultations", "/consultations?overdue=true");
    }

    ExecutiveDashboard.CongressTile congresses() {
        List<ExecutiveDashboard.CongressItem> items = new ArrayList<>();
        for (AssociationSummary a : associations.byCongressStatus(CongressStatus.overdue, ITEMS)) {
            items.add(item(a, CongressStatus.overdue));
        }
        for (AssociationSummary a : associations.byCongressStatus(CongressStatus.due, ITEMS)) {
            items.add(item(a, CongressStatus.due));
        }
        // the lists give the first items; their totals stop at the count limit, the statistics do not
        var counts = associations.statistics().byCongressStatus();
        long dueCount = counts.stream().filter(c -> c.congressStatus() == CongressStatus.due).mapToLong(c -> c.count()).sum();
        long overdueCount = counts.stream().filter(c -> c.congressStatus() == CongressStatus.overdue).mapToLong(c -> c.count()).sum();
        return new ExecutiveDashboard.CongressTile(dueCount, overdueCount, dueWindowMonths,
                items.subList(0, Math.min(ITEMS, items.size())), "/associations?congressStatus=due");
    }

    private static ExecutiveDashboard.CongressItem item(AssociationSummary a, CongressStatus s) {
        return new ExecutiveDashboard.CongressItem(a.id(), a.name(), a.currentTermEnd(), s, "/associations/" + a.id());
    }

    ExecutiveDashboard.BulletinTile bulletin(LocalDate today) {
        String month = YearMonth.from(today).toString();
        IssueSummary issue = bulletins.issueOfMonth(YearMonth.from(today));
        if (issue == null) {
            return new ExecutiveDashboard.BulletinTile(month, null, null, null, "/bulletin-board");
        }
        return new ExecutiveDashboard.BulletinTile(month, issue.id(), issue.title(), issue.status(), "/bulletin-board/issues/" + issue.id());
    }

    ExecutiveDashboard.ContestTile contest() {
        var e = editions.newest();
        if (e == null) {
            return new ExecutiveDashboard.ContestTile(null, null, null, null, null, null, null, null, "/contest-board");
        }
        long entries = contestStatistics.of(e.id(), false).entries();
        return new ExecutiveDashboard.ContestTile(e.id(), e.name(), e.year(), e.status(), e.phase(), e.registrationCloses(), e.resultsDate(),
                entries, "/contest-board/editions/" + e.id());
    }
}
