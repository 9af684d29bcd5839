package vn.lhh.contest.service;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.lhh.common.files.Xlsx;
import vn.lhh.common.text.Csv;
import vn.lhh.contest.Award;
import vn.lhh.contest.EntryAuthor;
import vn.lhh.contest.Supervisor;

/**
 * The list of entries nominated for the national contest, in the columns of the national organisers'
 * form: one row per author (an entry of three pupils is three rows, numbered on), dates as dd/MM/yyyy.
 */
public final class NominationExport {
    public static final List<String> HEADER = List.of("STT", "Mã bài", "Tên bài dự thi", "Lĩnh vực", "Họ và tên tác giả", "Ngày sinh", "Giới tính",
            "Lớp", "Trường", "Xã/Phường", "Huyện/Thị xã/Thành phố", "Giáo viên hướng dẫn", "Điện thoại GVHD", "Giải cấp tỉnh", "Ghi chú");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private NominationExport() {
    }

    public record Nominee(String code, String title, String category, List<EntryAuthor> authors, Supervisor supervisor, Award award,
                          String awardName, String note) {
    }

    public record Sheet(int year, List<Nominee> nominees) {
    }

    public static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        int n = 0;
        for (Nominee x : sheet.nominees()) {
            for (EntryAuthor a : x.authors()) {
                n++;
                rows.add(List.of(Integer.toString(n), x.code(), x.title(), x.category(), a.fullName(),
                        a.dateOfBirth() == null ? "" : DATE.format(a.dateOfBirth()), gender(a.gender()),
                        a.grade() == null ? "" : a.grade().toString(), a.school(), nz(a.commune()), nz(a.district()),
                        x.supervisor() == null ? "" : x.supervisor().fullName(), x.supervisor() == null ? "" : nz(x.supervisor().phone()),
                        award(x.award(), x.awardName()), nz(x.note())));
            }
        }
        return rows;
    }

    public static String csv(Sheet sheet) {
        StringBuilder sb = new StringBuilder(Csv.BOM);
        rows(sheet).forEach(r -> Csv.row(sb, r));
        return sb.toString();
    }

    public static byte[] xlsx(Sheet sheet) {
        return Xlsx.write("De cu " + sheet.year(), rows(sheet));
    }

    public static String fileName(Sheet sheet, String extension) {
        return "de-cu-toan-quoc-" + sheet.year() + "." + extension;
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
