package vn.lhh.bulletin.distribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Recipients, lists and records through the API with real tokens; names are unique per call. */
final class DistributionFixtures {
    static final String RECIPIENTS = "/api/v1/distribution-recipients";
    static final String LISTS = "/api/v1/distribution-lists";
    static final String TOTALS = "/api/v1/distribution-totals";

    private DistributionFixtures() {
    }

    static Map<String, Object> recipientBody(String kind, String name, String district, int copies) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", kind);
        b.put("name", name);
        if (district != null) {
            b.put("district", district);
        }
        b.put("address", "Trụ sở " + name + ", Nghệ An");
        b.put("copies", copies);
        return b;
    }

    static String recipient(String kind, String name, String district, int copies) {
        return Api.as("staff").body(recipientBody(kind, name, district, copies)).post(RECIPIENTS).then().statusCode(201).extract().path("id");
    }

    /** A commune in its own (unique) district, one copy per issue. */
    static String commune(String name) {
        return recipient("commune", name, Api.unique("Huyện"), 1);
    }

    static Map<String, Object> member(String recipientId, Integer copies) {
        Map<String, Object> m = new HashMap<>();
        m.put("recipientId", recipientId);
        if (copies != null) {
            m.put("copies", copies);
        }
        return m;
    }

    static Map<String, Object> listBody(String name, List<Map<String, Object>> members) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("description", "Danh sách dùng cho kiểm thử");
        b.put("members", members);
        return b;
    }

    static String list(String name, List<Map<String, Object>> members) {
        return Api.as("staff").body(listBody(name, members)).post(LISTS).then().statusCode(201).extract().path("id");
    }

    static String distribution(String issueId) {
        return "/api/v1/bulletins/" + issueId + "/distribution";
    }

    static Map<String, Object> recordBody(String recipientId, Integer copies, String sentOn, String method) {
        Map<String, Object> b = new HashMap<>();
        b.put("recipientId", recipientId);
        if (copies != null) {
            b.put("copies", copies);
        }
        b.put("sentOn", sentOn);
        b.put("method", method);
        return b;
    }

    static String record(String issueId, String recipientId, Integer copies, String sentOn) {
        return Api.as("staff").body(recordBody(recipientId, copies, sentOn, "post")).post(distribution(issueId))
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> batchBody(String listId, String sentOn, String method) {
        return Map.of("listId", listId, "sentOn", sentOn, "method", method);
    }

    static String etag(String path) {
        return Fixtures.etag(path);
    }
}
