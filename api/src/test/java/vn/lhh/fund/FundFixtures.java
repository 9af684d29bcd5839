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
    public static final String APPLICATIONS = "/api/v1/fund-applications";

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

    public static String application(String id) {
        return APPLICATIONS + "/" + id;
    }

    /** An application body to a call; associationId null: the caller applies as an expert. */
    public static Map<String, Object> applicationBody(String callId, String associationId, String title) {
        Map<String, Object> b = new HashMap<>();
        b.put("callId", callId);
        if (associationId != null) {
            b.put("associationId", associationId);
        }
        b.put("title", title);
        b.put("summary", "Tổ chức hội thảo chuyển giao kỹ thuật trồng và chăm sóc cam Vinh theo hướng hữu cơ cho nông dân ba huyện.");
        b.put("objectives", "Phổ biến quy trình canh tác hữu cơ; xây dựng hai mô hình trình diễn.");
        b.put("expectedResults", "150 lượt nông dân được tập huấn; hai mô hình trình diễn; tài liệu hướng dẫn.");
        b.put("durationMonths", 6);
        b.put("team", List.of());
        b.put("budgetLines", new ArrayList<>(List.of(
                Map.of("item", "Tổ chức hội thảo (hội trường, tài liệu)", "requestedVnd", 45_000_000L, "counterpartVnd", 10_000_000L),
                Map.of("item", "Xây dựng mô hình trình diễn", "requestedVnd", 30_000_000L))));
        return b;
    }

    /** A draft written by this user (an officer for the association given, or an expert for themselves). */
    public static String applicationDraft(String who, Map<String, Object> body) {
        return Api.as(who).body(body).post(APPLICATIONS).then().statusCode(201).extract().path("id");
    }

    public static void moveApplication(String who, String id, String to) {
        Api.as(who).header("If-Match", Fixtures.etag(application(id))).body(Map.of("to", to)).post(application(id) + "/transitions")
                .then().statusCode(200);
    }
}
