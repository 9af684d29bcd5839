package vn.lhh.contest.service;

import java.util.ArrayList;
import java.util.List;
import vn.lhh.common.export.Column;
import vn.lhh.common.export.Export;
import vn.lhh.common.export.Rows;
import vn.lhh.contest.Award;
import vn.lhh.contest.EntryAuthor;
import vn.lhh.contest.Supervisor;

/**
 * The list of entries nominated for the national contest, in the columns of the national organisers'
 * form: one row per author (an entry of three pupils is three rows, numbered on). The form's headers
 * are Vietnamese whatever the request's language: the national organisers read them.
 */
public final class NominationExport {
    public static final List<Column<Line>> COLUMNS = List.of(
            Column.integer("STT", "STT", 5, Line::number),
            Column.text("Mã bài", "Mã bài", 10, l -> l.nominee().code()),
            Column.text("Tên bài dự thi", "Tên bài dự thi", 40, l -> l.nominee().title()),
            Column.text("Lĩnh vực", "Lĩnh vực", 20, l -> l.nominee().category()),
            Column.text("Họ và tên tác giả", "Họ và tên tác giả", 25, l -> l.author().fullName()),
            Column.date("Ngày sinh", "Ngày sinh", l -> l.author().dateOfBirth()),
            Column.text("Giới tính", "Giới tính", 8, l -> gender(l.author().gender())),
            Column.integer("Lớp", "Lớp", 5, l -> l.author().grade()),
            Column.text("Trường", "Trường", 30, l -> l.author().school()),
            Column.text("Xã/Phường", "Xã/Phường", 20, l -> l.author().commune()),
            Column.text("Huyện/Thị xã/Thành phố", "Huyện/Thị xã/Thành phố", 22, l -> l.author().district()),
            Column.text("Giáo viên hướng dẫn", "Giáo viên hướng dẫn", 25, l -> l.nominee().supervisor() == null ? null : l.nominee().supervisor().fullName()),
            Column.text("Điện thoại GVHD", "Điện thoại GVHD", 15, l -> l.nominee().supervisor() == null ? null : l.nominee().supervisor().phone()),
            Column.text("Giải cấp tỉnh", "Giải cấp tỉnh", 18, l -> award(l.nominee().award(), l.nominee().awardName())),
            Column.text("Ghi chú", "Ghi chú", 25, l -> l.nominee().note()));

    private NominationExport() {
    }

    public record Nominee(String code, String title, String category, List<EntryAuthor> authors, Supervisor supervisor, Award award,
                          String awardName, String note) {
    }

    public record Sheet(int year, List<Nominee> nominees) {
    }

    /** One row: the n-th author over the whole list. */
    public record Line(int number, Nominee nominee, EntryAuthor author) {
    }

    public static Export<Line> export(Sheet sheet) {
        return new Export<>("Đề cử toàn quốc " + sheet.year(), COLUMNS);
    }

    /** An edition's nominees are a few dozen: they are read at once, the file still streams. */
    public static Rows<Line> rows(Sheet sheet) {
        List<Line> lines = new ArrayList<>();
        int n = 0;
        for (Nominee x : sheet.nominees()) {
            for (EntryAuthor a : x.authors()) {
                lines.add(new Line(++n, x, a));
            }
        }
        return Rows.of(lines);
    }

    public static String fileBase(Sheet sheet) {
        return "de-cu-toan-quoc-" + sheet.year();
    }

    static String gender(String g) {
        if (g == null) {
            return "";
        }
        return switch (g) {
            case "female" -> "Nữ";
            case "male" -> "Nam";
            default -> "Khác";
        };
    }

    /** The award as the province's decision names it. */
    public static String award(Award a, String name) {
        if (a == null) {
            return "";
        }
        return switch (a) {
            case first -> "Giải Nhất";
            case second -> "Giải Nhì";
            case third -> "Giải Ba";
            case consolation -> "Giải Khuyến khích";
            case special -> name == null ? "Giải đặc biệt" : name;
        };
    }
}
