package vn.lhh.association.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import vn.lhh.association.AssociationStatus;
import vn.lhh.association.CongressStatus;
import vn.lhh.common.export.Column;
import vn.lhh.common.export.Export;

/** The association list as a spreadsheet: the directory's columns plus the current term and its congress. */
public final class AssociationExport {
    private AssociationExport() {
    }

    /** One association with its latest term (null when none is recorded). */
    public record Row(String name, String abbreviation, String field, AssociationStatus status, int memberCount, LocalDate foundedOn,
                      Integer termNumber, LocalDate termStart, LocalDate termEnd, CongressStatus congressStatus,
                      String contactEmail, String contactPhone, Instant updatedAt) {
    }

    public static final Export<Row> EXPORT = Export.of("Danh sách hội",
            Column.text("Tên hội", "Name", 40, Row::name),
            Column.text("Tên viết tắt", "Abbreviation", 12, Row::abbreviation),
            Column.text("Lĩnh vực", "Field", 20, Row::field),
            Column.label("Trạng thái", "Status", 16, (r, l) -> status(r.status(), l)),
            Column.integer("Số hội viên", "Members", 12, Row::memberCount),
            Column.date("Ngày thành lập", "Founded on", Row::foundedOn),
            Column.integer("Nhiệm kỳ", "Term", 10, Row::termNumber),
            Column.date("Bắt đầu nhiệm kỳ", "Term start", Row::termStart),
            Column.date("Hết nhiệm kỳ", "Term end", Row::termEnd),
            Column.label("Đại hội", "Congress", 22, (r, l) -> congress(r.congressStatus(), l)),
            Column.text("Thư điện tử", "Email", 25, Row::contactEmail),
            Column.text("Điện thoại", "Phone", 15, Row::contactPhone),
            Column.dateTime("Cập nhật lúc", "Updated at", Row::updatedAt));

    static String status(AssociationStatus s, Locale l) {
        return switch (s) {
            case active -> Column.pick(l, "Đang hoạt động", "Active");
            case suspended -> Column.pick(l, "Tạm ngừng", "Suspended");
            case dissolved -> Column.pick(l, "Đã giải thể", "Dissolved");
        };
    }

    static String congress(CongressStatus s, Locale l) {
        return switch (s) {
            case no_term -> Column.pick(l, "Chưa có nhiệm kỳ", "No term");
            case not_due -> Column.pick(l, "Chưa đến hạn", "Not due");
            case due -> Column.pick(l, "Sắp đến hạn đại hội", "Congress due");
            case overdue -> Column.pick(l, "Quá hạn đại hội", "Congress overdue");
            case held -> Column.pick(l, "Đã tổ chức đại hội", "Congress held");
        };
    }
}
