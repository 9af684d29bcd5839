package vn.lhh.expert.service;

import java.util.regex.Pattern;

/** ORCID iDs: four groups of four digits, the last character a ISO 7064 MOD 11-2 check digit (0–9 or X). */
public final class Orcid {
    private static final Pattern FORMAT = Pattern.compile("^\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]$");

    private Orcid() {
    }

    public static boolean isValid(String orcid) {
        if (orcid == null || !FORMAT.matcher(orcid).matches()) {
            return false;
        }
        String digits = orcid.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char expected = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(15) == expected;
    }
}
