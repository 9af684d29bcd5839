package vn.lhh.common.feed;

import java.time.Instant;
import java.util.List;

/**
 * Atom 1.0 (RFC 4287) by hand, for every feed the API offers (bulletins, news): a few elements,
 * escaped; deletions as RFC 6721 tombstones. No library needed for that.
 */
public final class Atom {
    public static final String MEDIA_TYPE = "application/atom+xml";

    private Atom() {
    }

    /** A link of an entry; length may be null. */
    public record Link(String rel, String type, String href, Long length) {
        public static Link alternate(String type, String href) {
            return new Link("alternate", type, href, null);
        }
    }

    /** What a feed holds: entries and tombstones. */
    public sealed interface Item permits Entry, Tombstone {
    }

    /**
     * An entry. published, summary, contentHtml may be null; contentHtml must already be safe HTML
     * (it is escaped once more as Atom's type="html" requires).
     */
    public record Entry(String id, String title, Instant updated, Instant published, List<Link> links, List<String> categories,
                        String summary, String contentHtml) implements Item {
    }

    /** A removed entry (RFC 6721): its id, when, and why. */
    public record Tombstone(String ref, Instant when, String comment) implements Item {
    }

    /** The feed's head. */
    public record Feed(String id, String title, String author, String self, String lang) {
    }

    public static String write(Feed feed, Instant updated, List<? extends Item> items) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:at=\"http://purl.org/atompub/tombstones/1.0\" xml:lang=\"")
                .append(esc(feed.lang())).append("\">\n")
                .append("  <id>").append(esc(feed.id())).append("</id>\n")
                .append("  <title>").append(esc(feed.title())).append("</title>\n")
                .append("  <updated>").append(updated == null ? Instant.EPOCH : updated).append("</updated>\n")
                .append("  <author><name>").append(esc(feed.author())).append("</name></author>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(feed.self())).append("\"/>\n");
        for (Item item : items) {
            if (item instanceof Tombstone t) {
                x.append("  <at:deleted-entry ref=\"").append(esc(t.ref())).append("\" when=\"").append(t.when()).append("\">\n")
                        .append("    <at:comment>").append(esc(t.comment())).append("</at:comment>\n")
                        .append("  </at:deleted-entry>\n");
                continue;
            }
            Entry e = (Entry) item;
            x.append("  <entry>\n")
                    .append("    <id>").append(esc(e.id())).append("</id>\n")
                    .append("    <title>").append(esc(e.title())).append("</title>\n")
                    .append("    <updated>").append(e.updated()).append("</updated>\n");
            if (e.published() != null) {
                x.append("    <published>").append(e.published()).append("</published>\n");
            }
            for (Link l : e.links()) {
                x.append("    <link rel=\"").append(esc(l.rel())).append("\" type=\"").append(esc(l.type())).append("\"");
                if (l.length() != null) {
                    x.append(" length=\"").append(l.length()).append("\"");
                }
                x.append(" href=\"").append(esc(l.href())).append("\"/>\n");
            }
            for (String c : e.categories()) {
                x.append("    <category term=\"").append(esc(c)).append("\"/>\n");
            }
            if (e.summary() != null) {
                x.append("    <summary>").append(esc(e.summary())).append("</summary>\n");
            }
            if (e.contentHtml() != null) {
                x.append("    <content type=\"html\">").append(esc(e.contentHtml())).append("</content>\n");
            }
            x.append("  </entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    /** XML text and attribute escaping. */
    public static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
