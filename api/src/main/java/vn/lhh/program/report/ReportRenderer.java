package vn.lhh.program.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.lhh.program.TaskStatus;

/** The annual report as CSV (for spreadsheets) and as a Vietnamese administrative document (HTML, opens in Word). */
public final class ReportRenderer {
    static final Map<TaskStatus, String> STATUS_VI = Map.of(
            TaskStatus.not_started, "Chưa triển khai", TaskStatus.in_progress, "Đang thực hiện", TaskStatus.done, "Hoàn thành",
            TaskStatus.postponed, "Tạm hoãn", TaskStatus.cancelled, "Hủy bỏ");

    private ReportRenderer() {
    }

    public static String csv(AnnualReport r) {
        StringBuilder sb = new StringBuilder("\uFEFF"); // so that spreadsheet programs read UTF-8 Vietnamese
        row(sb, "Phần", "Mục", "Nội dung", "Đơn vị chủ trì", "Trạng thái", "Tỷ lệ (%)", "Hạn", "Trễ hạn", "Có nguy cơ trễ",
                "Báo cáo gần nhất", "Nội dung báo cáo", "Minh chứng");
        for (AnnualReport.Section s : r.sections()) {
            for (AnnualReport.LeadUnitGroup g : s.leadUnits()) {
                for (AnnualReport.Task t : g.tasks()) {
                    var p = t.latestProgress();
                    row(sb, s.title(), t.label(), t.text(), g.leadUnit(), STATUS_VI.get(t.status()),
                            t.percent() == null ? "" : t.percent().toString(), t.plannedEnd().toString(), t.late() ? "có" : "không",
                            t.atRisk() ? "có" : "không", p == null ? "" : p.reportedOn().toString(), p == null ? "" : p.narrative(),
                            p == null ? "" : String.join("; ", p.evidence().stream().map(e -> e.fileName()).toList()));
                }
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            // a leading = + - @ would be read as a formula by spreadsheet programs
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            sb.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        sb.append("\r\n");
    }

    /** Header with the union's name and number, the national motto, place and date; body; recipients and signature. */
    public static String html(AnnualReport r, String reportNumber) {
        LocalDate d = r.generatedOn();
        String place = r.place() == null ? "" : r.place();
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Báo cáo năm ").append(r.year())
                .append("</title><style>")
                .append("@page{size:A4;margin:2cm 1.5cm 2cm 3cm}body{font-family:'Times New Roman',serif;font-size:13pt;line-height:1.4}")
                .append("table.head{width:100%;border:0}table.head td{vertical-align:top;text-align:center;width:50%}")
                .append(".caps{text-transform:uppercase;font-weight:bold}.motto{font-weight:bold;text-decoration:underline}")
                .append("h1{text-align:center;font-size:14pt;margin:18pt 0 0}h2{font-size:13pt}.sub{text-align:center;font-weight:bold}")
                .append("table.tasks{width:100%;border-collapse:collapse;font-size:12pt}table.tasks td,table.tasks th{border:1px solid #000;padding:3pt;vertical-align:top}")
                .append(".sign{width:100%;margin-top:24pt}.sign td{vertical-align:top;width:50%}.right{text-align:center}")
                .append("</style></head><body>");
        sb.append("<table class=\"head\"><tr><td><div class=\"caps\">").append(esc(r.unionName())).append("</div>")
                .append("<div>Số: ").append(esc(reportNumber)).append("</div></td>")
                .append("<td><div class=\"caps\">Cộng hòa xã hội chủ nghĩa Việt Nam</div><div class=\"motto\">Độc lập - Tự do - Hạnh phúc</div>")
                .append("<div><i>").append(esc(place)).append(place.isEmpty() ? "" : ", ").append("ngày ").append(d.getDayOfMonth())
                .append(" tháng ").append(d.getMonthValue()).append(" năm ").append(d.getYear()).append("</i></div></td></tr></table>");
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
        sb.append("<table class=\"sign\"><tr><td><b><i>Nơi nhận:</i></b><br>");
        for (String recipient : r.recipients()) {
            sb.append("- ").append(esc(recipient)).append(";<br>");
        }
        sb.append("</td><td class=\"right\"><b>").append(esc(r.signerTitle() == null ? "" : r.signerTitle()).replace("\n", "<br>"))
                .append("</b><br><br><br><br><b>").append(esc(r.signer() == null ? "" : r.signer())).append("</b></td></tr></table>");
        return sb.append("</body></html>").toString();
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
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
