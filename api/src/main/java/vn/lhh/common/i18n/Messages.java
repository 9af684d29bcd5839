package vn.lhh.common.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing API texts: Vietnamese first, English when the caller asks for it with
 * Accept-Language.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** One bundle for every API text, shared with Bean Validation: ValidationMessages_vi (vi), ValidationMessages (en). */
    private static final String BUNDLE = "ValidationMessages";

    private Messages() {
    }

    /** The first acceptable language we speak; Vietnamese when the caller states none. */
    public static Locale pick(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale l : acceptable) {
                if ("vi".equals(l.getLanguage())) {
                    return VIETNAMESE;
                }
                if ("en".equals(l.getLanguage())) {
                    return ENGLISH;
                }
            }
        }
        return VIETNAMESE;
    }

    /** The language of an Accept-Language header; Vietnamese when absent or unreadable. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            return pick(Locale.LanguageRange.parse(header).stream().map(r -> Locale.forLanguageTag(r.getRange())).toList());
        } catch (IllegalArgumentException e) {
            return VIETNAMESE;
        }
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ROOT : VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Resolves "{key}" placeholders (as used in field errors) and leaves other text as it is. */
    public static String resolve(Locale locale, String text, Object... args) {
        if (text != null && text.length() > 2 && text.startsWith("{") && text.endsWith("}")) {
            return get(locale, text.substring(1, text.length() - 1), args);
        }
        return text;
    }
}
