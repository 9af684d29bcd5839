package vn.lhh.fund;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Calls of the fund through the API, with real tokens. */
public final class FundFixtures {
    public static final String CALLS = "/api/v1/fund-calls";

    private FundFixtures() {
    }

    public static String call(String id) {
        return CALLS + "/" + id;
    }

    public static List<Map<String, Object>> rubric() {
        return new ArrayList<>(List.of(
                Map.of("code", "tinh-moi", "name", "Tính mới và tính cấp thiết", "weight", 40, "maxScore", 10),
                Map.of("code", "kha-thi", "name", "Tính khả thi của phương pháp và tiến độ", "weight", 35, "maxScore", 10),
                Map.of("code", "hieu-qua", "name", "Hiệu quả kinh tế - xã hội", "description", "Khả năng ứng dụng tại địa phương", "weight", 25,
                        "maxScore", 10)));
    }

    /** A grant call open from an hour ago for thirty days. */
    public static Map<String, Object> body(String title) {
        Map<String, Object> b = new HashMap<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        b.put("kind", "grant");
        b.put("title", title);
        b.put("description", "Hỗ trợ các hội thành viên tổ chức hội thảo, tư vấn, phản biện và phổ biến kiến thức khoa học.");
        b.put("budgetVnd", 500_000_000L);
        b.put("eligibility", "both");
        b.put("fields", List.of("nong-nghiep", "y-te"));
        b.put("rubric", rubric());
        b.put("normaliseScores", false);
        b.put("opensAt", now.minus(1, ChronoUnit.HOURS).toString());
        b.put("closesAt", now.plus(30, ChronoUnit.DAYS).toString());
        return b;
    }

    public static String draft(Map<String, Object> body) {
        return Api.as("staff").body(body).post(CALLS).then().statusCode(201).extract().path("id");
    }

    public static String draft(String title) {
        return draft(body(title));
    }

    public static void move(String id, String to) {
        Api.as("staff").header("If-Match", Fixtures.etag(call(id))).body(Map.of("to", to)).post(call(id) + "/transitions").then().statusCode(200);
    }

    public static String open(String title) {
        String id = draft(title);
        move(id, "open");
        return id;
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Adds a PDF document to a call; answers its file id. */
    public static String document(String id, String fileName, byte[] pdf) {
        return Api.as("staff").header("If-Match", Fixtures.etag(call(id))).contentType("application/pdf").queryParam("fileName", fileName)
                .body(pdf).post(call(id) + "/documents").then().statusCode(200)
                .extract().path("documents.find { it.fileName == '" + fileName + "' }.id");
    }
}
