package vn.lhh.common.export;

/** How a column's values are written: the cell type in XLSX, the text form in CSV. */
public enum ColumnType {
    /** A string cell; in CSV guarded against formula injection. */
    TEXT,
    /** A numeric cell (integer format). */
    INTEGER,
    /** A numeric cell with two decimals. */
    DECIMAL,
    /** A LocalDate: a date cell formatted dd/mm/yyyy; dd/MM/yyyy in CSV. */
    DATE,
    /** An Instant: a date-time cell in Asia/Ho_Chi_Minh, dd/mm/yyyy hh:mm; the same in CSV. */
    DATE_TIME,
    /** A Boolean: "Có"/"Không" (vi) or "Yes"/"No" (en). */
    YES_NO
}
