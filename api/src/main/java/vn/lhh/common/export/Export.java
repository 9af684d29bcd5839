package vn.lhh.common.export;

import java.util.List;

/**
 * The declaration of one export: its title (Vietnamese, the file's name and the sheet's) and its
 * columns. A feature declares it once as a constant; {@link Exports} writes it as XLSX or CSV.
 *
 * @param title  e.g. "Danh sách hội"; the file is named "Danh sách hội 07-12-2026.xlsx"
 */
public record Export<T>(String title, List<Column<T>> columns) {
    @SafeVarargs
    public static <T> Export<T> of(String title, Column<T>... columns) {
        return new Export<>(title, List.of(columns));
    }
}
