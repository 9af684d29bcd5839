package vn.lhh.contest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.lhh.common.export.Column;
import vn.lhh.common.export.Export;
import vn.lhh.contest.Award;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.dto.ContestDtos.EntrySummary;
import vn.lhh.contest.dto.JudgingDtos.ResultCategory;
import vn.lhh.contest.dto.JudgingDtos.ResultEntry;
import vn.lhh.contest.dto.JudgingDtos.ResultsDto;

/**
 * The contest's lists as spreadsheets. Authors are minors: each export has exactly the columns of the
 * list it comes from (the entries list's names, school and district; the results' consent rule), never
 * a date of birth, grade, commune or contact.
 */
public final class ContestExport {
    private ContestExport() {
    }

    public static final Export<EntrySummary> ENTRIES = Export.of("Danh sách bài dự thi",
            Column.text("Mã bài", "Code", 10, EntrySummary::code),
            Column.integer("Số", "Number", 6, EntrySummary::number),
            Column.text("Lĩnh vực", "Category", 22, e -> e.category().name()),
            Column.text("Tên bài dự thi", "Title", 45, EntrySummary::title),
            Column.text("Tác giả", "Authors", 35, e -> String.join("; ", e.authorNames())),
            Column.text("Trường", "School", 30, EntrySummary::school),
            Column.text("Huyện/Thị xã/Thành phố", "District", 22, EntrySummary::district),
            Column.label("Trạng thái", "Status", 16, (e, l) -> status(e.status(), l)),
            Column.label("Giải", "Award", 18, (e, l) -> award(e.award(), null, l)),
            Column.dateTime("Ngày nộp", "Submitted at", EntrySummary::submittedAt),
            Column.dateTime("Cập nhật", "Updated at", EntrySummary::updatedAt));

    /** One row of the results: an awarded entry with its category. */
    public record ResultLine(String category, ResultEntry entry) {
    }

    public static final Export<ResultLine> RESULTS = Export.of("Kết quả cuộc thi",
            Column.text("Lĩnh vực", "Category", 22, ResultLine::category),
            Column.text("Mã bài", "Code", 10, r -> r.entry().code()),
            Column.integer("Số", "Number", 6, r -> r.entry().number()),
            Column.text("Tên bài dự thi", "Title", 45, r -> r.entry().title()),
            Column.label("Giải", "Award", 22, (r, l) -> award(r.entry().award(), r.entry().awardName(), l)),
            Column.yesNo("Đề cử toàn quốc", "Nominated", r -> r.entry().nominated()),
            Column.label("Tác giả", "Authors", 35, (r, l) -> r.entry().authorsWithheld()
                    ? Column.pick(l, "(không công bố)", "(withheld)")
                    : r.entry().authors().stream().map(a -> a.fullName()).collect(Collectors.joining("; "))),
            Column.text("Trường", "School", 30, r -> r.entry().school()),
            Column.text("Huyện/Thị xã/Thành phố", "District", 22, r -> r.entry().district()));

    /** The results by category, in the order the results give them (award, then number). */
    public static List<ResultLine> lines(ResultsDto results) {
        List<ResultLine> lines = new ArrayList<>();
        for (ResultCategory c : results.categories()) {
            c.entries().forEach(e -> lines.add(new ResultLine(c.category().name(), e)));
        }
        return lines;
    }

    public static String resultsFileBase(ResultsDto results) {
        return RESULTS.title() + " " + results.year();
    }

    static String status(EntryStatus s, Locale l) {
        return switch (s) {
            case draft -> Column.pick(l, "Nháp", "Draft");
            case submitted -> Column.pick(l, "Đã nộp", "Submitted");
            case eligible -> Column.pick(l, "Hợp lệ", "Eligible");
            case rejected -> Column.pick(l, "Không hợp lệ", "Rejected");
            case judged -> Column.pick(l, "Đã chấm", "Judged");
            case awarded -> Column.pick(l, "Đạt giải", "Awarded");
            case nominated -> Column.pick(l, "Đề cử toàn quốc", "Nominated");
        };
    }

    static String award(Award a, String name, Locale l) {
        if (a == null) {
            return null;
        }
        return switch (a) {
            case first -> Column.pick(l, "Giải Nhất", "First prize");
            case second -> Column.pick(l, "Giải Nhì", "Second prize");
            case third -> Column.pick(l, "Giải Ba", "Third prize");
            case consolation -> Column.pick(l, "Giải Khuyến khích", "Consolation prize");
            case special -> name != null ? name : Column.pick(l, "Giải đặc biệt", "Special prize");
        };
    }
}
