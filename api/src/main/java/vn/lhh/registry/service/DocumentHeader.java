package vn.lhh.registry.service;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lhh.registry.DocumentType;

/**
 * The registry's details read from the text of a Vietnamese administrative document: its number
 * and symbol ("Số: 106/CTr-LHH"), place and date ("Nghệ An, ngày 23 tháng 12 năm 2019"), title
 * (the bold block after the number), recipients ("Nơi nhận:" and its "- " lines), the signer's title
 * (the bold block after them) and the signer (the last line).
 */
public record DocumentHeader(int number, DocumentType type, String symbol, LocalDate date, String title, List<String> recipients,
                             String signerTitle, String signer) {
    private static final Pattern NUMBER = Pattern.compile("Số:\\s*(\\d+)/([\\p{L}]+)-([\\p{L}\\-]+)");
    private static final Pattern DATE = Pattern.compile("ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*", Pattern.DOTALL);

    public static Optional<DocumentHeader> parse(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n");
        Matcher n = NUMBER.matcher(t);
        Matcher d = DATE.matcher(t);
        if (!n.find() || !d.find()) {
            return Optional.empty();
        }
        DocumentType type = null;
        for (DocumentType candidate : DocumentType.values()) {
            if (candidate.code.equals(n.group(2))) {
                type = candidate;
            }
        }
        if (type == null) {
            return Optional.empty();
        }
        Matcher title = BOLD.matcher(t);
        if (!title.find(n.end())) {
            return Optional.empty();
        }
        int recipientsAt = t.indexOf("Nơi nhận:", title.end());
        List<String> recipients = new ArrayList<>();
        String signerTitle = null;
        String signer = null;
        if (recipientsAt >= 0) {
            int at = recipientsAt + "Nơi nhận:".length();
            for (String line : t.substring(at).split("\n")) {
                String l = line.strip();
                if (l.startsWith("- ")) {
                    recipients.add(l.substring(2).strip().replaceAll("[;.,]+$", ""));
                } else if (!l.isEmpty()) {
                    break;
                }
            }
            Matcher sig = BOLD.matcher(t);
            if (sig.find(at)) {
                signerTitle = oneLine(sig.group(1)).replace(" CHỦ TỊCH", ", CHỦ TỊCH");
                String rest = t.substring(sig.end()).strip();
                if (!rest.isEmpty()) {
                    String[] lines = rest.split("\n");
                    signer = lines[lines.length - 1].strip();
                }
            }
        }
        LocalDate date = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
        return Optional.of(new DocumentHeader(Integer.parseInt(n.group(1)), type, n.group(1) + "/" + n.group(2) + "-" + n.group(3), date,
                oneLine(title.group(1)), recipients, signerTitle, signer));
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
