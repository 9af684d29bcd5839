package vn.lhh.common.text;

import java.util.List;
import java.util.function.IntPredicate;

/** CSV for spreadsheet programs (RFC 4180: comma, CRLF, every cell quoted), shared by every export. */
public final class Csv {
    /** Written first, so that spreadsheet programs read UTF-8 Vietnamese. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static void row(StringBuilder sb, String... cells) {
        row(sb, List.of(cells));
    }

    public static void row(StringBuilder sb, List<String> cells) {
        row(sb, cells, i -> true);
    }

    /**
     * As above, guarding only the cells {@code guarded} names: a typed value (a negative number, a
     * date) is written as it is, since it is not free text a formula could hide in.
     */
    public static void row(StringBuilder sb, List<String> cells, IntPredicate guarded) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            sb.append('"').append((guarded.test(i) ? safe(c) : c).replace("\"", "\"\"")).append('"');
        }
        sb.append("\r\n");
    }

    /** A leading = + - @ would be read as a formula by spreadsheet programs (CSV injection): prefix it with an apostrophe. */
    public static String safe(String cell) {
        String c = cell == null ? "" : cell;
        return !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 ? "'" + c : c;
    }
}
