package vn.lhh.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notification is about. Each kind has a stable code (stored in the tables, used in the API and
 * in preferences) and a Qute template base name under {@code src/main/resources/templates/notification/}:
 * {@code <template>.subject.txt} (one line), {@code <template>.txt} (plain text) and
 * {@code <template>.html} (HTML part), Vietnamese first, then English.
 * <p>
 * Add a kind: a constant here (code in kebab-case, unique) + the three template files. See
 * {@link vn.lhh.notification.service.NotificationService} for the values every template receives.
 */
public enum NotificationKind {
    /** A message from the office or the system, free text: data {@code title} and {@code body}. */
    SYSTEM_MESSAGE("system-message", "system-message");

    private final String code;
    private final String template;

    NotificationKind(String code, String template) {
        this.code = code;
        this.template = template;
    }

    public String code() {
        return code;
    }

    /** The templates' base name: notification/&lt;template&gt;.subject.txt, .txt, .html */
    public String template() {
        return template;
    }

    public static Optional<NotificationKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
