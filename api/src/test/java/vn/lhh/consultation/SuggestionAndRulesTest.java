package vn.lhh.consultation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.consultation.ConsultationFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.expert.ExpertFixtures;
import vn.lhh.testsupport.Api;

/** Suggestions follow the union's rules (level, field, availability, load, conflicts) and rank by match. */
@QuarkusTest
class SuggestionAndRulesTest {

    private static String expert(String name, String field, String title, String degree, String availability, LocalDate busyUntil) {
        Map<String, Object> b = ExpertFixtures.body(name, field);
        b.put("titleCode", title);
        b.put("degreeCode", degree);
        b.put("availability", availability);
        b.put("busyUntil", busyUntil == null ? null : busyUntil.toString());
        return ExpertFixtures.create(b);
    }

    private static JsonPath suggestions(String consultationId) {
        return Api.as("staff").get(path(consultationId) + "/suggestions?limit=50").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eligibleExpertsAreRankedAndTheIneligibleLeftOut() {
        String field = ExpertFixtures.field("Lĩnh vực gợi ý");
        String other = ExpertFixtures.field("Lĩnh vực khác");
        String professor = expert("Giáo Sư Gợi Ý", field, "GS", "TS", "available", null);
        String doctor = expert("Tiến Sĩ Gợi Ý", field, null, "TS", "available", null);
        String master = expert("Thạc Sĩ Gợi Ý", field, null, "ThS", "available", null);
        String busyLong = expert("Bận Lâu Gợi Ý", field, null, "TS", "busy", LocalDate.now().plusYears(1));
        String busyShort = expert("Bận Ngắn Gợi Ý", field, null, "TS", "busy", LocalDate.now().plusDays(3));
        String retired = expert("Nghỉ Hưu Gợi Ý", field, null, "TS", "retired", null);
        String elsewhere = expert("Ngành Khác Gợi Ý", other, "GS", "TS", "available", null);

        var body = ConsultationFixtures.body(Api.unique("Giám định xã hội"), field);
        body.put("kind", "social_assessment");
        String id = Api.as("staff").body(body).post("/api/v1/consultations").then().statusCode(201).extract().path("id");
        JsonPath s = suggestions(id);
        List<String> ids = s.getList("expertId");
        assertEquals(professor, ids.get(0), "the best match comes first: " + s.prettify());
        assertTrue(ids.indexOf(doctor) < ids.indexOf(busyShort), "available before busy");
        assertTrue(ids.contains(busyShort), "busy until before the deadline is still eligible");
        assertFalse(ids.contains(master), "social assessment needs a doctorate by the default rules");
        assertFalse(ids.contains(busyLong), "busy past the deadline");
        assertFalse(ids.contains(retired));
        assertFalse(ids.contains(elsewhere), "no shared field");
        Map<String, Object> top = s.getMap("[0]");
        assertEquals(100.0, ((Number) top.get("score")).doubleValue(), 0.01);
        assertEquals(Map.of("field", 50.0f, "qualification", 20.0f, "availability", 15.0f, "load", 15.0f).keySet(),
                ((Map<?, ?>) top.get("breakdown")).keySet());

        // a critique needs only a master's degree
        body.put("kind", "critique");
        String critique = Api.as("staff").body(body).post("/api/v1/consultations").then().statusCode(201).extract().path("id");
        assertTrue(suggestions(critique).getList("expertId").contains(master));

        // assigned experts, including one who declares a conflict, are no longer suggested
        String a = ConsultationFixtures.assign(id, doctor);
        assertFalse(suggestions(id).getList("expertId").contains(doctor));
        assertTrue(suggestions(critique).getList("expertId").contains(doctor));
        assertEquals(1, Api.as("staff").get(path(id)).then().extract().jsonPath().getList("assignments").size());
        assertTrue(a != null);
    }

    @Test
    void theRulesAreTheStandingOfficesAndTheyChangeTheSuggestions() {
        String field = ExpertFixtures.field("Lĩnh vực quy tắc");
        String master = expert("Thạc Sĩ Quy Tắc", field, null, "ThS", "available", null);
        String loaded = expert("Tiến Sĩ Bận Việc", field, null, "TS", "available", null);
        var body = ConsultationFixtures.body(Api.unique("Tư vấn"), field);
        body.put("kind", "advice");
        String id = Api.as("staff").body(body).post("/api/v1/consultations").then().statusCode(201).extract().path("id");
        assertTrue(suggestions(id).getList("expertId").contains(master));

        var current = Api.as("staff").get("/api/v1/consultation-rules").then().statusCode(200).extract();
        String etag = current.header("ETag");
        Map<String, Object> rules = new HashMap<>(current.jsonPath().getMap(""));
        Map<String, Object> stricter = new HashMap<>(rules);
        stricter.put("minimumLevel", Map.of("advice", 70, "critique", 50, "social_assessment", 70));
        stricter.put("maxOpenAssignments", 1);
        Api.as("staff").header("If-Match", etag).body(stricter).put("/api/v1/consultation-rules").then().statusCode(403);
        Api.as("admin").body(stricter).put("/api/v1/consultation-rules").then().statusCode(428);
        Map<String, Object> incomplete = new HashMap<>(stricter);
        incomplete.put("minimumLevel", Map.of("advice", 70));
        Api.as("admin").header("If-Match", etag).body(incomplete).put("/api/v1/consultation-rules").then().statusCode(400);
        Map<String, Object> outOfRange = new HashMap<>(stricter);
        outOfRange.put("maxOpenAssignments", 0);
        Api.as("admin").header("If-Match", etag).body(outOfRange).put("/api/v1/consultation-rules").then().statusCode(400);
        String newEtag = Api.as("admin").header("If-Match", etag).body(stricter).put("/api/v1/consultation-rules").then().statusCode(200)
                .body("maxOpenAssignments", equalTo(1)).extract().header("ETag");
        try {
            Api.as("admin").header("If-Match", etag).body(stricter).put("/api/v1/consultation-rules").then().statusCode(412);
            assertFalse(suggestions(id).getList("expertId").contains(master), "advice now needs a doctorate");
            // one open assignment reaches the new maximum: the expert is no longer suggested elsewhere
            String other = Api.as("staff").body(body).post("/api/v1/consultations").then().statusCode(201).extract().path("id");
            assertTrue(suggestions(other).getList("expertId").contains(loaded));
            ConsultationFixtures.assign(id, loaded);
            assertFalse(suggestions(other).getList("expertId").contains(loaded));
        } finally {
            Api.as("admin").header("If-Match", newEtag).body(rules).put("/api/v1/consultation-rules").then().statusCode(200);
        }
    }
}
