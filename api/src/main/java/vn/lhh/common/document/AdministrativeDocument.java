package vn.lhh.common.document;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One Vietnamese administrative document in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I),
 * rendered alike to .docx, PDF and an HTML preview by {@link DocumentRenderer}: the issuing body
 * and "Số: …" top left, the national title and motto with place and date top right, the kind and
 * title (trích yếu) in the middle — or, for an official letter (công văn), "V/v …" under the number
 * and "Kính gửi: …" — then the body, and at the end "Nơi nhận" beside the signature block.
 *
 * @param fileTitle  a short title for the file's metadata and the browser tab
 * @param kind       the document's kind in capitals ("BÁO CÁO", "QUYẾT ĐỊNH"); null for an official letter
 * @param title      the trích yếu under the kind; for an official letter the "V/v …" line under the number
 * @param addressees "Kính gửi" lines; empty when the document has none
 * @param landscape  A4 landscape, for wide tables (a list sent with a letter)
 */
@TemplateData
public record AdministrativeDocument(String fileTitle, String issuingBody, String number, String place, LocalDate date, String kind,
                                     String title, List<String> addressees, List<Block> body, Signature signature, List<String> recipients,
                                     boolean landscape) {
    public AdministrativeDocument {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        body = List.copyOf(body);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** "Nghệ An, ngày 05 tháng 02 năm 2026". */
    public String placeAndDate() {
        return VietnameseDates.placeAndDate(place, date);
    }

    public boolean letter() {
        return kind == null;
    }

    /** The signature block: the authority lines ("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH") and the signer's name (may be blank). */
    @TemplateData
    public record Signature(List<String> authority, String signer) {
        public Signature {
            authority = authority == null ? List.of() : List.copyOf(authority);
        }

        /** From the configured title, whose lines are separated by line breaks. */
        public static Signature of(String authorityLines, String signer) {
            List<String> lines = new ArrayList<>();
            for (String l : (authorityLines == null ? "" : authorityLines).split("\\R")) {
                if (!l.isBlank()) {
                    lines.add(l.strip());
                }
            }
            return new Signature(lines, signer == null ? "" : signer.strip());
        }
    }

    public enum BlockKind {
        heading, paragraph, list, table
    }

    /**
     * A block of the body. One record for the four kinds so the templates and the .docx writer walk
     * one list: a heading (level 1 centred bold, level 2 bold), a paragraph (justified, first-line
     * indent, optionally bold, italic or centred), a list (lines with a dash) or a table (a header
     * row, rows of text cells, relative column widths).
     */
    @TemplateData
    public record Block(BlockKind kind, String text, int level, boolean bold, boolean italic, boolean centred, List<String> items,
                        List<String> header, List<List<String>> rows, List<Integer> widths) {
        public Block {
            items = items == null ? List.of() : List.copyOf(items);
            header = header == null ? List.of() : List.copyOf(header);
            rows = rows == null ? List.of() : rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
            widths = widths == null ? List.of() : List.copyOf(widths);
        }

        public static Block heading(String text) {
            return new Block(BlockKind.heading, text, 2, true, false, false, null, null, null, null);
        }

        public static Block centredHeading(String text) {
            return new Block(BlockKind.heading, text, 1, true, false, true, null, null, null, null);
        }

        public static Block paragraph(String text) {
            return new Block(BlockKind.paragraph, text, 0, false, false, false, null, null, null, null);
        }

        public static Block paragraph(String text, boolean bold, boolean italic, boolean centred) {
            return new Block(BlockKind.paragraph, text, 0, bold, italic, centred, null, null, null, null);
        }

        /** Paragraphs separated by blank lines in a text as entered. */
        public static List<Block> paragraphs(String text) {
            List<Block> out = new ArrayList<>();
            for (String para : (text == null ? "" : text).split("\\n\\s*\\n")) {
                if (!para.isBlank()) {
                    out.add(paragraph(para.strip()));
                }
            }
            return out;
        }

        public static Block list(List<String> items) {
            return new Block(BlockKind.list, null, 0, false, false, false, items, null, null, null);
        }

        public static Block table(List<String> header, List<List<String>> rows, List<Integer> widths) {
            return new Block(BlockKind.table, null, 0, false, false, false, null, header, rows, widths);
        }

        public boolean isHeading() {
            return kind == BlockKind.heading;
        }

        public boolean isParagraph() {
            return kind == BlockKind.paragraph;
        }

        public boolean isList() {
            return kind == BlockKind.list;
        }

        public boolean isTable() {
            return kind == BlockKind.table;
        }

        /** Column widths in percent of the table, from the relative widths (equal when none are given). */
        public List<Integer> percentWidths() {
            int n = header.isEmpty() ? rows.isEmpty() ? 0 : rows.get(0).size() : header.size();
            if (widths.size() != n) {
                return Collections.nCopies(n, n == 0 ? 0 : 100 / n);
            }
            int sum = widths.stream().mapToInt(Integer::intValue).sum();
            return widths.stream().map(w -> w * 100 / Math.max(1, sum)).toList();
        }
    }
}
