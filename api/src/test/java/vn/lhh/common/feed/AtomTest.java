package vn.lhh.common.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The one Atom writer (bulletin and news feeds): well-formed, escaped, tombstones in their namespace. */
class AtomTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void writesAParsableFeedWithEscapedTextAndTombstones() throws Exception {
        Instant t = Instant.parse("2026-11-27T08:00:00Z");
        String xml = Atom.write(new Atom.Feed("https://api.example/feed", "Tin <mới> & \"hay\"", "Liên hiệp hội", "https://api.example/feed?x=1&y=2", "vi"), t,
                List.of(new Atom.Entry("urn:uuid:1", "A & B <c>", t, t, List.of(new Atom.Link("enclosure", "application/pdf", "https://api.example/f.pdf", 42L)),
                                List.of("hội thi"), "Tóm tắt", "<p>Nội <strong>dung</strong></p>"),
                        new Atom.Tombstone("urn:uuid:2", t, "Gỡ <bài>")));
        Document doc;
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Tin <mới> & \"hay\"", doc.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        Element entry = (Element) doc.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals("A & B <c>", entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        Element content = (Element) entry.getElementsByTagNameNS(ATOM, "content").item(0);
        assertEquals("html", content.getAttribute("type"));
        assertEquals("<p>Nội <strong>dung</strong></p>", content.getTextContent(), "type=html content is escaped once, read back as HTML");
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals("42", link.getAttribute("length"));
        assertEquals("hội thi", ((Element) entry.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"));
        Element gone = (Element) doc.getElementsByTagNameNS("http://purl.org/atompub/tombstones/1.0", "deleted-entry").item(0);
        assertEquals("urn:uuid:2", gone.getAttribute("ref"));
        assertTrue(xml.contains("Gỡ &lt;bài&gt;"));
    }
}
