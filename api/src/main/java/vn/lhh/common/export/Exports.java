package vn.lhh.common.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.lhh.common.time.ProvinceClock;

/**
 * Writes an {@link Export} as an XLSX or CSV attachment that streams: the rows are read while the
 * response is written, so memory does not grow with the list. The file is named in Vietnamese with
 * an ASCII fallback (RFC 6266 {@code filename} and {@code filename*}).
 */
public final class Exports {
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SAFE = Pattern.compile("[^A-Za-z0-9._-]+");
    /** Control characters XML 1.0 cannot carry (and a CSV reader would trip on), except tab and line breaks. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    /** What every export operation says about its file, in the contract. */
    public static final String DOC = "Choose the file with format=xlsx (default) or csv; an unknown format is a 400 problem. "
            + "XLSX: one sheet, typed cells (numbers as numbers, dates as dates, times in Asia/Ho_Chi_Minh), a bold frozen header "
            + "row, column widths and an autofilter. CSV: UTF-8 with a byte-order mark, comma-separated, every cell quoted "
            + "(RFC 4180), a text cell starting with = + - @ gets a leading apostrophe. Headers in the request's language "
            + "(Accept-Language: vi by default, en). The file is named in Vietnamese (Content-Disposition with filename*, RFC 6266) "
            + "and streams: rows are read page by page while it is written.";

    private Exports() {
    }

    /** The file is named after the export's title and today's date: "Danh sách hội 07-12-2026.xlsx". */
    public static <T> Response response(Export<T> export, ExportFormat format, Locale locale, Rows<T> rows) {
        return response(export, format, locale, rows, export.title() + " " + FILE_DATE.format(ProvinceClock.today()));
    }

    /** As above, with the file's name (without extension) chosen by the caller. */
    public static <T> Response response(Export<T> export, ExportFormat format, Locale locale, Rows<T> rows, String fileBase) {
        StreamingOutput body = out -> write(export, format, locale, rows, out);
        String fileName = fileBase + "." + format.name();
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Writes the file to {@code out} (the response body, or a buffer in a test). */
    public static <T> void write(Export<T> export, ExportFormat format, Locale locale, Rows<T> rows, OutputStream out)
            throws IOException {
        if (format == ExportFormat.xlsx) {
            XlsxSheetWriter.write(export, locale, rows, out);
        } else {
            CsvSheetWriter.write(export, locale, rows, out);
        }
    }

    /**
     * RFC 6266: {@code attachment; filename="Danh-sach-hoi.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch%20h%E1%BB%99i.xlsx}.
     * Browsers use filename*, older clients the ASCII fallback (diacritics dropped, đ as d).
     */
    public static String attachment(String fileName) {
        String nfc = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        return "attachment; filename=\"" + asciiFallback(nfc) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(nfc, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String asciiFallback(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        String safe = NOT_SAFE.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "export" : safe;
    }

    static String cleanText(String s) {
        return CONTROL.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("");
    }
}
