package vn.lhh.expert.service;

import java.time.LocalDate;
import vn.lhh.common.export.Column;
import vn.lhh.common.export.Export;
import vn.lhh.expert.Availability;
import vn.lhh.expert.Membership;

/** The expert network as a spreadsheet: what the directory shows the caller, one row per profile. */
public final class ExpertExport {
    private ExpertExport() {
    }

    /** A profile as the caller may see it (availability is null when hidden from them). */
    public record Row(String fullName, String titleCode, String degreeCode, String fields, String position, String organisation,
                      Availability availability, LocalDate busyUntil, Membership membership) {
    }

    public static final Export<Row> EXPORT = Export.of("Danh sách chuyên gia",
            Column.text("Họ và tên", "Full name", 28, Row::fullName),
            Column.text("Học hàm", "Title", 10, Row::titleCode),
            Column.text("Học vị", "Degree", 10, Row::degreeCode),
            Column.text("Lĩnh vực chuyên môn", "Fields of expertise", 40, Row::fields),
            Column.text("Chức vụ", "Position", 25, Row::position),
            Column.text("Cơ quan", "Organisation", 30, Row::organisation),
            Column.label("Tình trạng", "Availability", 14, (r, l) -> r.availability() == null ? null : switch (r.availability()) {
                case available -> Column.pick(l, "Sẵn sàng", "Available");
                case busy -> Column.pick(l, "Đang bận", "Busy");
                case retired -> Column.pick(l, "Đã nghỉ", "Retired");
            }),
            Column.date("Bận đến", "Busy until", Row::busyUntil),
            Column.label("Thành viên mạng lưới", "Membership", 18, (r, l) -> switch (r.membership()) {
                case active -> Column.pick(l, "Thành viên", "Member");
                case proposed -> Column.pick(l, "Đang đề xuất", "Proposed");
            }));
}
