package vn.lhh.common.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.lhh.common.problem.ProblemException;

/**
 * Vietnamese-aware search keys: lower case, no diacritics, đ as d. Matches the database's
 * f_search_key(), so that "hoi y hoc" finds "Hội Y học".
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_TOKENS = 8;

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                // invisible format (Cf) characters pasted from office documents must not break a match
                .replaceAll("\\p{Cf}", "");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The distinct words of a query, normalized, at most eight. */
    public static List<String> tokens(String query) {
        String n = normalize(query);
        if (n.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(n.split(" ")).distinct().limit(MAX_TOKENS).toList();
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The distinct words of a query (letters and digits only), normalized, at most eight. */
    public static List<String> words(String query) {
        return Arrays.stream(NON_WORD.split(normalize(query))).filter(w -> !w.isEmpty()).distinct().limit(MAX_TOKENS).toList();
    }

    /**
     * A PostgreSQL text query (to_tsquery 'simple'): every word whole, the last one also as the start
     * of a word, since it may still be being typed: "nguyen van hun" → 'nguyen' &amp; 'van' &amp; 'hun':*.
     * Null when the query has no word. (A prefix on every word would read the index entries of every
     * word starting so, four times the work for a common surname.)
     */
    public static String prefixQuery(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            terms.add("'" + words.get(i) + "'" + (i == words.size() - 1 ? ":*" : ""));
        }
        return String.join(" & ", terms);
    }

    /** A LIKE pattern that matches the token anywhere, with LIKE's wildcards escaped (escape char '\'). */
    public static String containsPattern(String token) {
        return "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Text as stored: Unicode NFC (composed), trimmed; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\p{Cf}", "").trim();
        return nfc;
    }

    /**
     * Like {@link #clean} for a required field: text that is empty once cleaned (only zero-width
     * characters, which Bean Validation's NotBlank lets through) is refused, naming the field.
     */
    public static String cleanRequired(String field, String text) {
        String c = clean(text);
        if (c == null || c.isEmpty()) {
            throw ProblemException.invalidField(field, "jakarta.validation.constraints.NotBlank.message");
        }
        return c;
    }

    /** Like {@link #clean} but blank becomes null, for optional fields. */
    public static String cleanOptional(String text) {
        String c = clean(text);
        return c == null || c.isEmpty() ? null : c;
    }
}
