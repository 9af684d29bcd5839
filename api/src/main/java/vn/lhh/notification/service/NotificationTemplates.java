package vn.lhh.notification.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lhh.notification.NotificationKind;

/**
 * Renders a kind's Qute templates (notification/&lt;template&gt;.subject.txt, .txt, .html). The HTML part is
 * escaped by Qute (text/html); the subject is reduced to one line of printable characters, so that no value
 * can carry CR/LF into a mail header.
 */
@ApplicationScoped
public class NotificationTemplates {
    public static final int MAX_SUBJECT = 250;
    /** Names every template may use besides the notification's own data (these win over data keys). */
    public static final List<String> RESERVED = List.of("union", "link", "recipientName", "unsubscribeUrl", "items");

    public record Rendered(String subject, String text, String html) {
    }

    @Inject
    Engine engine;
    @ConfigProperty(name = "lhh.union.name", defaultValue = "Liên hiệp các hội Khoa học và Kỹ thuật")
    String unionName;

    /** The subject alone (the inbox title), from the data as stored. */
    public String subject(NotificationKind kind, Map<String, Object> data) {
        return oneLine(template(kind.template() + ".subject.txt").data(values(data, null, null, null)).render());
    }

    public Rendered render(NotificationKind kind, Map<String, Object> data, String link, String recipientName, String unsubscribeUrl) {
        Map<String, Object> values = values(data, link, recipientName, unsubscribeUrl);
        return new Rendered(oneLine(template(kind.template() + ".subject.txt").data(values).render()),
                template(kind.template() + ".txt").data(values).render(),
                template(kind.template() + ".html").data(values).render());
    }

    /** The daily digest: items are maps with title and link (absolute or null). */
    public Rendered digest(List<Map<String, Object>> items, String recipientName, String unsubscribeUrl) {
        Map<String, Object> values = values(Map.of(), null, recipientName, unsubscribeUrl);
        values.put("items", items);
        values.put("count", items.size());
        return new Rendered(oneLine(template("digest.subject.txt").data(values).render()),
                template("digest.txt").data(values).render(), template("digest.html").data(values).render());
    }

    private Map<String, Object> values(Map<String, Object> data, String link, String recipientName, String unsubscribeUrl) {
        Map<String, Object> v = new HashMap<>(data);
        v.put("union", unionName);
        v.put("link", link);
        v.put("recipientName", recipientName);
        v.put("unsubscribeUrl", unsubscribeUrl);
        return v;
    }

    private Template template(String name) {
        Template t = engine.getTemplate("notification/" + name);
        if (t == null) {
            throw new IllegalStateException("missing template notification/" + name);
        }
        return t;
    }

    /** One header-safe line: every control character (CR, LF, tab...) and run of spaces becomes one space. */
    public static String oneLine(String s) {
        String line = s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll(" {2,}", " ").strip();
        return line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT - 1) + "…" : line;
    }
}
