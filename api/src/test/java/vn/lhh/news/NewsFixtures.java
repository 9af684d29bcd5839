package vn.lhh.news;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Posts through the API with real tokens. */
public final class NewsFixtures {
    /** A PNG signature and header chunk: what the content check looks for. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private NewsFixtures() {
    }

    public static String path(String id) {
        return "/api/v1/posts/" + id;
    }

    public static Map<String, Object> body(String title, String audience) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "news");
        b.put("title", title);
        b.put("summary", "Liên hiệp hội tổng kết Hội thi Sáng tạo kỹ thuật.");
        b.put("bodyHtml", "<p>Sáng nay, <strong>Liên hiệp hội</strong> tổ chức lễ tổng kết.</p>");
        b.put("tags", List.of("Hội thi", "sáng tạo"));
        b.put("audience", audience);
        b.put("pinned", false);
        return b;
    }

    public static String draft(String title, String audience) {
        return draft(body(title, audience));
    }

    public static String draft(Map<String, Object> body) {
        return Api.as("staff").body(body).post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    public static void transition(String id, String to) {
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(Map.of("to", to)).post(path(id) + "/transitions").then().statusCode(200);
    }

    public static String published(String title, String audience) {
        String id = draft(title, audience);
        transition(id, "published");
        return id;
    }
}
