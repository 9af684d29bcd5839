package vn.lhh.common.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.lhh.common.i18n.Messages;

/**
 * One column of an export: its header in Vietnamese and English (chosen by the request's language),
 * its type, its width in characters, and how a row gives its value. The same columns write the XLSX
 * and the CSV, so an export is declared once.
 */
public record Column<T>(String headerVi, String headerEn, ColumnType type, int width, BiFunction<T, Locale, Object> value) {

    public String header(Locale locale) {
        return Messages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? headerEn : headerVi;
    }

    public static <T> Column<T> text(String vi, String en, int width, Function<T, String> value) {
        return new Column<>(vi, en, ColumnType.TEXT, width, (t, l) -> value.apply(t));
    }

    /** Text that depends on the language, e.g. a status label. */
    public static <T> Column<T> label(String vi, String en, int width, BiFunction<T, Locale, String> value) {
        return new Column<>(vi, en, ColumnType.TEXT, width, value::apply);
    }

    public static <T> Column<T> integer(String vi, String en, int width, Function<T, ? extends Number> value) {
        return new Column<>(vi, en, ColumnType.INTEGER, width, (t, l) -> value.apply(t));
    }

    public static <T> Column<T> decimal(String vi, String en, int width, Function<T, ? extends Number> value) {
        return new Column<>(vi, en, ColumnType.DECIMAL, width, (t, l) -> value.apply(t));
    }

    public static <T> Column<T> date(String vi, String en, Function<T, LocalDate> value) {
        return new Column<>(vi, en, ColumnType.DATE, 12, (t, l) -> value.apply(t));
    }

    public static <T> Column<T> dateTime(String vi, String en, Function<T, Instant> value) {
        return new Column<>(vi, en, ColumnType.DATE_TIME, 17, (t, l) -> value.apply(t));
    }

    public static <T> Column<T> yesNo(String vi, String en, Function<T, Boolean> value) {
        return new Column<>(vi, en, ColumnType.YES_NO, 8, (t, l) -> value.apply(t));
    }

    /** "vi"/"en" pick of a pair, for labels. */
    public static String pick(Locale locale, String vi, String en) {
        return Messages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : vi;
    }
}
