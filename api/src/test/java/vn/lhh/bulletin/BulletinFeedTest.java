package vn.lhh.bulletin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** The change feed partners pull: order, cursors, withdrawals, and no entry missed or repeated while issues are being published. */
@QuarkusTest
class BulletinFeedTest {
    static final String FEED = "/api/v1/bulletin-feed";

    /** Reads from the cursor to the end, page by page. */
    static List<Map<String, Object>> crawl(String[] cursor, int size) {
        List<Map<String, Object>> seen = new ArrayList<>();
        boolean more = true;
        while (more) {
            JsonPath page = Api.as("partner").queryParam("cursor", cursor[0]).queryParam("size", size).get(FEED)
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items"));
            cursor[0] = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        return seen;
    }

    static String end() {
        String[] cursor = {"0"};
        crawl(cursor, 100);
        return cursor[0];
    }

    @Test
    void publicationUpdateAndWithdrawalEachMoveTheIssueToTheEnd() {
        String[] cursor = {end()};
        String article = BulletinFixtures.article(Api.unique("Bài trong nguồn cấp"));
        String id = BulletinFixtures.published(Api.unique("Tập san nguồn cấp"), List.of(article));
        List<Map<String, Object>> entries = crawl(cursor, 10);
        assertEquals(1, entries.size(), entries.toString());
        assertEquals("published", entries.get(0).get("change"));
        assertEquals(id, ((Map<?, ?>) entries.get(0).get("issue")).get("id"));
        assertEquals(article, ((Map<?, ?>) ((List<?>) entries.get(0).get("articles")).get(0)).get("id"));
        assertEquals("/api/v1/bulletins/" + id + "/pdf", ((Map<?, ?>) ((Map<?, ?>) entries.get(0).get("issue")).get("pdf")).get("url"));

        // a correction to a placed article is an update of its issue
        String ap = "/api/v1/bulletin-articles/" + article;
        Api.as("staff").header("If-Match", Fixtures.etag(ap)).body(BulletinFixtures.articleBody("Bài đã đính chính")).put(ap).then().statusCode(200);
        entries = crawl(cursor, 10);
        assertEquals(List.of("updated"), entries.stream().map(e -> e.get("change")).toList());

        BulletinFixtures.transition(id, "withdrawn", "Trùng nội dung số trước");
        entries = crawl(cursor, 10);
        assertEquals(1, entries.size());
        Map<?, ?> withdrawn = (Map<?, ?>) entries.get(0).get("issue");
        assertEquals("withdrawn", entries.get(0).get("change"));
        assertEquals("Trùng nội dung số trước", withdrawn.get("withdrawReason"));
        assertEquals(null, withdrawn.get("pdf"));
        assertEquals(List.of(), entries.get(0).get("articles"));
        // the whole feed shows the issue once, at its latest change
        String[] start = {"0"};
        assertEquals(1, crawl(start, 50).stream().filter(e -> id.equals(((Map<?, ?>) e.get("issue")).get("id"))).count());
        // nothing new: the cursor stays
        String before = cursor[0];
        assertEquals(List.of(), crawl(cursor, 10));
        assertEquals(before, cursor[0]);
    }

    @Test
    void noEntryIsMissedOrRepeatedWhileIssuesAreBeingPublished() throws Exception {
        String[] cursor = {end()};
        int n = 12;
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String id = BulletinFixtures.draft(Api.unique("Tập san song song " + k));
            BulletinFixtures.uploadPdf(id, "song song " + k);
            BulletinFixtures.transition(id, "in_review", null);
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> publishing = new ArrayList<>();
        for (String id : ids) {
            publishing.add(pool.submit(() -> BulletinFixtures.transition(id, "published", null)));
        }
        // crawl in small pages while the four threads publish
        List<Map<String, Object>> seen = new ArrayList<>();
        boolean done = false;
        while (!done) {
            done = publishing.stream().allMatch(Future::isDone);
            seen.addAll(crawl(cursor, 2));
        }
        for (Future<?> f : publishing) {
            f.get();
        }
        pool.shutdown();
        seen.addAll(crawl(cursor, 2));
        List<String> seenIds = seen.stream().map(e -> (String) ((Map<?, ?>) e.get("issue")).get("id")).toList();
        assertEquals(new HashSet<>(ids), new HashSet<>(seenIds), "every published issue seen");
        assertEquals(seenIds.size(), new HashSet<>(seenIds).size(), "none seen twice: " + seenIds);
        List<Long> positions = seen.stream().map(e -> Long.parseLong((String) e.get("cursor"))).toList();
        for (int k = 1; k < positions.size(); k++) {
            assertTrue(positions.get(k) > positions.get(k - 1), "positions increase: " + positions);
        }
    }

    @Test
    void updatedSinceAndBadCursors() {
        Instant before = Instant.now().minusSeconds(1);
        String id = BulletinFixtures.published(Api.unique("Tập san từ thời điểm"));
        Api.as("partner").queryParam("updatedSince", before.toString()).get(FEED).then().statusCode(200)
                .body("items.issue.id", hasItem(id));
        Api.as("partner").queryParam("updatedSince", Instant.now().plusSeconds(3600).toString()).get(FEED).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("nextCursor", equalTo(end()));
        Api.as("partner").queryParam("cursor", "abc").get(FEED).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("cursor"));
        Api.as("partner").queryParam("cursor", "1").queryParam("updatedSince", before.toString()).get(FEED).then().statusCode(400);
        Api.as("partner").queryParam("updatedSince", "yesterday").get(FEED).then().statusCode(400);
        Api.as("partner").queryParam("size", "0").get(FEED).then().statusCode(400);
        Api.as("partner").queryParam("size", "101").get(FEED).then().statusCode(400);
    }

    @Test
    void theAtomFeedIsValidXmlWithTombstonesForWithdrawals() throws Exception {
        String title = Api.unique("Tập san <Atom> & bạn bè");
        String id = BulletinFixtures.published(title);
        String gone = BulletinFixtures.published(Api.unique("Tập san thu hồi Atom"));
        BulletinFixtures.transition(gone, "withdrawn", "Lý do thu hồi");
        String xml = given().get(FEED + "/atom").then().statusCode(200).contentType(containsString("application/atom+xml"))
                .extract().asString();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String atom = "http://www.w3.org/2005/Atom";
        Map<String, String> entries = new HashMap<>();
        var list = doc.getElementsByTagNameNS(atom, "entry");
        for (int k = 0; k < list.getLength(); k++) {
            var e = (org.w3c.dom.Element) list.item(k);
            entries.put(e.getElementsByTagNameNS(atom, "id").item(0).getTextContent(), e.getElementsByTagNameNS(atom, "title").item(0).getTextContent());
        }
        assertEquals(title, entries.get("urn:uuid:" + id));
        Set<String> tombstones = new HashSet<>();
        var deleted = doc.getElementsByTagNameNS("http://purl.org/atompub/tombstones/1.0", "deleted-entry");
        for (int k = 0; k < deleted.getLength(); k++) {
            tombstones.add(((org.w3c.dom.Element) deleted.item(k)).getAttribute("ref"));
        }
        assertTrue(tombstones.contains("urn:uuid:" + gone), tombstones.toString());
        assertTrue(!entries.containsKey("urn:uuid:" + gone));
    }
}
