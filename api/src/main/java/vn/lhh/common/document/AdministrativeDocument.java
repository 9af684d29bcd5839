package vn.lhh.common.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The frame of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP style) as HTML that
 * opens in a word processor: the issuing body and number on the left, the national motto, place
 * and date on the right; at the end the recipients and the signature block.
 */
public final class AdministrativeDocument {
    private static final String CSS = "@page{size:A4;margin:2cm 1.5cm 2cm 3cm}body{font-family:'Times New Roman',serif;font-size:13pt;line-height:1.4}"
            + "table.head{width:100%;border:0}table.head td{vertical-align:top;text-align:center;width:50%}"
            + ".caps{text-transform:uppercase;font-weight:bold}.motto{font-weight:bold;text-decoration:underline}"
            + "h1{text-align:center;font-size:14pt;margin:18pt 0 0}h2{font-size:13pt}.sub{text-align:center;font-weight:bold}"
            + "table.tasks{width:100%;border-collapse:collapse;font-size:12pt}table.tasks td,table.tasks th{border:1px solid #000;padding:3pt;vertical-align:top}"
            + ".sign{width:100%;margin-top:24pt}.sign td{vertical-align:top;width:50%}.right{text-align:center}";

    private AdministrativeDocument() {
    }

    /** Opens the document and writes its heading block. */
    public static StringBuilder begin(String htmlTitle, String issuingBody, String number, String place, LocalDate date) {
        String p = place == null ? "" : place;
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").append(esc(htmlTitle))
                .append("</title><style>").append(CSS).append("</style></head><body>");
        sb.append("<table class=\"head\"><tr><td><div class=\"caps\">").append(esc(issuingBody)).append("</div>")
                .append("<div>Số: ").append(esc(number)).append("</div></td>")
                .append("<td><div class=\"caps\">Cộng hòa xã hội chủ nghĩa Việt Nam</div><div class=\"motto\">Độc lập - Tự do - Hạnh phúc</div>")
                .append("<div><i>").append(esc(p)).append(p.isEmpty() ? "" : ", ").append("ngày ").append(date.getDayOfMonth())
                .append(" tháng ").append(date.getMonthValue()).append(" năm ").append(date.getYear()).append("</i></div></td></tr></table>");
        return sb;
    }

    /** Writes the recipients and signature block and closes the document. */
    public static String end(StringBuilder sb, List<String> recipients, String signerTitle, String signer) {
        sb.append("<table class=\"sign\"><tr><td><b><i>Nơi nhận:</i></b><br>");
        for (String recipient : recipients) {
            sb.append("- ").append(esc(recipient)).append(";<br>");
        }
        sb.append("</td><td class=\"right\"><b>").append(esc(signerTitle == null ? "" : signerTitle).replace("\n", "<br>"))
                .append("</b><br><br><br><br><b>").append(esc(signer == null ? "" : signer)).append("</b></td></tr></table>");
        return sb.append("</body></html>").toString();
    }

    /** Text as HTML paragraphs: escaped, blank lines between paragraphs, single newlines as line breaks. */
    public static String paragraphs(String text) {
        StringBuilder sb = new StringBuilder();
        for (String para : (text == null ? "" : text).split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                sb.append("<p>").append(esc(para.strip()).replace("\n", "<br>")).append("</p>");
            }
        }
        return sb.toString();
    }

    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
