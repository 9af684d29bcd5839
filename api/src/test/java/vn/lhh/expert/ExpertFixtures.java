package vn.lhh.expert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.testsupport.Api;

/** Experts and fields of expertise for the tests, made through the API with real tokens. */
public final class ExpertFixtures {
    private ExpertFixtures() {
    }

    /** A field of expertise of its own, so that a test's facet counts and filters see only its experts. */
    public static String field(String nameVi) {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as("staff").body(Map.of("code", code, "nameVi", nameVi + " " + code, "nameEn", "Test field " + code))
                .post("/api/v1/expertise-fields").then().statusCode(201);
        return code;
    }

    public static Map<String, Object> body(String fullName, String... fieldCodes) {
        Map<String, Object> b = new HashMap<>();
        b.put("fullName", fullName);
        b.put("degreeCode", "TS");
        b.put("fieldCodes", List.of(fieldCodes));
        b.put("keywords", List.of("tưới tiết kiệm"));
        b.put("position", "Giảng viên");
        b.put("organisation", "Trường Đại học Vinh");
        b.put("biography", "Nghiên cứu thủy lợi nội đồng.");
        b.put("languages", List.of("vi", "en"));
        b.put("contact", Map.of("email", "chuyengia@example.vn", "phone", "0912 345 678"));
        b.put("availability", "available");
        return b;
    }

    public static String create(Map<String, Object> body) {
        return Api.as("staff").body(body).post("/api/v1/experts").then().statusCode(201).extract().path("id");
    }

    public static String create(String fullName, String... fieldCodes) {
        return create(body(fullName, fieldCodes));
    }

    /** The profile linked to a demo expert account ("expert", "expert2"): found, or made once and shared by every test. */
    public static synchronized String profileOf(String username) {
        var r = Api.as(username).get("/api/v1/experts/me");
        if (r.statusCode() == 200) {
            return r.then().extract().path("id");
        }
        Map<String, Object> b = body(username.equals("expert") ? "Phạm Quang Minh" : "Võ Thị Thu Hà", "thuy-loi");
        b.put("username", username);
        return create(b);
    }
}
