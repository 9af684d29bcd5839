package vn.lhh.program.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lhh.common.document.AdministrativeDocument;
import vn.lhh.common.document.AdministrativeDocument.Block;
import vn.lhh.common.export.Column;
import vn.lhh.common.export.Export;
import vn.lhh.common.export.Rows;
import vn.lhh.common.text.Csv;
import vn.lhh.program.TaskStatus;

/** The annual report as CSV (for spreadsheets) and as a Vietnamese administrative document (rendered to HTML, .docx and PDF by the document kit). */
public final class ReportRenderer {
    static final Map<TaskStatus, String> STATUS_VI = Map.of(
            TaskStatus.not_started, "Chưa triển khai", TaskStatus.in_progress, "Đang thực hiện", TaskStatus.done, "Hoàn thành",
            TaskStatus.postponed, "Tạm hoãn", TaskStatus.cancelled, "Hủy bỏ");

    static final Map<TaskStatus, String> STATUS_EN = Map.of(
            TaskStatus.not_started, "Not started", TaskStatus.in_progress, "In progress", TaskStatus.done, "Done",
            TaskStatus.postponed, "Postponed", TaskStatus.cancelled, "Cancelled");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReportRenderer() {
    }

    public static String csv(AnnualReport r) {
        StringBuilder sb = new StringBuilder(Csv.BOM);
        Csv.row(sb, "Phần", "Mục", "Nội dung", "Đơn vị chủ trì", "Trạng thái", "Tỷ lệ (%)", "Hạn", "Trễ hạn", "Có nguy cơ trễ",
                "Báo cáo gần nhất", "Nội dung báo cáo", "Minh chứng");
        for (AnnualReport.Section s : r.sections()) {
            for (AnnualReport.LeadUnitGroup g : s.leadUnits()) {
                for (AnnualReport.Task t : g.tasks()) {
                    var p = t.latestProgress();
                    Csv.row(sb, s.title(), t.label(), t.text(), g.leadUnit(), STATUS_VI.get(t.status()),
                            t.percent() == null ? "" : t.percent().toString(), t.plannedEnd().toString(), t.late() ? "có" : "không",
                            t.atRisk() ? "có" : "không", p == null ? "" : p.reportedOn().toString(), p == null ? "" : p.narrative(),
                            p == null ? "" : String.join("; ", p.evidence().stream().map(e -> e.fileName()).toList()));
                }
            }
        }
        return sb.toString();
    }

    /** One row of the report's spreadsheet: a task under its section and lead unit. */
    public record Line(String section, String leadUnit, AnnualReport.Task task) {
    }

    /** The report as a spreadsheet: the columns of the CSV, typed (percent as a number, dates as dates). */
    public static final Export<Line> EXPORT = Export.of("Báo cáo chương trình công tác",
            Column.text("Phần", "Section", 30, Line::section),
            Column.text("Mục", "Item", 6, l -> l.task().label()),
            Column.text("Nội dung", "Task", 60, l -> l.task().text()),
            Column.text("Đơn vị chủ trì", "Lead unit", 28, Line::leadUnit),
            Column.label("Trạng thái", "Status", 16, (l, loc) -> Column.pick(loc, STATUS_VI.get(l.task().status()), STATUS_EN.get(l.task().status()))),
            Column.integer("Tỷ lệ (%)", "Progress (%)", 10, l -> l.task().percent()),
            Column.date("Hạn", "Planned end", l -> l.task().plannedEnd()),
            Column.yesNo("Trễ hạn", "Late", l -> l.task().late()),
            Column.yesNo("Có nguy cơ trễ", "At risk", l -> l.task().atRisk()),
            Column.date("Báo cáo gần nhất", "Latest report", l -> l.task().latestProgress() == null ? null : l.task().latestProgress().reportedOn()),
            Column.text("Nội dung báo cáo", "Report", 50, l -> l.task().latestProgress() == null ? null : l.task().latestProgress().narrative()),
            Column.text("Minh chứng", "Evidence", 30, l -> l.task().latestProgress() == null ? null
                    : String.join("; ", l.task().latestProgress().evidence().stream().map(e -> e.fileName()).toList())));

    /** The report's tasks in the document's order: section, lead unit, task. */
    public static Rows<Line> lines(AnnualReport r) {
        List<Line> lines = new ArrayList<>();
        for (AnnualReport.Section s : r.sections()) {
            for (AnnualReport.LeadUnitGroup g : s.leadUnits()) {
                for (AnnualReport.Task t : g.tasks()) {
                    lines.add(new Line(s.title(), g.leadUnit(), t));
                }
            }
        }
        return Rows.of(lines);
    }

    /** The report as an administrative document: totals, a table of tasks per section and lead unit, late and at-risk tasks. */
    public static AdministrativeDocument document(AnnualReport r, String reportNumber) {
        List<Block> body = new ArrayList<>();
        AnnualReport.Totals t = r.totals();
        body.add(Block.heading("Tổng hợp"));
        body.add(Block.paragraph("Tổng số nhiệm vụ: " + t.total() + "; hoàn thành: " + t.done() + "; đang thực hiện: " + t.inProgress()
                + "; chưa triển khai: " + t.notStarted() + "; tạm hoãn: " + t.postponed() + "; hủy bỏ: " + t.cancelled() + "; trễ hạn: " + t.late()
                + "; có nguy cơ trễ hạn: " + t.atRisk() + "."));
        for (AnnualReport.Section s : r.sections()) {
            body.add(Block.heading(s.title()));
            if (s.leadUnits().isEmpty()) {
                body.add(Block.paragraph("Không có nhiệm vụ."));
            }
            for (AnnualReport.LeadUnitGroup g : s.leadUnits()) {
                body.add(Block.paragraph("Đơn vị chủ trì: " + g.leadUnit(), true, false, false));
                List<List<String>> rows = new ArrayList<>();
                for (AnnualReport.Task task : g.tasks()) {
                    var p = task.latestProgress();
                    String result = p == null ? "" : p.narrative()
                            + (p.evidence().isEmpty() ? "" : "\nMinh chứng: " + String.join(", ", p.evidence().stream().map(e -> e.fileName()).toList()));
                    String status = STATUS_VI.get(task.status()) + (task.percent() == null ? "" : " (" + task.percent() + "%)")
                            + (task.late() ? "\nTrễ hạn" : "");
                    rows.add(List.of(task.label(), task.text(), result, status));
                }
                body.add(Block.table(List.of("TT", "Nhiệm vụ", "Kết quả", "Trạng thái"), rows, List.of(8, 42, 32, 18)));
            }
        }
        list(body, "Nhiệm vụ trễ hạn", r.late());
        list(body, "Nhiệm vụ có nguy cơ trễ hạn", r.atRisk());
        return new AdministrativeDocument("Báo cáo năm " + r.year(), r.unionName(), reportNumber, r.place(), r.generatedOn(), "BÁO CÁO",
                "Kết quả thực hiện Chương trình hoạt động năm " + r.year() + "\n(theo Chương trình số " + r.programNumber() + ")", List.of(), body,
                AdministrativeDocument.Signature.of(r.signerTitle(), r.signer()), r.recipients(), false);
    }

    private static void list(List<Block> body, String title, List<AnnualReport.Task> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        body.add(Block.heading(title));
        body.add(Block.list(tasks.stream().map(t -> (t.shortTitle() != null ? t.shortTitle() : abbreviate(t.text())) + " — hạn "
                + DATE.format(t.plannedEnd())).toList()));
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "…";
    }
}
