package vn.lhh.contest;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Tokens;

/**
 * Contest records through the API with real tokens, for the core and the judging tests. Every edition
 * gets a year of its own (2000–2200, from a random start, so tests never share an edition) and dates
 * relative to today in the province, so a test is in the phase it asks for on whatever day it runs.
 */
public final class ContestFixtures {
    /** Callers of the contest's access tables: coordinator registers the scene's entries, coordinator2 is another coordinator. */
    public static final List<String> ACTORS = List.of("anonymous", "admin", "staff", "officer", "expert", "partner", "coordinator", "coordinator2", "judge");

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(ThreadLocalRandom.current().nextInt(201));

    private ContestFixtures() {
    }

    /** Where today falls in an edition's calendar. */
    public enum Phase {
        UPCOMING(10, 20, 30, 40, 50, 60),
        REGISTRATION(-10, 10, 20, 30, 40, 50),
        SUBMISSION(-20, -10, 10, 20, 30, 40),
        PREPARING_JUDGING(-30, -20, -10, 10, 20, 30),
        JUDGING(-40, -30, -20, -5, 5, 20),
        DELIBERATION(-60, -50, -40, -30, -20, 10);

        final int[] days;

        Phase(int... days) {
            this.days = days;
        }

        /** registrationOpens, registrationCloses, submissionCloses, judgingOpens, judgingCloses, resultsDate. */
        public Map<String, Object> dates() {
            LocalDate today = ProvinceClock.today();
            String[] names = {"registrationOpens", "registrationCloses", "submissionCloses", "judgingOpens", "judgingCloses", "resultsDate"};
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                m.put(names[i], today.plusDays(days[i]).toString());
            }
            return m;
        }
    }

    public static int nextYear() {
        return 2000 + Math.floorMod(NEXT_YEAR.getAndIncrement(), 201);
    }

    public static String editionPath(String id) {
        return "/api/v1/contest-editions/" + id;
    }

    public static String categoryPath(String id) {
        return "/api/v1/contest-categories/" + id;
    }

    public static String entryPath(String id) {
        return "/api/v1/contest-entries/" + id;
    }

    /** Ages 8–18 on the day registration closes, grades 3–12, at most 3 entries a school and 2 authors an entry; quota 1/2/3/4. */
    public static Map<String, Object> editionBody(int year, Phase phase) {
        Map<String, Object> b = new HashMap<>(phase.dates());
        b.put("year", year);
        b.put("name", "Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng tỉnh Nghệ An năm " + year);
        b.put("description", "Cuộc thi dành cho học sinh phổ thông trên địa bàn tỉnh.");
        b.put("coOrganisers", List.of("Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn Nghệ An"));
        b.put("minAge", 8);
        b.put("maxAge", 18);
        b.put("minGrade", 3);
        b.put("maxGrade", 12);
        b.put("maxEntriesPerSchool", 3);
        b.put("maxAuthorsPerEntry", 2);
        b.put("awardQuota", Map.of("first", 1, "second", 2, "third", 3, "consolation", 4));
        return b;
    }

    /** A draft edition in the given phase with changes to the default body (e.g. maxEntriesPerSchool); its id. */
    public static String draftEdition(Phase phase, Map<String, Object> changes) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Map<String, Object> body = editionBody(nextYear(), phase);
            body.putAll(changes);
            Response r = Api.as("staff").body(body).post("/api/v1/contest-editions");
            if (r.statusCode() == 201) {
                return r.path("id");
            }
            if (r.statusCode() != 409) {
                throw new AssertionError("creating an edition: " + r.statusCode() + " " + r.asString());
            }
            // the year is taken (another test class's edition): take the next one
        }
        throw new AssertionError("no free edition year");
    }

    public static String draftEdition(Phase phase) {
        return draftEdition(phase, Map.of());
    }

    /** A published edition in the given phase; its id. */
    public static String edition(Phase phase, Map<String, Object> changes) {
        String id = draftEdition(phase, changes);
        Api.as("staff").header("If-Match", etag(editionPath(id))).body(Map.of("status", "published"))
                .post(editionPath(id) + "/transitions").then().statusCode(200);
        return id;
    }

    public static String edition(Phase phase) {
        return edition(phase, Map.of());
    }

    /** Staff moves the edition's dates so that today is in the given phase (the office may at any time). */
    public static void moveTo(String editionId, Phase phase) {
        Map<String, Object> current = Api.as("staff").get(editionPath(editionId)).then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> body = new HashMap<>();
        for (String k : List.of("year", "name", "description", "coOrganisers", "minAge", "maxAge", "minGrade", "maxGrade",
                "maxEntriesPerSchool", "maxAuthorsPerEntry", "awardQuota")) {
            body.put(k, current.get(k));
        }
        body.putAll(phase.dates());
        Api.as("staff").header("If-Match", etag(editionPath(editionId))).body(body).put(editionPath(editionId)).then().statusCode(200);
    }

    /** Three criteria: novelty (weight 40, max 10), usefulness (30, max 10), presentation (30, max 5). */
    public static Map<String, Object> rubricBody() {
        return Map.of("criteria", List.of(
                criterion("Tính mới, tính sáng tạo", 40, 10),
                criterion("Khả năng ứng dụng thực tế", 30, 10),
                criterion("Trình bày, thuyết minh", 30, 5)));
    }

    public static Map<String, Object> criterion(String name, int weight, int maxScore) {
        return Map.of("name", name, "description", "Đánh giá " + name.toLowerCase(), "weight", weight, "maxScore", maxScore,
                "levels", List.of(Map.of("score", 0, "description", "Không đạt"), Map.of("score", maxScore, "description", "Xuất sắc")));
    }

    public static Map<String, Object> categoryBody(String code, String name, int position) {
        return Map.of("code", code, "name", name, "description", "Lĩnh vực " + name, "position", position);
    }

    /** A category with the rubric of {@link #rubricBody()}; its id. */
    public static String category(String editionId, String code, String name) {
        String id = Api.as("staff").body(categoryBody(code, name, 1)).post(editionPath(editionId) + "/categories")
                .then().statusCode(201).extract().path("id");
        Api.as("staff").header("If-Match", etag(categoryPath(id))).body(rubricBody()).put(categoryPath(id) + "/rubric").then().statusCode(200);
        return id;
    }

    public static String category(String editionId) {
        return category(editionId, "ky-thuat", "Kỹ thuật cơ khí");
    }

    /**
     * Makes the demo account's coordinator record say this (there is one record per account: created
     * or replaced). kind "school" (school and district) or "district" (district only).
     */
    public static String coordinator(String username, String kind, String school, String district) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("kind", kind);
        body.put("fullName", "Cô Phạm Thị Hương");
        body.put("email", username + "@truong.example.vn");
        body.put("school", school);
        body.put("district", district);
        body.put("active", true);
        List<Map<String, Object>> found = Api.as("staff").queryParam("q", username).queryParam("size", 100).get("/api/v1/contest-coordinators")
                .then().statusCode(200).extract().jsonPath().getList("items");
        for (Map<String, Object> c : found) {
            if (username.equals(c.get("username"))) {
                String path = "/api/v1/contest-coordinators/" + c.get("id");
                Api.as("staff").header("If-Match", etag(path)).body(body).put(path).then().statusCode(200);
                return (String) c.get("id");
            }
        }
        return Api.as("staff").body(body).post("/api/v1/contest-coordinators").then().statusCode(201).extract().path("id");
    }

    /** An author aged 14 today (so 13 to 15 on any registrationCloses within a few months), grade 8. */
    public static Map<String, Object> author(String fullName, String school, String district) {
        return author(fullName, ProvinceClock.today().minusYears(14).minusDays(120), 8, school, district);
    }

    public static Map<String, Object> author(String fullName, LocalDate dateOfBirth, Integer grade, String school, String district) {
        Map<String, Object> a = new HashMap<>();
        a.put("fullName", fullName);
        a.put("dateOfBirth", dateOfBirth.toString());
        a.put("gender", "female");
        a.put("school", school);
        a.put("grade", grade);
        a.put("district", district);
        a.put("commune", "Phường Trường Thi");
        return a;
    }

    public static Map<String, Object> entryBody(String categoryId, String title, String school, String district, List<Map<String, Object>> authors) {
        Map<String, Object> b = new HashMap<>();
        b.put("categoryId", categoryId);
        b.put("title", title);
        b.put("description", "Mô hình giúp tưới cây tự động theo độ ẩm của đất, dùng pin năng lượng mặt trời.");
        b.put("howItWorks", "Cảm biến độ ẩm điều khiển máy bơm qua vi điều khiển.");
        b.put("videoUrl", "https://video.example.vn/may-tuoi-cay");
        b.put("school", school);
        b.put("district", district);
        b.put("commune", "Phường Trường Thi");
        b.put("supervisor", Map.of("fullName", "Thầy Trần Văn Minh", "school", school, "phone", "0912 345 678", "email", "minh.tv@example.edu.vn"));
        b.put("authors", authors);
        return b;
    }

    /** One author of the school, aged 14, grade 8. */
    public static Map<String, Object> entryBody(String categoryId, String title, String school) {
        return entryBody(categoryId, title, school, "Thành phố Vinh", List.of(author("Nguyễn Thị Lan Anh", school, "Thành phố Vinh")));
    }

    /** Registers an entry as the given account; its id. */
    public static String entry(String as, Map<String, Object> body) {
        return Api.as(as).body(body).post("/api/v1/contest-entries").then().statusCode(201).extract().path("id");
    }

    /** Staff registers a draft entry of the school; its id. */
    public static String entry(String categoryId, String title, String school) {
        return entry("staff", entryBody(categoryId, title, school));
    }

    public static Response transition(String as, String entryId, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        return Api.as(as).header("If-Match", etag(as, entryPath(entryId))).body(body).post(entryPath(entryId) + "/transitions");
    }

    public static void submit(String as, String entryId) {
        transition(as, entryId, "submitted", null).then().statusCode(200);
    }

    public static void markEligible(String entryId) {
        transition("staff", entryId, "eligible", null).then().statusCode(200);
    }

    /** Staff registers, submits and accepts an entry (the edition must be in registration); its id. */
    public static String eligibleEntry(String categoryId, String title, String school) {
        String id = entry(categoryId, title, school);
        submit("staff", id);
        markEligible(id);
        return id;
    }

    public static String etag(String path) {
        return etag("staff", path);
    }

    public static String etag(String as, String path) {
        return Api.as(as).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** A small but real PNG (its signature is what the content check looks for). */
    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    public static Response upload(String as, String entryId, String kind, String fileName, String contentType, byte[] content) {
        return given().header("Authorization", Tokens.bearer(as)).header("If-Match", etag(as, entryPath(entryId))).contentType(contentType)
                .queryParam("kind", kind).queryParam("fileName", fileName).body(content).post(entryPath(entryId) + "/files");
    }
}
