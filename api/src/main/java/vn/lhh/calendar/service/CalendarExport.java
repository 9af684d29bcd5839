package vn.lhh.calendar.service;

import java.util.Locale;
import vn.lhh.calendar.EventKind;
import vn.lhh.calendar.Visibility;
import vn.lhh.calendar.dto.CalendarDtos.EventDto;
import vn.lhh.calendar.dto.CalendarDtos.RegistrationDto;
import vn.lhh.common.export.Column;
import vn.lhh.common.export.Export;

/** The calendar of a range of days as a spreadsheet, one row per event the caller may see. */
public final class CalendarExport {
    private CalendarExport() {
    }

    public static final Export<EventDto> EXPORT = Export.of("Lịch công tác",
            Column.label("Loại", "Kind", 12, (e, l) -> kind(e.kind(), l)),
            Column.text("Nội dung", "Title", 45, EventDto::title),
            Column.dateTime("Bắt đầu", "Starts at", EventDto::startsAt),
            Column.dateTime("Kết thúc", "Ends at", EventDto::endsAt),
            Column.text("Địa điểm", "Place", 30, EventDto::place),
            Column.text("Chủ trì", "Chairperson", 22, EventDto::chairName),
            Column.integer("Thành phần", "Participants", 11, e -> e.participants().size()),
            Column.integer("Đã đăng ký", "Registered", 11, e -> e.registration() == null ? null : e.registration().registered()),
            Column.integer("Số chỗ", "Capacity", 9, e -> e.registration() == null ? null : e.registration().capacity()),
            Column.label("Phạm vi", "Visibility", 14, (e, l) -> visibility(e.visibility(), l)),
            Column.integer("Trùng lịch", "Conflicts", 10, e -> e.conflicts().size()));

    /** A workshop's registrants, in order of registration. */
    public static final Export<RegistrationDto> REGISTRANTS = Export.of("Danh sách đăng ký hội thảo",
            Column.text("Họ và tên", "Full name", 28, RegistrationDto::fullName),
            Column.text("Thư điện tử", "E-mail", 30, RegistrationDto::email),
            Column.text("Cơ quan, đơn vị", "Organisation", 35, RegistrationDto::organisation),
            Column.text("Tài khoản", "Username", 14, RegistrationDto::username),
            Column.dateTime("Thời điểm đăng ký", "Registered at", RegistrationDto::createdAt));

    static String kind(EventKind k, Locale l) {
        return switch (k) {
            case meeting -> Column.pick(l, "Họp", "Meeting");
            case work -> Column.pick(l, "Công tác", "Work");
            case workshop -> Column.pick(l, "Hội thảo", "Workshop");
        };
    }

    static String visibility(Visibility v, Locale l) {
        return switch (v) {
            case everyone -> Column.pick(l, "Công khai", "Everyone");
            case members -> Column.pick(l, "Thành viên", "Members");
            case office -> Column.pick(l, "Cơ quan", "Office");
            case participants -> Column.pick(l, "Người tham dự", "Participants");
        };
    }
}
