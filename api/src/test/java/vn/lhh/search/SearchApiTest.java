package vn.lhh.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.contest.ContestFixtures;
import vn.lhh.expert.ExpertFixtures;
import vn.lhh.news.NewsFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * The one search box (GET /api/v1/search) with real tokens: each kind is found; every hit opens for the caller who
 * got it (its href answers 200), for every role; the private records of one caller never reach another; accents
 * and case do not matter; bad input is a 400 problem.
 */
@QuarkusTest
class SearchApiTest {
    static final List<String> ROLES = List.of("anonymous", "partner", "officer", "officer2", "expert", "staff");

    /** The records of this class, each with the marker word in its title, so that a search for the marker finds only them. */
    record Scene(String marker, String association, String publicExpert, String internalExpert, String publishedPost, String draftPost,
                 String publishedArticle, String unplacedArticle, String publicEvent, String officersEvent, String documentForOfficer,
                 String symbolDocument, String consultationOfExpert, String entry, String programId) {
    }

    private static Scene scene;

    static synchronized Scene scene() {
        if (scene != null) {
            return scene;
        }
        String m = "tk" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        // an association officer acts for, with an accented name
        Map<String, Object> assoc = Fixtures.associationBody("Hội Khoa học Lịch sử " + m);
        String association = Fixtures.association(assoc);
        Api.as("admin").put("/api/v1/associations/" + association + "/officers/officer").then().statusCode(201);

        String field = ExpertFixtures.field("Tìm kiếm");
        String publicExpert = ExpertFixtures.create("Nguyễn Văn Hùng " + m, field);
        Map<String, Object> internal = ExpertFixtures.body("Trần Thị Kín " + m, field);
        internal.put("visibility", Map.of("profile", "internal"));
        String internalExpert = ExpertFixtures.create(internal);

        String publishedPost = NewsFixtures.published("Tin công khai " + m, "public");
        String draftPost = NewsFixtures.draft("Tin nháp " + m, "public");

        String publishedArticle = BulletinFixtures.article("Bài đã đăng " + m);
        BulletinFixtures.published(Api.unique("Số tập san tìm kiếm"), List.of(publishedArticle));
        String unplacedArticle = BulletinFixtures.article("Bài chưa đăng " + m);

        LocalDate day = LocalDate.of(2031, 1, 1).plusDays(UUID.randomUUID().hashCode() & 0x1fff);
        String publicEvent = event("Hội nghị công khai " + m, day, "everyone", List.of());
        String officersEvent = event("Họp riêng của hội " + m, day.plusDays(1), "participants",
                List.of(Map.of("kind", "association", "associationId", association)));

        String documentForOfficer = document(outgoing("Thông báo gửi hội " + m,
                List.of(Map.of("name", "Hội thành viên", "associationId", association), Map.of("name", "Lưu: VT"))));
        Map<String, Object> incoming = new HashMap<>();
        incoming.put("direction", "incoming");
        incoming.put("type", "official_letter");
        incoming.put("documentDate", LocalDate.now().toString());
        incoming.put("receivedOn", LocalDate.now().toString());
        incoming.put("senderSymbol", "106/CTr-LHH");
        incoming.put("issuingBody", "Liên hiệp các hội KH&KT tỉnh Nghệ An");
        incoming.put("subject", "Chương trình hành động toàn khóa " + m);
        String symbolDocument = document(incoming);

        Map<String, Object> consultation = new HashMap<>();
        consultation.put("kind", "critique");
        consultation.put("subject", "Phản biện đề án " + m);
        consultation.put("description", "Dự thảo đề án gửi kèm.");
        consultation.put("requestingBody", "UBND tỉnh Nghệ An");
        consultation.put("requestReference", "1234/UBND-NN");
        consultation.put("requestDate", LocalDate.now().minusDays(3).toString());
        consultation.put("deadline", LocalDate.now().plusDays(30).toString());
        consultation.put("fieldCodes", List.of());
        String consultationOfExpert = Api.as("staff").body(consultation).post("/api/v1/consultations").then().statusCode(201).extract().path("id");
        Api.as("staff").body(Map.of("expertId", ExpertFixtures.profileOf("expert"))).post("/api/v1/consultations/" + consultationOfExpert + "/assignments")
                .then().statusCode(201);

        String edition = ContestFixtures.edition(ContestFixtures.Phase.REGISTRATION);
        String entry = ContestFixtures.entry(ContestFixtures.category(edition), "Máy tưới cây " + m, "Trường THCS Đặng Thai Mai");

        String programId = importProgram();
        scene = new Scene(m, association, publicExpert, internalExpert, publishedPost, draftPost, publishedArticle, unplacedArticle, publicEvent,
                officersEvent, documentForOfficer, symbolDocument, consultationOfExpert, entry, programId);
        return scene;
    }

    static String event(String title, LocalDate day, String visibility, List<Map<String, Object>> participants) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "meeting");
        b.put("title", title);
        b.put("startsAt", OffsetDateTime.of(day, LocalTime.of(8, 0), ZoneOffset.ofHours(7)).toString());
        b.put("endsAt", OffsetDateTime.of(day, LocalTime.of(10, 0), ZoneOffset.ofHours(7)).toString());
        b.put("place", "Phòng họp tầng 3");
        b.put("visibility", visibility);
        b.put("participants", new ArrayList<>(participants));
        return Api.as("staff").body(b).post("/api/v1/calendar/events").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> outgoing(String subject, List<Map<String, Object>> recipients) {
        Map<String, Object> b = new HashMap<>();
        b.put("direction", "outgoing");
        b.put("type", "notice");
        b.put("documentDate", LocalDate.now().minusDays(1).toString());
        b.put("subject", subject);
        b.put("signer", "Nguyễn Thị Thu Hương");
        b.put("signerTitle", "Chủ tịch");
        b.put("recipients", recipients);
        return b;
    }

    static String document(Map<String, Object> body) {
        return Api.as("staff").body(body).post("/api/v1/official-documents").then().statusCode(201).extract().path("id");
    }

    /** The source program under a number of its own (its tasks are what the search finds; the program is not shared). */
    static String importProgram() {
        String text;
        try {
            text = Files.readString(Path.of("../deploy/demo/program-106-CTr-LHH-2019.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        text = text.replace("Số: 106/CTr-LHH", "Số: " + UUID.randomUUID().toString().substring(0, 8) + "/CTr-LHH");
        String importId = Api.as("staff").contentType("text/plain; charset=UTF-8").body(text).post("/api/v1/program-imports")
                .then().statusCode(201).extract().path("id");
        return Api.as("staff").post("/api/v1/program-imports/" + importId + "/commit").then().statusCode(201).extract().path("programId");
    }

    static RequestSpecification as(String who) {
        return who.equals("anonymous") ? Api.anonymous() : Api.as(who);
    }

    static JsonPath search(String who, String q, String... params) {
        RequestSpecification r = as(who).queryParam("q", q);
        for (int i = 0; i + 1 < params.length; i += 2) {
            r = r.queryParam(params[i], params[i + 1]);
        }
        return r.get("/api/v1/search").then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    /** The ids of the hits, by kind. */
    static Map<String, List<String>> idsByKind(JsonPath result) {
        Map<String, List<String>> byKind = new HashMap<>();
        List<Map<String, Object>> groups = result.getList("groups");
        for (Map<String, Object> g : groups) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> hits = (List<Map<String, Object>>) g.get("hits");
            byKind.put((String) g.get("kind"), hits.stream().map(h -> (String) h.get("id")).toList());
        }
        return byKind;
    }

    static Set<String> allIds(JsonPath result) {
        return idsByKind(result).values().stream().flatMap(List::stream).collect(Collectors.toSet());
    }

    @Test
    void theOfficeFindsEveryKindEachThroughItsFeature() {
        Scene s = scene();
        JsonPath r = search("staff", s.marker(), "limit", "20");
        Map<String, List<String>> found = idsByKind(r);
        assertEquals(List.of(s.association()), found.get("associations"));
        assertTrue(found.get("experts").containsAll(List.of(s.publicExpert(), s.internalExpert())), found.toString());
        assertTrue(found.get("official-documents").containsAll(List.of(s.documentForOfficer(), s.symbolDocument())), found.toString());
        assertEquals(List.of(s.consultationOfExpert()), found.get("consultations"));
        assertTrue(found.get("posts").containsAll(List.of(s.publishedPost(), s.draftPost())), found.toString());
        assertTrue(found.get("bulletin-articles").containsAll(List.of(s.publishedArticle(), s.unplacedArticle())), found.toString());
        assertTrue(found.get("calendar-events").containsAll(List.of(s.publicEvent(), s.officersEvent())), found.toString());
        assertEquals(List.of(s.entry()), found.get("contest-entries"));
        // the groups come in the fixed order of the kinds
        List<String> kinds = r.getList("groups.kind");
        List<String> order = List.of("associations", "experts", "program-tasks", "official-documents", "consultations", "posts",
                "bulletin-articles", "calendar-events", "contest-entries");
        assertEquals(kinds.stream().sorted((a, b) -> order.indexOf(a) - order.indexOf(b)).toList(), kinds);
        // each hit says what it is and where it lives, in the API and in the web application
        as("staff").queryParam("q", s.marker()).get("/api/v1/search").then()
                .body("query", equalTo(s.marker()))
                .body("groups.find { it.kind == 'associations' }.hits[0].title", equalTo("Hội Khoa học Lịch sử " + s.marker()))
                .body("groups.find { it.kind == 'associations' }.hits[0].href", equalTo("/api/v1/associations/" + s.association()))
                .body("groups.find { it.kind == 'associations' }.hits[0].path", equalTo("/associations/" + s.association()))
                .body("groups.find { it.kind == 'official-documents' }.hits.subtitle", hasItem(startsWith("106/CTr-LHH")))
                .body("groups.find { it.kind == 'posts' }.hits.find { it.id == '" + s.draftPost() + "' }.path", equalTo("/news-board/" + s.draftPost()))
                .body("groups.find { it.kind == 'posts' }.hits.find { it.id == '" + s.publishedPost() + "' }.path", equalTo("/news/" + s.publishedPost()));
    }

    @Test
    void programTasksAreFoundByTheirTextForTheOfficeAndOfficers() {
        scene();  // imports a program of its own
        for (String who : List.of("staff", "officer")) {
            JsonPath r = search(who, "hoi thao khoa hoc", "kinds", "program-tasks", "limit", "20");
            assertEquals(List.of("program-tasks"), r.getList("groups.kind"), who);
            List<String> titles = r.getList("groups[0].hits.title");
            List<String> subtitles = r.getList("groups[0].hits.subtitle");
            for (int i = 0; i < titles.size(); i++) {
                assertTrue(vn.lhh.common.text.SearchText.normalize(titles.get(i) + " " + subtitles.get(i)).contains("hoi thao khoa hoc"),
                        titles.get(i) + " / " + subtitles.get(i));
            }
            for (String href : r.<String>getList("groups[0].hits.href")) {
                as(who).get(href).then().statusCode(200);
            }
        }
        for (String who : List.of("anonymous", "partner", "expert")) {
            assertEquals(List.of(), search(who, "hoi thao khoa hoc", "kinds", "program-tasks").getList("groups"), who);
        }
    }

    @Test
    void everyHitOpensForTheCallerWhoGotIt() {
        Scene s = scene();
        for (String who : ROLES) {
            for (String q : List.of(s.marker(), "hoi khoa hoc", "nguyen", "106/CTr-LHH")) {
                JsonPath r = search(who, q, "limit", "20");
                List<String> hrefs = r.getList("groups.hits.href.flatten()");
                List<String> paths = r.getList("groups.hits.path.flatten()");
                for (String href : hrefs) {
                    assertEquals(200, as(who).get(href).statusCode(), who + " searched '" + q + "' and got " + href);
                }
                paths.forEach(p -> assertTrue(p.startsWith("/"), p));
            }
        }
    }

    @Test
    void privateRecordsReachOnlyThoseWhoMayOpenThem() {
        Scene s = scene();
        Map<String, Set<String>> seen = new HashMap<>();
        for (String who : ROLES) {
            seen.put(who, allIds(search(who, s.marker(), "limit", "20")));
        }
        // public records: everyone
        for (String who : ROLES) {
            assertTrue(seen.get(who).containsAll(List.of(s.association(), s.publicExpert(), s.publishedPost(), s.publishedArticle(), s.publicEvent())),
                    who + " " + seen.get(who));
        }
        // a draft post and an article of no published issue: the office only
        for (String who : List.of("anonymous", "partner", "officer", "officer2", "expert")) {
            assertFalse(seen.get(who).contains(s.draftPost()), who);
            assertFalse(seen.get(who).contains(s.unplacedArticle()), who);
            assertFalse(seen.get(who).contains(s.entry()), who);
        }
        // an internal expert profile: not to the public
        for (String who : List.of("anonymous", "partner")) {
            assertFalse(seen.get(who).contains(s.internalExpert()), who);
        }
        // the officer's association's document and participants-only event: the officer, not officer2
        assertTrue(seen.get("officer").containsAll(List.of(s.documentForOfficer(), s.officersEvent())), seen.get("officer").toString());
        for (String who : List.of("anonymous", "partner", "officer2", "expert")) {
            assertFalse(seen.get(who).contains(s.documentForOfficer()), who);
            assertFalse(seen.get(who).contains(s.officersEvent()), who);
            assertFalse(seen.get(who).contains(s.symbolDocument()), who);
        }
        // a consultation: the office and the expert assigned to it, not another expert
        assertTrue(seen.get("expert").contains(s.consultationOfExpert()));
        assertFalse(allIds(search("expert2", s.marker(), "limit", "20")).contains(s.consultationOfExpert()));
        for (String who : List.of("anonymous", "partner", "officer", "officer2")) {
            assertFalse(seen.get(who).contains(s.consultationOfExpert()), who);
        }
        assertTrue(seen.get("staff").containsAll(List.of(s.draftPost(), s.unplacedArticle(), s.internalExpert(), s.officersEvent(),
                s.documentForOfficer(), s.consultationOfExpert(), s.entry())));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        Scene s = scene();
        for (String q : List.of("hoi khoa hoc lich su " + s.marker(), "HỘI KHOA HỌC " + s.marker(), "Hội Khoa học " + s.marker())) {
            assertEquals(List.of(s.association()), idsByKind(search("anonymous", q)).get("associations"), q);
        }
        // decomposed input (as typed on some systems) and invisible characters are read as the composed text
        String decomposed = java.text.Normalizer.normalize("Hội khoa học " + s.marker(), java.text.Normalizer.Form.NFD);
        assertEquals(List.of(s.association()), idsByKind(search("anonymous", "\u200B" + decomposed)).get("associations"));
        as("anonymous").queryParam("q", "\u200Bhoi khoa hoc").get("/api/v1/search").then().statusCode(200).body("query", equalTo("hoi khoa hoc"));
        // a symbol finds its document
        assertTrue(idsByKind(search("staff", "106/CTr-LHH", "kinds", "official-documents", "limit", "20")).get("official-documents")
                .contains(s.symbolDocument()));
        assertTrue(idsByKind(search("staff", "106/ctr-lhh " + s.marker())).get("official-documents").contains(s.symbolDocument()));
        assertTrue(idsByKind(search("anonymous", "nguyen van hung " + s.marker())).get("experts").contains(s.publicExpert()));
    }

    @Test
    void kindsAndLimitBoundTheAnswer() {
        Scene s = scene();
        JsonPath r = search("staff", s.marker(), "kinds", "posts, calendar-events", "limit", "1");
        assertEquals(List.of("posts", "calendar-events"), r.getList("groups.kind"));
        assertEquals(List.of(1, 1), r.getList("groups.collect { it.hits.size() }"));
        assertEquals(List.of(true, true), r.getList("groups.more"));
        JsonPath all = search("staff", s.marker(), "kinds", "associations");
        assertEquals(List.of(false), all.getList("groups.more"));
        assertEquals(List.of(), search("anonymous", "qqqzzzxxxjjj").getList("groups"));
    }

    @Test
    void badInputIsAProblem() {
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("q missing", null);
        bad.put("", "q");
        bad.put("   ", "q");
        bad.put("\u200B\u200B\u2060", "q");
        bad.put("a", "q");
        bad.put("- -", "q");
        bad.put("x".repeat(201), "q");
        for (var e : bad.entrySet()) {
            RequestSpecification r = Api.anonymous();
            if (e.getValue() != null) {
                r = r.queryParam("q", e.getKey());
            }
            r.get("/api/v1/search").then().statusCode(400).contentType(containsString("application/problem+json"))
                    .body("errors.field", hasItem("q"));
        }
        for (String[] p : new String[][] {{"kinds", "people"}, {"kinds", "experts,"}, {"limit", "0"}, {"limit", "21"}, {"limit", "five"},
                {"limit", "-1"}}) {
            Api.as("staff").queryParam("q", "hoi khoa hoc").queryParam(p[0], p[1]).get("/api/v1/search").then().statusCode(400)
                    .contentType(containsString("application/problem+json")).body("errors.field", hasItem(p[0]));
        }
        // the longest query is still read
        Api.anonymous().queryParam("q", "x".repeat(200)).get("/api/v1/search").then().statusCode(200);
    }
}
