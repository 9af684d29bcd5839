package vn.lhh.news.service;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one way a post's rich text enters the database: through an allow-list HTML sanitiser
 * (OWASP java-html-sanitizer). Text structure, emphasis, lists, quotes, tables, links (http, https,
 * mailto; opened with rel="noopener noreferrer nofollow") and images (http, https) stay; scripts,
 * styles, event handlers (on*), javascript: and data: URLs, iframes, forms and everything else go.
 * A heading h1 becomes h2: the page's own title is its h1.
 */
public final class PostHtml {
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote", "ul", "ol", "li",
                    "hr", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "a", "img")
            .allowElements((name, attrs) -> "h2", "h1")
            .allowElements((name, attrs) -> "p", "div")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("img")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,2}")).onElements("td", "th")
            .toFactory();

    private PostHtml() {
    }

    /** The safe HTML to store and serve; blank in, empty out. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html).trim();
    }

    /** True when the sanitised HTML shows nothing: no text and no image. */
    public static boolean isEmpty(String safeHtml) {
        return !safeHtml.contains("<img") && plainText(safeHtml).isEmpty();
    }

    /** The text of sanitised HTML (tags dropped, entities of the sanitiser decoded), for excerpts. */
    public static String plainText(String safeHtml) {
        String text = TAGS.matcher(safeHtml).replaceAll(" ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'")
                .replace("&#61;", "=").replace("&#64;", "@").replace("&#43;", "+").replace("&#96;", "`").replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").trim();
    }
}
