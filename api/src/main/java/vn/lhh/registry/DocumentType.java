package vn.lhh.registry;

/**
 * Kinds of administrative documents with their abbreviations as Vietnamese practice writes them
 * in a document's symbol (Nghị định 30/2020/NĐ-CP, Phụ lục I): {@code 106/CTr-LHH} is a program
 * (Chương trình) of the union. Each type is numbered on its own, from 1 every year.
 */
public enum DocumentType {
    official_letter("CV", "Công văn", "Official letter"),
    resolution("NQ", "Nghị quyết", "Resolution"),
    decision("QĐ", "Quyết định", "Decision"),
    directive("CT", "Chỉ thị", "Directive"),
    regulation("QC", "Quy chế", "Regulation"),
    guidance("HD", "Hướng dẫn", "Guidance"),
    program("CTr", "Chương trình", "Program"),
    plan("KH", "Kế hoạch", "Plan"),
    project("ĐA", "Đề án", "Scheme"),
    report("BC", "Báo cáo", "Report"),
    notice("TB", "Thông báo", "Notice"),
    submission("TTr", "Tờ trình", "Submission"),
    invitation("GM", "Giấy mời", "Invitation"),
    minutes("BB", "Biên bản", "Minutes"),
    contract("HĐ", "Hợp đồng", "Contract"),
    certificate("GCN", "Giấy chứng nhận", "Certificate"),
    other("VB", "Văn bản khác", "Other document");

    public final String code;
    public final String nameVi;
    public final String nameEn;

    DocumentType(String code, String nameVi, String nameEn) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }
}
