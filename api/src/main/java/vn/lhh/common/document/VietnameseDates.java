package vn.lhh.common.document;

import java.time.LocalDate;

/**
 * Dates as administrative documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5):
 * "Nghệ An, ngày 05 tháng 02 năm 2026" — a zero before days below 10 and before months 1 and 2
 * only (so "tháng 3" … "tháng 9" stay without one, to read unambiguously).
 */
public final class VietnameseDates {
    private VietnameseDates() {
    }

    /** "ngày 05 tháng 02 năm 2026". */
    public static String written(LocalDate date) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        return "ngày " + (d < 10 ? "0" + d : Integer.toString(d)) + " tháng " + (m <= 2 ? "0" + m : Integer.toString(m)) + " năm " + date.getYear();
    }

    /** "Nghệ An, ngày 05 tháng 02 năm 2026"; without a place, the date alone. */
    public static String placeAndDate(String place, LocalDate date) {
        return place == null || place.isBlank() ? written(date) : place.strip() + ", " + written(date);
    }
}
