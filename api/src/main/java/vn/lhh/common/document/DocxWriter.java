package vn.lhh.common.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageBorderOffset;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * An {@link AdministrativeDocument} as a Word file: A4 with the margins of Nghị định 30/2020/NĐ-CP
 * (top and bottom 20 mm, left 30 mm, right 15 mm), Times New Roman 13 pt as the document default,
 * heading styles Word's navigation recognises, the header and the signature block as borderless
 * two-column tables, body tables with a repeated header row. Award certificates too ({@link #certificates}).
 */
final class DocxWriter {
    static final String FONT = "Times New Roman";
    /** 1 mm in twentieths of a point (twips). */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    static final int MARGIN_TOP_MM = 20;
    static final int MARGIN_BOTTOM_MM = 20;
    static final int MARGIN_LEFT_MM = 30;
    static final int MARGIN_RIGHT_MM = 15;

    private DocxWriter() {
    }

    static byte[] write(AdministrativeDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            page(doc, d.landscape());
            doc.getProperties().getCoreProperties().setTitle(d.fileTitle());
            doc.getProperties().getCoreProperties().setCreator(d.issuingBody());
            header(doc, d);
            for (AdministrativeDocument.Block b : d.body()) {
                block(doc, b);
            }
            footer(doc, d);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Award certificates as a Word file: A4 landscape with narrow margins and a double page border in
     * the certificate's red, one certificate per page (a page break before each but the first), laid
     * out as the PDF's template: the issuing body beside the national title and motto, the heading,
     * the names, the award, what it is for, the reference beside the date and the signature block.
     */
    static byte[] certificates(String title, List<Certificate> list) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            page(doc, true);
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageMar mar = sect.getPgMar();
            mar.setTop(twips(12));
            mar.setBottom(twips(12));
            mar.setLeft(twips(12));
            mar.setRight(twips(12));
            CTPageBorders borders = sect.addNewPgBorders();
            borders.setOffsetFrom(STPageBorderOffset.TEXT);
            for (CTBorder b : List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(), borders.addNewRight())) {
                b.setVal(STBorder.DOUBLE);
                b.setSz(BigInteger.valueOf(18));
                b.setSpace(BigInteger.valueOf(12));
                b.setColor(CERTIFICATE_RED);
            }
            doc.getProperties().getCoreProperties().setTitle(title);
            for (int i = 0; i < list.size(); i++) {
                certificate(doc, list.get(i), i > 0);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String CERTIFICATE_RED = "8A1C1C";

    private static void certificate(XWPFDocument doc, Certificate c, boolean newPage) {
        if (newPage) {
            // a break in a paragraph of its own: Word ignores "page break before" on a paragraph inside a table
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
        XWPFTable head = borderless(doc, 45, 55);
        XWPFParagraph issuer = first(head.getRow(0).getCell(0), ParagraphAlignment.CENTER);
        run(issuer, c.issuingBody().toUpperCase(Locale.ROOT), 12, true, false);
        rule(head.getRow(0).getCell(0).addParagraph(), 1200);
        XWPFTableCell right = head.getRow(0).getCell(1);
        run(first(right, ParagraphAlignment.CENTER), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        run(centred(right.addParagraph()), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        rule(right.addParagraph(), 1600);

        XWPFParagraph heading = centred(doc.createParagraph());
        heading.setStyle("Heading1");
        heading.setSpacingBefore(600);
        heading.setSpacingAfter(60);
        run(heading, c.heading(), 30, true, false).setColor(CERTIFICATE_RED);
        XWPFParagraph intro = centred(doc.createParagraph());
        intro.setSpacingAfter(200);
        run(intro, "Chứng nhận", 14, false, true);
        for (String name : c.recipients()) {
            run(centred(doc.createParagraph()), name, 20, true, false);
        }
        for (String d : c.details()) {
            lines(centred(doc.createParagraph()), d, 14, false, false);
        }
        XWPFParagraph award = centred(doc.createParagraph());
        award.setSpacingBefore(280);
        run(award, c.award(), 20, true, false).setColor(CERTIFICATE_RED);
        lines(centred(doc.createParagraph()), c.reason(), 14, false, false);

        doc.createParagraph().setSpacingBefore(240);
        XWPFTable foot = borderless(doc, 45, 55);
        lines(first(foot.getRow(0).getCell(0), ParagraphAlignment.LEFT), c.reference(), 11, false, true);
        XWPFTableCell sign = foot.getRow(0).getCell(1);
        run(first(sign, ParagraphAlignment.CENTER), c.placeAndDate(), 13, false, true);
        for (String a : c.signature().authority()) {
            run(centred(sign.addParagraph()), a.toUpperCase(Locale.ROOT), 13, true, false);
        }
        for (int i = 0; i < 3; i++) {
            centred(sign.addParagraph());
        }
        run(centred(sign.addParagraph()), c.signature().signer(), 13, true, false);
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ct.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(26));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(26));
        rpr.addNewLang().setVal("vi-VN");
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        styles.setStyles(ct);
        styles.addStyle(headingStyle("Heading1", "heading 1", 1));
        styles.addStyle(headingStyle("Heading2", "heading 2", 2));
    }

    private static XWPFStyle headingStyle(String id, String name, int level) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        CTRPr r = s.addNewRPr();
        r.addNewB();
        r.addNewSz().setVal(BigInteger.valueOf(26));
        return new XWPFStyle(s);
    }

    private static void page(XWPFDocument doc, boolean landscape) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        // A4: 210 × 297 mm
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(twips(MARGIN_TOP_MM));
        mar.setBottom(twips(MARGIN_BOTTOM_MM));
        mar.setLeft(twips(MARGIN_LEFT_MM));
        mar.setRight(twips(MARGIN_RIGHT_MM));
        mar.setHeader(twips(10));
        mar.setFooter(twips(10));
    }

    static BigInteger twips(int mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }

    private static void header(XWPFDocument doc, AdministrativeDocument d) {
        XWPFTable t = borderless(doc, 40, 60);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        run(first(left, ParagraphAlignment.CENTER), d.issuingBody().toUpperCase(Locale.ROOT), 12.5, true, false);
        rule(left.addParagraph(), 1000);
        run(centred(left.addParagraph()), "Số: " + d.number(), 13, false, false);
        if (d.letter() && d.title() != null) {
            run(centred(left.addParagraph()), "V/v " + d.title(), 12, false, false);
        }
        run(first(right, ParagraphAlignment.CENTER), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        XWPFRun motto = run(centred(right.addParagraph()), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
        motto.setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph date = centred(right.addParagraph());
        date.setSpacingBefore(120);
        run(date, d.placeAndDate(), 13, false, true);

        if (!d.letter()) {
            XWPFParagraph kind = centred(doc.createParagraph());
            kind.setSpacingBefore(360);
            run(kind, d.kind(), 14, true, false);
            if (d.title() != null) {
                lines(centred(doc.createParagraph()), d.title(), 14, true, false);
            }
            rule(doc.createParagraph(), 3000);
        }
        if (d.addressees().size() == 1) {
            XWPFParagraph to = centred(doc.createParagraph());
            to.setSpacingBefore(240);
            to.setSpacingAfter(120);
            run(to, "Kính gửi: " + d.addressees().get(0), 14, false, false);
        } else if (d.addressees().size() > 1) {
            XWPFParagraph to = centred(doc.createParagraph());
            to.setSpacingBefore(240);
            run(to, "Kính gửi:", 14, false, false);
            for (String a : d.addressees()) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(twips(30).intValue());
                run(p, "- " + a + ";", 14, false, false);
            }
        }
    }

    private static void block(XWPFDocument doc, AdministrativeDocument.Block b) {
        switch (b.kind()) {
            case heading -> {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle(b.level() == 1 ? "Heading1" : "Heading2");
                p.setAlignment(b.level() == 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                p.setSpacingBefore(200);
                p.setSpacingAfter(80);
                run(p, b.text(), 13, true, false);
            }
            case paragraph -> {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(b.centred() ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH);
                if (!b.centred()) {
                    p.setIndentationFirstLine(twips(10).intValue());
                }
                p.setSpacingAfter(120);
                lines(p, b.text(), 13, b.bold(), b.italic());
            }
            case list -> {
                for (String item : b.items()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.BOTH);
                    p.setIndentationLeft(twips(10).intValue());
                    p.setSpacingAfter(60);
                    lines(p, "- " + item, 13, false, false);
                }
            }
            case table -> table(doc, b);
        }
    }

    private static void table(XWPFDocument doc, AdministrativeDocument.Block b) {
        List<Integer> widths = b.percentWidths();
        int cols = widths.size();
        if (cols == 0) {
            return;
        }
        XWPFTable t = doc.createTable(b.rows().size() + (b.header().isEmpty() ? 0 : 1), cols);
        t.setWidth("100%");
        t.setTableAlignment(TableRowAlign.CENTER);
        int r = 0;
        if (!b.header().isEmpty()) {
            XWPFTableRow row = t.getRow(r++);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(widths.get(c) + "%");
                lines(first(cell, ParagraphAlignment.CENTER), c < b.header().size() ? b.header().get(c) : "", 12, true, false);
            }
        }
        for (List<String> values : b.rows()) {
            XWPFTableRow row = t.getRow(r++);
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(widths.get(c) + "%");
                lines(first(cell, ParagraphAlignment.LEFT), c < values.size() ? values.get(c) : "", 12, false, false);
            }
        }
        doc.createParagraph().setSpacingAfter(120);
    }

    private static void footer(XWPFDocument doc, AdministrativeDocument d) {
        doc.createParagraph().setSpacingBefore(240);
        XWPFTable t = borderless(doc, 45, 55);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFParagraph nn = first(left, ParagraphAlignment.LEFT);
        if (!d.recipients().isEmpty()) {
            run(nn, "Nơi nhận:", 12, true, true);
            for (int i = 0; i < d.recipients().size(); i++) {
                run(left.addParagraph(), "- " + d.recipients().get(i) + (i == d.recipients().size() - 1 ? "." : ";"), 11, false, false);
            }
        }
        List<String> authority = d.signature().authority();
        XWPFParagraph p = first(right, ParagraphAlignment.CENTER);
        for (int i = 0; i < authority.size(); i++) {
            run(i == 0 ? p : centred(right.addParagraph()), authority.get(i).toUpperCase(Locale.ROOT), 13, true, false);
        }
        for (int i = 0; i < 4; i++) {
            centred(right.addParagraph());
        }
        run(centred(right.addParagraph()), d.signature().signer(), 13, true, false);
    }

    /** A one-row table without borders, its columns in percent of the text width. */
    private static XWPFTable borderless(XWPFDocument doc, int leftPercent, int rightPercent) {
        XWPFTable t = doc.createTable(1, 2);
        t.setWidth("100%");
        t.removeBorders();
        t.getRow(0).getCell(0).setWidth(leftPercent + "%");
        t.getRow(0).getCell(1).setWidth(rightPercent + "%");
        return t;
    }

    private static XWPFParagraph first(XWPFTableCell cell, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        return p;
    }

    private static XWPFParagraph centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    /** A short centred horizontal line: the bottom border of an empty paragraph narrowed by its indents. */
    private static void rule(XWPFParagraph p, int indentTwips) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(indentTwips);
        p.setIndentationRight(indentTwips);
        p.setSpacingAfter(60);
    }

    private static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
        return r;
    }

    /** Text with line breaks kept as breaks within the paragraph. */
    private static void lines(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
        String[] parts = (text == null ? "" : text).split("\\R", -1);
        XWPFRun r = run(p, parts[0], size, bold, italic);
        for (int i = 1; i < parts.length; i++) {
            r.addBreak();
            r.setText(parts[i]);
        }
    }
}
