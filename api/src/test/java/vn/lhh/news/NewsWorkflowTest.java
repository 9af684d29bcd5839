package vn.lhh.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.news.NewsFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.Tokens;

/** A post from draft to publication and back down: sanitising, audiences, search, scheduling, the cover and the feed. */
@QuarkusTest
class NewsWorkflowTest {

    @Test
    void aScriptNeverComesBackThroughTheApi() {
        Map<String, Object> body = NewsFixtures.body(Api.unique("Tin có mã độc"), "public");
        body.put("bodyHtml", "<p onclick=\"alert(1)\">Nội dung <a href=\"javascript:alert(2)\">liên kết</a></p><script>alert(3)</script>"
                + "<img src=x onerror=alert(4)><iframe src=\"https://evil.example\"></iframe>");
        String id = Api.as("staff").body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
        NewsFixtures.transition(id, "published");
        for (String who : List.of("anonymous", "staff")) {
            String html = (who.equals("anonymous") ? Api.anonymous() : Api.as(who)).get(path(id)).then().statusCode(200).extract().path("bodyHtml");
            String lower = html.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("<script"), html);
            assertFalse(lower.contains("javascript:"), html);
            assertFalse(lower.contains("onclick") || lower.contains("onerror"), html);
            assertFalse(lower.contains("<iframe"), html);
            assertTrue(html.contains("Nội dung"), html);
        }
        String feed = given().get("/api/v1/post-feed/atom").then().statusCode(200).extract().asString();
        assertFalse(feed.toLowerCase(Locale.ROOT).contains("&lt;script"), "the feed carries the sanitised body only");
        // a body that is nothing but a script is refused: nothing would be left to show
        body.put("bodyHtml", "<script>alert(1)</script>");
        Api.as("staff").body(body).post("/api/v1/posts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("bodyHtml"));
    }

    @Test
    void fromDraftToPublicationAndDown() {
        String title = Api.unique("Khai mạc Hội thi Sáng tạo kỹ thuật");
        String id = NewsFixtures.draft(title, "public");
        Api.anonymous().get(path(id)).then().statusCode(404);
        Api.as("staff").get(path(id)).then().statusCode(200).body("status", equalTo("draft")).body("createdBy", equalTo("staff"))
                .body("allowedTransitions", equalTo(List.of("scheduled", "published"))).body("tags", equalTo(List.of("hội thi", "sáng tạo")));
        // If-Match: required, then checked
        Api.as("staff").body(Map.of("to", "published")).post(path(id) + "/transitions").then().statusCode(428);
        Api.as("staff").header("If-Match", "\"41\"").body(Map.of("to", "published")).post(path(id) + "/transitions").then().statusCode(412);
        // not everything is a move
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(Map.of("to", "unpublished")).post(path(id) + "/transitions")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("published"));
        NewsFixtures.transition(id, "published");
        Api.anonymous().get(path(id)).then().statusCode(200).body("title", equalTo(title)).body("publishedAt", notNullValue())
                .body("createdBy", nullValue()).body("publishedBy", nullValue()).body("allowedTransitions", equalTo(List.of()));
        Api.anonymous().queryParam("q", title).get("/api/v1/posts").then().statusCode(200).body("items.id", hasItem(id));
        // a published post is taken down before it is deleted
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).delete(path(id)).then().statusCode(409);
        NewsFixtures.transition(id, "unpublished");
        Api.anonymous().get(path(id)).then().statusCode(404);
        Api.anonymous().queryParam("q", title).get("/api/v1/posts").then().statusCode(200).body("items.id", not(hasItem(id)));
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).delete(path(id)).then().statusCode(204);
        Api.as("staff").get(path(id)).then().statusCode(404);
        Api.as("admin").queryParam("entityType", "post").queryParam("entityId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItem("create")).body("items.action", hasItem("update")).body("items.action", hasItem("delete"));
    }

    @Test
    void eachAudienceReadsItsOwn() {
        String tag = "ma-tran-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> ids = new HashMap<>();
        for (String audience : List.of("public", "members", "internal")) {
            Map<String, Object> body = NewsFixtures.body(Api.unique("Tin " + audience), audience);
            body.put("tags", List.of(tag));
            String id = NewsFixtures.draft(body);
            NewsFixtures.transition(id, "published");
            ids.put(audience, id);
        }
        assertEquals(List.of(ids.get("public")), Api.anonymous().queryParam("tag", tag).get("/api/v1/posts").then().statusCode(200).extract().path("items.id"));
        for (String who : List.of("officer", "expert", "partner")) {
            List<String> seen = Api.as(who).queryParam("tag", tag).get("/api/v1/posts").then().statusCode(200).extract().path("items.id");
            assertEquals(2, seen.size(), who + " sees " + seen);
            assertTrue(seen.containsAll(List.of(ids.get("public"), ids.get("members"))), who);
        }
        assertEquals(3, Api.as("staff").queryParam("tag", tag).get("/api/v1/posts").then().extract().<List<String>>path("items.id").size());
        // asking for more than one may read narrows nothing open
        Api.anonymous().queryParam("tag", tag).queryParam("audience", "internal").get("/api/v1/posts").then().statusCode(200).body("total", equalTo(0));
        Api.as("admin").queryParam("tag", tag).queryParam("audience", "internal").get("/api/v1/posts").then().body("items.id", equalTo(List.of(ids.get("internal"))));
    }

    @Test
    void searchIgnoresAccentsAndCaseOverTitleSummaryAndTags() {
        String word = "Xoài" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = NewsFixtures.body("Hội thảo về cây " + word + " ở Nghĩa Đàn", "public");
        body.put("tags", List.of("nông nghiệp công nghệ cao"));
        String id = NewsFixtures.draft(body);
        NewsFixtures.transition(id, "published");
        String plain = word.toLowerCase(Locale.ROOT).replace("à", "a");
        for (String q : List.of("hoi thao " + plain, plain + " nghia dan", "HỘI THẢO " + word.toUpperCase(Locale.ROOT), plain + " nong nghiep cong nghe", plain + " cao")) {
            Api.anonymous().queryParam("q", q).get("/api/v1/posts").then().statusCode(200).body("items.id", hasItem(id));
        }
        Api.anonymous().queryParam("q", plain + " bulletin").get("/api/v1/posts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void pinnedAnnouncementsAreListedApart() {
        Map<String, Object> body = NewsFixtures.body(Api.unique("Thông báo ghim"), "public");
        body.put("kind", "announcement");
        body.put("pinned", true);
        String id = NewsFixtures.draft(body);
        NewsFixtures.transition(id, "published");
        Api.anonymous().queryParam("pinned", "true").queryParam("size", "100").get("/api/v1/posts").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.pinned", not(hasItem(false)));
        Api.anonymous().queryParam("pinned", "false").queryParam("size", "100").get("/api/v1/posts").then().body("items.id", not(hasItem(id)));
        Api.anonymous().queryParam("kind", "announcement").queryParam("size", "100").get("/api/v1/posts").then().body("items.kind", not(hasItem("news")));
    }

    @Test
    void aScheduledPostPublishesItselfOnce() throws InterruptedException {
        String id = NewsFixtures.draft(Api.unique("Tin hẹn giờ"), "public");
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(Map.of("to", "scheduled", "scheduledAt", Instant.now().minusSeconds(5).toString()))
                .post(path(id) + "/transitions").then().statusCode(400).body("errors.field", hasItem("scheduledAt"));
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(Map.of("to", "scheduled")).post(path(id) + "/transitions")
                .then().statusCode(400).body("errors.field", hasItem("scheduledAt"));
        Instant at = Instant.now().plusSeconds(2);
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(Map.of("to", "scheduled", "scheduledAt", at.toString()))
                .post(path(id) + "/transitions").then().statusCode(200).body("status", equalTo("scheduled"));
        Api.anonymous().get(path(id)).then().statusCode(404);
        String status = "scheduled";
        for (int i = 0; i < 40 && !status.equals("published"); i++) {
            Thread.sleep(250);
            status = Api.as("staff").get(path(id)).then().extract().path("status");
        }
        assertEquals("published", status);
        Api.anonymous().get(path(id)).then().statusCode(200).body("scheduledAt", nullValue());
        Instant publishedAt = Instant.parse(Api.as("staff").get(path(id)).then().extract().path("publishedAt"));
        assertFalse(publishedAt.isBefore(at), "published at " + publishedAt + ", scheduled for " + at);
        List<Map<String, Object>> events = Api.as("admin").queryParam("entityType", "post").queryParam("entityId", id).queryParam("actor", "system:scheduler")
                .get("/api/v1/audit-events").then().statusCode(200).extract().path("items");
        assertEquals(1, events.size(), "published once: " + events);
    }

    @Test
    void retriesWithTheSameIdempotencyKeyCreateOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = NewsFixtures.body(Api.unique("Tin gửi lại"), "public");
        String first = Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
        String second = Api.as("staff").header("Idempotency-Key", key).body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
        assertEquals(first, second);
        Api.as("staff").queryParam("q", (String) body.get("title")).get("/api/v1/posts").then().body("total", equalTo(1));
    }

    @Test
    void conditionalReadsAndStaleWrites() {
        String id = NewsFixtures.published(Api.unique("Tin có phiên bản"), "public");
        String etag = Api.anonymous().get(path(id)).then().statusCode(200).extract().header("ETag");
        Api.anonymous().header("If-None-Match", etag).get(path(id)).then().statusCode(304);
        Map<String, Object> body = NewsFixtures.body("Tin đã sửa " + id.substring(0, 8), "public");
        Api.as("staff").body(body).put(path(id)).then().statusCode(428).contentType("application/problem+json");
        Api.as("staff").header("If-Match", etag).body(body).put(path(id)).then().statusCode(200).body("title", equalTo(body.get("title")));
        Api.as("staff").header("If-Match", etag).body(body).put(path(id)).then().statusCode(412).contentType("application/problem+json");
        Api.anonymous().header("If-None-Match", etag).get(path(id)).then().statusCode(200);
    }

    @Test
    void theCoverIsCheckedByContentAndServedToReaders() {
        String id = NewsFixtures.draft(Api.unique("Tin có ảnh bìa"), "public");
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("image/png")
                .body("MZ not an image".getBytes(StandardCharsets.UTF_8)).queryParam("fileName", "bia.png").put(path(id) + "/cover")
                .then().statusCode(415).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("image/png")
                .body(NewsFixtures.PNG).queryParam("fileName", "bia.png").put(path(id) + "/cover")
                .then().statusCode(200).body("cover.contentType", equalTo("image/png")).body("cover.url", equalTo(path(id) + "/cover"));
        given().get(path(id) + "/cover").then().statusCode(404);
        NewsFixtures.transition(id, "published");
        byte[] served = given().get(path(id) + "/cover").then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertEquals(NewsFixtures.PNG.length, served.length);
        Api.anonymous().queryParam("q", id.substring(0, 0) + "tin co anh bia").get("/api/v1/posts").then().body("items.coverUrl", hasItem(path(id) + "/cover"));
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).delete(path(id) + "/cover").then().statusCode(200).body("cover", nullValue());
        given().get(path(id) + "/cover").then().statusCode(404);
    }

    @Test
    void theAtomFeedCarriesPublicPostsAndTombstones() throws Exception {
        String pub = NewsFixtures.published(Api.unique("Tin trong nguồn tin"), "public");
        String members = NewsFixtures.published(Api.unique("Tin hội viên ngoài nguồn tin"), "members");
        String down = NewsFixtures.published(Api.unique("Tin đã gỡ"), "public");
        NewsFixtures.transition(down, "unpublished");
        var res = given().get("/api/v1/post-feed/atom").then().statusCode(200).contentType(containsString("application/atom+xml")).extract();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(res.asByteArray()));
        assertEquals("feed", doc.getDocumentElement().getLocalName());
        List<String> entryIds = texts(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry"), "id");
        assertTrue(entryIds.contains("urn:uuid:" + pub), "the public post is an entry");
        assertFalse(entryIds.contains("urn:uuid:" + members), "a members' post is not in the public feed");
        assertFalse(entryIds.contains("urn:uuid:" + down));
        NodeList tombstones = doc.getElementsByTagNameNS("http://purl.org/atompub/tombstones/1.0", "deleted-entry");
        boolean found = false;
        for (int i = 0; i < tombstones.getLength(); i++) {
            found |= ("urn:uuid:" + down).equals(((Element) tombstones.item(i)).getAttribute("ref"));
        }
        assertTrue(found, "the post taken down is a tombstone");
    }

    private static List<String> texts(NodeList entries, String child) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            out.add(((Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", child).item(0).getTextContent());
        }
        return out;
    }
}
