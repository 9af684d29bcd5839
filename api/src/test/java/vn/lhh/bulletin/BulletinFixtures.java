package vn.lhh.bulletin;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.Tokens;

/** Bulletin issues and articles through the API with real tokens; every issue gets a month and number of its own. */
public final class BulletinFixtures {
    /** Months from 2101-01 on, far from any month a test names on purpose. */
    private static final AtomicInteger NEXT = new AtomicInteger();

    private BulletinFixtures() {
    }

    /** A small but real PDF (what the content check looks for), different for each text. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The next unused month (yyyy-MM) and number. */
    public static Map<String, Object> issueBody(String title) {
        int n = NEXT.incrementAndGet();
        Map<String, Object> b = new HashMap<>();
        b.put("volume", 100 + n / 12);
        b.put("number", n);
        b.put("month", YearMonth.of(2101, 1).plusMonths(n).toString());
        b.put("title", title);
        b.put("summary", "Số chuyên đề nông nghiệp công nghệ cao.");
        return b;
    }

    public static String path(String issueId) {
        return "/api/v1/bulletins/" + issueId;
    }

    /** A draft issue. */
    public static String draft(String title) {
        return Api.as("staff").body(issueBody(title)).post("/api/v1/bulletins").then().statusCode(201).extract().path("id");
    }

    public static void uploadPdf(String issueId, String text) {
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(issueId))).contentType("application/pdf")
                .body(pdf(text)).queryParam("fileName", "tap-san.pdf").put(path(issueId) + "/pdf").then().statusCode(200);
    }

    public static void transition(String issueId, String to, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        Api.as("staff").header("If-Match", Fixtures.etag(path(issueId))).body(body).post(path(issueId) + "/transitions")
                .then().statusCode(200);
    }

    /** A published issue with its PDF and the given articles placed in order. */
    public static String published(String title, List<String> articleIds) {
        String id = draft(title);
        uploadPdf(id, title);
        articleIds.forEach(a -> place(a, id));
        transition(id, "in_review", null);
        transition(id, "published", null);
        return id;
    }

    public static String published(String title) {
        return published(title, List.of());
    }

    public static Map<String, Object> articleBody(String title, String... keywords) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("abstractText", "Kết quả thử nghiệm tại huyện Nghĩa Đàn, Nghệ An.");
        b.put("keywords", List.of(keywords));
        b.put("authors", List.of(Map.of("name", "ThS. Trần Thị Lan", "affiliation", "Trường Đại học Vinh")));
        b.put("pageFrom", 3);
        b.put("pageTo", 7);
        return b;
    }

    public static String article(String title, String... keywords) {
        return Api.as("staff").body(articleBody(title, keywords)).post("/api/v1/bulletin-articles").then().statusCode(201).extract().path("id");
    }

    public static void place(String articleId, String issueId) {
        String path = "/api/v1/bulletin-articles/" + articleId;
        Map<String, Object> body = new HashMap<>();
        body.put("issueId", issueId);
        Api.as("staff").header("If-Match", Fixtures.etag(path)).body(body).put(path + "/placement").then().statusCode(200);
    }
}
