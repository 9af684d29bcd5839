package vn.lhh.program.importing;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lhh.common.i18n.Messages;

/**
 * Reads a term action program written in the usual administrative form (as the seed document
 * 106/CTr-LHH): place and date, "Số:", a bold title naming the term and period, a preamble,
 * the numbered main missions with lettered sub-items, "I." regular annual tasks, "*** Năm YYYY"
 * blocks, "II." implementation, a closing paragraph, "Nơi nhận:" and the signature block.
 * Lines it cannot place are flagged, not dropped; a document that cannot be a program is
 * refused with the line at fault.
 */
public class ProgramDocumentParser {
    private static final Pattern DATE_LINE = Pattern.compile("^(.+?),\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})\\s*$");
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:\\s*(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s*[.)]\\s+(\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\)\\s+(\\S.*)$");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,4})\\.\\s+(\\S.*)$");
    private static final Pattern YEAR_HEADING = Pattern.compile("^\\**\\s*Năm\\s+(\\d{4})\\s*\\**\\s*$");
    private static final Pattern RECIPIENTS = Pattern.compile("^Nơi\\s+nhận\\s*:?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^[-–•+]\\s*(\\S.*)$");
    private static final Pattern TERM = Pattern.compile("KHÓA\\s+([IVXLC]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");
    private static final Pattern UNION = Pattern.compile("CỦA\\s+(.+?)\\s+KHÓA", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LINES = 20_000;

    private enum State { HEADER, TITLE, PREAMBLE, MISSIONS, REGULAR, YEAR, IMPLEMENTATION, CLOSING, RECIPIENTS, SIGNATURE, SIGNER, END }

    private final Locale locale;

    public ProgramDocumentParser(Locale locale) {
        this.locale = locale;
    }

    /** An item being read; its text grows line by line. */
    private static final class Draft {
        final String label;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<Draft> subItems = new ArrayList<>();

        Draft(String label, int line, String first) {
            this.label = label;
            this.line = line;
            this.text.append(first);
        }

        ParsedProgram.Item build() {
            return new ParsedProgram.Item(label, text.toString(), line, subItems.stream().map(Draft::build).toList());
        }
    }

    private record YearDraft(int year, int line, List<Draft> items) {
    }

    public ParsedProgram parse(String document) {
        if (document == null || document.isBlank()) {
            throw new ProgramDocumentException(1, "program.import.empty");
        }
        String[] lines = Normalizer.normalize(document, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length > MAX_LINES) {
            throw new ProgramDocumentException(MAX_LINES, "program.import.too-long", MAX_LINES);
        }
        State state = State.HEADER;
        String place = null;
        LocalDate date = null;
        String number = null;
        StringBuilder title = new StringBuilder();
        int titleLine = 0;
        StringBuilder preamble = new StringBuilder();
        StringBuilder closing = new StringBuilder();
        StringBuilder signerTitle = new StringBuilder();
        String signer = null;
        List<Draft> missions = new ArrayList<>();
        List<Draft> regular = new ArrayList<>();
        List<YearDraft> years = new ArrayList<>();
        List<Draft> implementation = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        List<ParsedProgram.Flag> flags = new ArrayList<>();
        StringBuilder target = null;     // where a continuation line goes
        List<Draft> currentList = null;  // the numbered list being read
        boolean blankBefore = false;

        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String raw = lines[i].strip();
            if (raw.isEmpty()) {
                blankBefore = true;
                continue;
            }
            String line = stripEmphasis(raw);
            if (line.isEmpty()) {
                // a lone "**" closes a bold block
                if (state == State.TITLE) {
                    state = State.PREAMBLE;
                } else if (state == State.SIGNATURE) {
                    state = State.SIGNER;
                }
                continue;
            }
            boolean newParagraph = blankBefore;
            blankBefore = false;
            Matcher m;

            switch (state) {
                case HEADER -> {
                    if ((m = DATE_LINE.matcher(line)).matches()) {
                        place = m.group(1).strip();
                        date = date(n, m.group(4), m.group(3), m.group(2));
                    } else if ((m = NUMBER_LINE.matcher(line)).matches()) {
                        number = m.group(1).strip();
                    } else if (raw.startsWith("**")) {
                        titleLine = n;
                        title.append(line);
                        state = raw.length() > 2 && raw.endsWith("**") ? State.PREAMBLE : State.TITLE;
                    } else {
                        flags.add(flag(n, line, "program.import.flag.header"));
                    }
                }
                case TITLE -> {
                    title.append(' ').append(line);
                    if (raw.endsWith("**")) {
                        state = State.PREAMBLE;
                    }
                }
                case PREAMBLE -> {
                    if ((m = NUMBERED.matcher(line)).matches()) {
                        state = State.MISSIONS;
                        currentList = missions;
                        target = addNumbered(missions, m, n, flags);
                    } else if (ROMAN.matcher(line).matches()) {
                        throw new ProgramDocumentException(n, "program.import.no-missions");
                    } else {
                        append(preamble, line, newParagraph);
                    }
                }
                case MISSIONS, REGULAR, YEAR, IMPLEMENTATION -> {
                    if ((m = ROMAN.matcher(line)).matches()) {
                        String roman = m.group(1);
                        if (roman.equals("I") && state == State.MISSIONS) {
                            state = State.REGULAR;
                            currentList = regular;
                            target = null;
                        } else if (roman.equals("II") && (state == State.REGULAR || state == State.YEAR)) {
                            state = State.IMPLEMENTATION;
                            currentList = implementation;
                            target = null;
                        } else {
                            flags.add(flag(n, line, "program.import.flag.section"));
                        }
                    } else if ((m = YEAR_HEADING.matcher(line)).matches() && (state == State.REGULAR || state == State.YEAR)) {
                        int year = Integer.parseInt(m.group(1));
                        if (years.stream().anyMatch(y -> y.year() == year)) {
                            throw new ProgramDocumentException(n, "program.import.duplicate-year", year);
                        }
                        YearDraft block = new YearDraft(year, n, new ArrayList<>());
                        years.add(block);
                        state = State.YEAR;
                        currentList = block.items();
                        target = null;
                    } else if (RECIPIENTS.matcher(line).matches() && state == State.IMPLEMENTATION) {
                        state = State.RECIPIENTS;
                    } else if ((m = NUMBERED.matcher(line)).matches()) {
                        target = addNumbered(currentList, m, n, flags);
                    } else if ((m = LETTERED.matcher(line)).matches() && state == State.MISSIONS && !missions.isEmpty()) {
                        Draft parent = missions.get(missions.size() - 1);
                        Draft sub = new Draft(m.group(1), n, m.group(2).strip());
                        parent.subItems.add(sub);
                        target = sub.text;
                    } else if (state == State.IMPLEMENTATION && newParagraph && startsUpper(line)) {
                        // after the numbered arrangements, a new paragraph is the closing statement
                        state = State.CLOSING;
                        append(closing, line, false);
                    } else if (target != null) {
                        if (LETTERED.matcher(line).matches()) {
                            flags.add(flag(n, line, "program.import.flag.lettered"));
                        }
                        append(target, line, newParagraph);
                    } else {
                        flags.add(flag(n, line, "program.import.flag.unplaced"));
                    }
                }
                case CLOSING -> {
                    if (RECIPIENTS.matcher(line).matches()) {
                        state = State.RECIPIENTS;
                    } else {
                        append(closing, line, newParagraph);
                    }
                }
                case RECIPIENTS -> {
                    if ((m = BULLET.matcher(line)).matches()) {
                        recipients.add(m.group(1).replaceAll("[;.,]+$", "").strip());
                    } else if (raw.startsWith("**")) {
                        signerTitle.append(line);
                        state = raw.length() > 2 && raw.endsWith("**") ? State.SIGNER : State.SIGNATURE;
                    } else {
                        flags.add(flag(n, line, "program.import.flag.recipient"));
                    }
                }
                case SIGNATURE -> {
                    signerTitle.append('\n').append(line);
                    if (raw.endsWith("**")) {
                        state = State.SIGNER;
                    }
                }
                case SIGNER -> {
                    signer = line;
                    state = State.END;
                }
                case END -> flags.add(flag(n, line, "program.import.flag.after-signature"));
            }
        }

        if (number == null) {
            throw new ProgramDocumentException(1, "program.import.no-number");
        }
        if (title.isEmpty()) {
            throw new ProgramDocumentException(1, "program.import.no-title");
        }
        String titleText = title.toString().replaceAll("\\s+", " ").strip();
        Matcher term = TERM.matcher(titleText);
        Matcher period = PERIOD.matcher(titleText);
        if (!term.find() || !period.find()) {
            throw new ProgramDocumentException(titleLine, "program.import.no-term");
        }
        int startYear = Integer.parseInt(period.group(1));
        int endYear = Integer.parseInt(period.group(2));
        if (endYear < startYear || endYear - startYear > 10) {
            throw new ProgramDocumentException(titleLine, "program.import.bad-period", startYear, endYear);
        }
        if (state.ordinal() < State.REGULAR.ordinal()) {
            throw new ProgramDocumentException(lines.length, "program.import.no-regular-section");
        }
        for (YearDraft y : years) {
            if (y.year() < startYear || y.year() > endYear) {
                throw new ProgramDocumentException(y.line(), "program.import.year-outside-period", y.year(), startYear, endYear);
            }
        }
        Matcher union = UNION.matcher(titleText);
        return new ParsedProgram(place, date, number, titleText, union.find() ? union.group(1).strip() : null,
                term.group(1).toUpperCase(Locale.ROOT), startYear, endYear, emptyToNull(preamble),
                missions.stream().map(Draft::build).toList(), regular.stream().map(Draft::build).toList(),
                years.stream().map(y -> new ParsedProgram.YearBlock(y.year(), y.line(), y.items().stream().map(Draft::build).toList())).toList(),
                implementation.stream().map(Draft::build).toList(), emptyToNull(closing), recipients,
                emptyToNull(signerTitle), signer, flags);
    }

    private StringBuilder addNumbered(List<Draft> list, Matcher m, int line, List<ParsedProgram.Flag> flags) {
        int number = Integer.parseInt(m.group(1));
        int expected = list.size() + 1;
        if (number != expected) {
            flags.add(new ParsedProgram.Flag(line, m.group(0),
                    Messages.get(locale, "program.import.flag.numbering", expected, number)));
        }
        Draft d = new Draft(Integer.toString(number), line, m.group(2).strip());
        list.add(d);
        return d.text;
    }

    private LocalDate date(int line, String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new ProgramDocumentException(line, "program.import.bad-date");
        }
    }

    private ParsedProgram.Flag flag(int line, String text, String key) {
        return new ParsedProgram.Flag(line, text.length() > 200 ? text.substring(0, 200) + "…" : text, Messages.get(locale, key));
    }

    /**
     * Joins a line to the text before it. A sentence cut by a page break (no closing
     * punctuation, next line in lower case) continues with a space; a new paragraph starts a
     * new line; a soft-wrapped line continues with a space.
     */
    static void append(StringBuilder sb, String line, boolean newParagraph) {
        if (sb.isEmpty()) {
            sb.append(line);
            return;
        }
        char last = sb.charAt(sb.length() - 1);
        boolean sentenceEnded = ".;:!?)”\"/".indexOf(last) >= 0;
        if (newParagraph && (sentenceEnded || startsUpper(line))) {
            sb.append('\n').append(line);
        } else {
            sb.append(' ').append(line);
        }
    }

    private static boolean startsUpper(String line) {
        return Character.isUpperCase(line.codePointAt(0));
    }

    /** Markdown-like emphasis (*…*, **…**) is layout, not text. */
    private static String stripEmphasis(String line) {
        return line.replace("*", "").replaceAll("\\s{2,}", " ").strip();
    }

    private static String emptyToNull(CharSequence s) {
        return s.isEmpty() ? null : s.toString();
    }
}
