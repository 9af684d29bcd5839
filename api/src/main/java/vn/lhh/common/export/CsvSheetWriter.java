package vn.lhh.common.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.lhh.common.text.Csv;
import vn.lhh.common.time.ProvinceClock;

/** CSV as {@link Csv} writes it (UTF-8 with a BOM, RFC 4180, formula guard on text), one row at a time. */
final class CsvSheetWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ProvinceClock.ZONE);

    private CsvSheetWriter() {
    }

    static <T> void write(Export<T> export, Locale locale, Rows<T> rows, OutputStream out) throws IOException {
        List<Column<T>> columns = export.columns();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write(Csv.BOM);
        StringBuilder sb = new StringBuilder();
        Csv.row(sb, columns.stream().map(c -> c.header(locale)).toList());
        w.write(sb.toString());
        boolean[] typed = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            typed[c] = columns.get(c).type() != ColumnType.TEXT;
        }
        try {
            rows.forEach(row -> {
                List<String> cells = new ArrayList<>(columns.size());
                for (Column<T> col : columns) {
                    cells.add(text(col, col.value().apply(row, locale), locale));
                }
                sb.setLength(0);
                Csv.row(sb, cells, c -> !typed[c]);
                try {
                    w.write(sb.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    private static String text(Column<?> col, Object v, Locale locale) {
        if (v == null) {
            return "";
        }
        return switch (col.type()) {
            case INTEGER -> Long.toString(((Number) v).longValue());
            case DECIMAL -> (v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).doubleValue())).toPlainString();
            case DATE -> DATE.format((LocalDate) v);
            case DATE_TIME -> DATE_TIME.format((Instant) v);
            case YES_NO -> Column.pick(locale, (Boolean) v ? "Có" : "Không", (Boolean) v ? "Yes" : "No");
            default -> Exports.cleanText(v.toString());
        };
    }
}
