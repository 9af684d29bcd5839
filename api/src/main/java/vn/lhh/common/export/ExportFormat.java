package vn.lhh.common.export;

import vn.lhh.common.web.Params;

/** The file formats every export offers; the query parameter {@code format} names one (xlsx by default). */
public enum ExportFormat {
    xlsx("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    csv("text/csv; charset=UTF-8");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv";
    /** The description of the format parameter, the same on every export. */
    public static final String PARAM_DOC = "xlsx (default) or csv";

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format named by the query parameter; an unknown one is a 400 problem naming the choices. */
    public static ExportFormat parse(String raw) {
        return parse(raw, xlsx);
    }

    public static ExportFormat parse(String raw, ExportFormat byDefault) {
        ExportFormat f = Params.enumValue("format", raw, ExportFormat.class);
        return f == null ? byDefault : f;
    }
}
