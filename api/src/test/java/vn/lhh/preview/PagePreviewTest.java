package vn.lhh.preview;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.xml.sax.InputSource;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.contest.ContestFixtures;
import vn.lhh.expert.ExpertFixtures;
import vn.lhh.news.NewsFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * Shared-link previews: each public page's record as an anonymous visitor may see it (JSON, and the HTML page
 * crawlers get, read back with an HTML parser), the site's defaults for hidden, draft, unknown or record-less
 * pages, and 400 for what is not a path of the site.
 */
@QuarkusTest
class PagePreviewTest {
    static final String PREVIEWS = "/api/v1/page-previews";

    static String site() {
        return "Liên hiệp các hội KH&KT " + ConfigProvider.getConfig().getValue("lhh.union.place", String.class);
    }

    static String siteUrl() {
        return ConfigProvider.getConfig().getValue("lhh.previews.site-url", String.class).replaceAll("/+$", "");
    }

    static JsonPath preview(String path) {
        return Api.anonymous().queryParam("path", path).get(PREVIEWS).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    /** The site's defaults: its own name and description, nothing of any record. */
    static void assertDefaults(JsonPath p, String path) {
        assertEquals(site(), p.getString("title"), path);
        assertEquals(site(), p.getString("documentTitle"), path);
        assertTrue(p.getString("description").startsWith("Trang thông tin của " + site()), path);
        assertEquals("website", p.getString("type"), path);
        assertEquals(siteUrl() + path, p.getString("url"), path);
    }

    @Test
    void aPublishedNewsPostIsPreviewedWithItsTitleSummaryAndCover() {
        String title = Api.unique("Hội thảo kinh tế biển");
        String id = NewsFixtures.draft(title, "public");
        Api.as("staff").header("If-Match", Fixtures.etag(NewsFixtures.path(id))).contentType("image/png").body(NewsFixtures.PNG)
                .queryParam("fileName", "anh-bia.png").put(NewsFixtures.path(id) + "/cover").then().statusCode(200);
        NewsFixtures.transition(id, "published");
        JsonPath p = preview("/news/" + id);
        assertEquals(title, p.getString("title"));
        assertEquals(title + " · " + site(), p.getString("documentTitle"));
        assertEquals("Liên hiệp hội tổng kết Hội thi Sáng tạo kỹ thuật.", p.getString("description"));
        assertEquals("article", p.getString("type"));
        assertEquals(site(), p.getString("siteName"));
        assertEquals(siteUrl() + "/news/" + id, p.getString("url"));
        assertEquals("vi_VN", p.getString("locale"));
        String cover = Api.anonymous().get(NewsFixtures.path(id)).then().statusCode(200).extract().path("cover.url");
        String apiUrl = ConfigProvider.getConfig().getValue("lhh.previews.api-url", String.class).replaceAll("/+$", "");
        assertEquals(apiUrl + cover, p.getString("image"));
    }

    @Test
    void crawlersGetAnHtmlPageWhoseHeadCarriesTheOpenGraphTags() {
        String title = Api.unique("Tin <b>\"đặc biệt\"</b> & mới");
        String id = NewsFixtures.published(title, "public");
        String html = Api.anonymous().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .queryParam("path", "/news/" + id).get(PREVIEWS).then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        // the title's markup is text, escaped: the parser finds no <b> element made of it
        assertTrue(!html.contains("<b>"), html);
        assertEquals(title + " · " + site(), read(html, "/html/head/title"));
        assertEquals(title, read(html, "/html/head/meta[@property='og:title']/@content"));
        assertEquals("Liên hiệp hội tổng kết Hội thi Sáng tạo kỹ thuật.", read(html, "/html/head/meta[@name='description']/@content"));
        assertEquals("Liên hiệp hội tổng kết Hội thi Sáng tạo kỹ thuật.", read(html, "/html/head/meta[@property='og:description']/@content"));
        assertEquals("article", read(html, "/html/head/meta[@property='og:type']/@content"));
        assertEquals(siteUrl() + "/news/" + id, read(html, "/html/head/meta[@property='og:url']/@content"));
        assertEquals(site(), read(html, "/html/head/meta[@property='og:site_name']/@content"));
        assertEquals(siteUrl() + "/news/" + id, read(html, "/html/head/link[@rel='canonical']/@href"));
        assertEquals(title, read(html, "/html/body/h1"));
    }

    /** The page read by the JDK's XML parser (the page is well-formed XHTML), one XPath's text. */
    static String read(String html, String xpath) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var document = factory.newDocumentBuilder().parse(new InputSource(new java.io.StringReader(html)));
            return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
        } catch (Exception e) {
            throw new AssertionError("not a well-formed page: " + html, e);
        }
    }

    @Test
    void anExpertIsPreviewedWithWhatThePublicSeesOfTheProfile() {
        String name = Api.unique("Lê Thị Hồng Nhung");
        String field = ExpertFixtures.field("Y tế biển");
        String id = ExpertFixtures.create(name, field);
        JsonPath p = preview("/experts/" + id);
        String shown = Api.anonymous().get("/api/v1/experts/" + id).then().statusCode(200).extract().path("displayName");
        assertTrue(shown.endsWith(name), shown);
        assertEquals(shown, p.getString("title"));
        assertEquals("profile", p.getString("type"));
        assertTrue(p.getString("description").startsWith("Giảng viên · Trường Đại học Vinh · Y tế biển"), p.getString("description"));
        // contact details are internal: never in a preview
        assertTrue(!p.prettify().contains("chuyengia@example.vn") && !p.prettify().contains("0912"), p.prettify());

        Map<String, Object> hidden = ExpertFixtures.body(Api.unique("Trần Văn Ẩn"), field);
        hidden.put("visibility", Map.of("profile", "internal"));
        String hiddenId = ExpertFixtures.create(hidden);
        assertDefaults(preview("/experts/" + hiddenId), "/experts/" + hiddenId);
    }

    @Test
    void anAssociationIsPreviewedWithItsNameAndDescription() {
        String name = Api.unique("Hội Hải dương học");
        Map<String, Object> body = new HashMap<>(Fixtures.associationBody(name));
        body.put("description", "Hội nghề nghiệp của các nhà khoa học biển.");
        String id = Fixtures.association(body);
        JsonPath p = preview("/associations/" + id);
        assertEquals(name, p.getString("title"));
        assertEquals("Hội nghề nghiệp của các nhà khoa học biển.", p.getString("description"));
        assertEquals("website", p.getString("type"));
    }

    @Test
    void aPublishedBulletinIssueIsPreviewedAndADraftIsNot() {
        String title = Api.unique("Tập san kinh tế biển");
        String id = BulletinFixtures.published(title);
        JsonPath p = preview("/bulletins/" + id);
        assertEquals(title, p.getString("title"));
        assertEquals("article", p.getString("type"));
        assertTrue(p.getString("description").startsWith("Tập san năm thứ "), p.getString("description"));

        String draftTitle = Api.unique("Tập san chưa phát hành");
        String draft = BulletinFixtures.draft(draftTitle);
        JsonPath d = preview("/bulletins/" + draft);
        assertDefaults(d, "/bulletins/" + draft);
        assertTrue(!d.prettify().contains(draftTitle));
    }

    @Test
    void aContestEditionIsPreviewedOnceItIsPublished() {
        String published = ContestFixtures.edition(ContestFixtures.Phase.REGISTRATION);
        String name = Api.anonymous().get(ContestFixtures.editionPath(published)).then().statusCode(200).extract().path("name");
        assertEquals(name, preview("/contests/" + published).getString("title"));
        assertEquals(name, preview("/contests/" + published + "/results").getString("title"));

        String draft = ContestFixtures.draftEdition(ContestFixtures.Phase.REGISTRATION);
        assertDefaults(preview("/contests/" + draft), "/contests/" + draft);
        // the contest page shows the current edition, whichever it is: a published one, never a draft
        JsonPath current = preview("/contests");
        String currentName = Api.anonymous().get("/api/v1/contest-editions/current").then().statusCode(200).extract().path("name");
        assertEquals(currentName, current.getString("title"));
    }

    @Test
    void draftAndMembersOnlyPostsGiveOnlyTheDefaults() {
        String draftTitle = Api.unique("Bản nháp bí mật");
        String draft = NewsFixtures.draft(draftTitle, "public");
        String membersTitle = Api.unique("Tin nội bộ hội viên");
        String members = NewsFixtures.published(membersTitle, "members");
        for (String path : List.of("/news/" + draft, "/news/" + members)) {
            JsonPath p = preview(path);
            assertDefaults(p, path);
            assertTrue(!p.prettify().contains(draftTitle) && !p.prettify().contains(membersTitle), p.prettify());
        }
        // the same answer as for a record that does not exist: a preview does not tell which ids exist
        String unknown = "/news/" + UUID.randomUUID();
        assertDefaults(preview(unknown), unknown);
    }

    @Test
    void pagesWithoutARecordGetTheSiteOrTheListTitle() {
        assertDefaults(preview("/"), "/");
        assertDefaults(preview("/no-such-page/here"), "/no-such-page/here");
        assertDefaults(preview("/experts/not-an-id"), "/experts/not-an-id");
        JsonPath directory = preview("/directory?page=2#top");
        assertEquals("/directory", directory.getString("path"));
        assertEquals("Danh bạ hội thành viên", directory.getString("title"));
        assertEquals("Danh bạ hội thành viên · " + site(), directory.getString("documentTitle"));
    }

    @Test
    void whatIsNotAPathOfTheSiteIsA400() {
        Api.anonymous().get(PREVIEWS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("path"));
        for (String bad : List.of("", "experts/1", "//evil.example/x", "https://evil.example/", "/a\\b", "/a\u0001b", "/" + "x".repeat(2001))) {
            Api.anonymous().queryParam("path", bad).get(PREVIEWS).then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("errors.field", hasItem("path"));
        }
    }

    @Test
    void aLongDescriptionIsCutAtAWord() {
        Map<String, Object> body = NewsFixtures.body(Api.unique("Tin dài"), "public");
        body.put("summary", "Liên hiệp hội tổ chức hội thảo khoa học ".repeat(12));
        String id = NewsFixtures.draft(body);
        NewsFixtures.transition(id, "published");
        String description = preview("/news/" + id).getString("description");
        assertTrue(description.length() <= 200 && description.endsWith("…") && !description.contains("  "), description);
        assertTrue(description.startsWith("Liên hiệp hội tổ chức hội thảo"), description);
    }
}
