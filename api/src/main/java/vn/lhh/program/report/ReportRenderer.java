package vn.lhh.program.report;

import java.util.List;
import java.util.Map;
import vn.lhh.common.document.AdministrativeDocument;
import vn.lhh.common.text.Csv;
import vn.lhh.program.TaskStatus;

/** The annual report as CSV (for spreadsheets) and as a Vietnamese administrative document (HTML, opens in Word). */
public final class ReportRenderer {
    static final Map<TaskStatus, String> STATUS_VI = Map.of(
            TaskStatus.not_started, "Chưa triển khai", TaskStatus.in_progress, "Đang thực hiện", TaskStatus.done, "Hoàn thành",
            TaskStatus.postponed, "Tạm hoãn", TaskStatus.cancelled, "Hủy bỏ");

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

    /** Header with the union's name and number, the national motto, place and date; body; recipients and signature. */
    public static String html(AnnualReport r, String reportNumber) {
        StringBuilder sb = AdministrativeDocument.begin("Báo cáo năm " + r.year(), r.unionName(), reportNumber, r.place(), r.generatedOn());
        sb.append("<h1>BÁO CÁO</h1><div class=\"sub\">Kết quả thực hiện Chương trình hoạt động năm ").append(r.year())
                .append("<br>(theo Chương trình số ").append(esc(r.programNumber())).append(")</div>");
        AnnualReport.Totals t = r.totals();
        sb.append("<h2>Tổng hợp</h2><p>Tổng số nhiệm vụ: ").append(t.total()).append("; hoàn thành: ").append(t.done())
                .append("; đang thực hiện: ").append(t.inProgress()).append("; chưa triển khai: ").append(t.notStarted())
                .append("; tạm hoãn: ").append(t.postponed()).append("; hủy bỏ: ").append(t.cancelled())
                .append("; trễ hạn: ").append(t.late()).append("; có nguy cơ trễ hạn: ").append(t.atRisk()).append(".</p>");
        for (AnnualReport.Section s : r.sections()) {
            sb.append("<h2>").append(esc(s.title())).append("</h2>");
            if (s.leadUnits().isEmpty()) {
                sb.append("<p>Không có nhiệm vụ.</p>");
            }
            for (AnnualReport.LeadUnitGroup g : s.leadUnits()) {
                sb.append("<p><b>Đơn vị chủ trì: ").append(esc(g.leadUnit())).append("</b></p>")
                        .append("<table class=\"tasks\"><tr><th>TT</th><th>Nhiệm vụ</th><th>Kết quả</th><th>Trạng thái</th></tr>");
                for (AnnualReport.Task task : g.tasks()) {
                    var p = task.latestProgress();
                    sb.append("<tr><td>").append(esc(task.label())).append("</td><td>").append(esc(task.text()).replace("\n", "<br>"))
                            .append("</td><td>");
                    if (p != null) {
                        sb.append(esc(p.narrative()).replace("\n", "<br>"));
                        if (!p.evidence().isEmpty()) {
                            sb.append("<br><i>Minh chứng: ").append(esc(String.join(", ", p.evidence().stream().map(e -> e.fileName()).toList())))
                                    .append("</i>");
                        }
                    }
                    sb.append("</td><td>").append(STATUS_VI.get(task.status()));
                    if (task.percent() != null) {
                        sb.append(" (").append(task.percent()).append("%)");
                    }
                    if (task.late()) {
                        sb.append("<br><b>Trễ hạn</b>");
                    }
                    sb.append("</td></tr>");
                }
                sb.append("</table>");
            }
        }
        list(sb, "Nhiệm vụ trễ hạn", r.late());
        list(sb, "Nhiệm vụ có nguy cơ trễ hạn", r.atRisk());
        return AdministrativeDocument.end(sb, r.recipients(), r.signerTitle(), r.signer());
    }

    private static void list(StringBuilder sb, String title, List<AnnualReport.Task> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        sb.append("<h2>").append(title).append("</h2><ul>");
        for (AnnualReport.Task t : tasks) {
            sb.append("<li>").append(esc(t.shortTitle() != null ? t.shortTitle() : abbreviate(t.text())))
                    .append(" — hạn ").append(t.plannedEnd()).append("</li>");
        }
        sb.append("</ul>");
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "…";
    }

    static String esc(String s) {
        return AdministrativeDocument.esc(s);
    }
}
