package vn.lhh.registry;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import vn.lhh.testsupport.Api;

/** Documents through the API with real tokens. Each test takes a year of its own, so that its numbers start at 1. */
final class RegistryFixtures {
    static final String DOCS = "/api/v1/official-documents";
    static final String DASHBOARD = "/api/v1/dashboard/executive";
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(1901 + ThreadLocalRandom.current().nextInt(40) * 2);

    private RegistryFixtures() {
    }

    /** A past year no other test of this run numbers in (the years before 2000 are free of demo data). */
    static int freshYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    static String path(String id) {
        return DOCS + "/" + id;
    }

    static Map<String, Object> outgoing(String type, String date, String subject) {
        Map<String, Object> b = new HashMap<>();
        b.put("direction", "outgoing");
        b.put("type", type);
        b.put("documentDate", date);
        b.put("subject", subject);
        b.put("signer", "Nguyễn Thị Thu Hương");
        b.put("signerTitle", "Chủ tịch");
        return b;
    }

    static Map<String, Object> incoming(String date, String receivedOn, String senderSymbol, String subject) {
        Map<String, Object> b = new HashMap<>();
        b.put("direction", "incoming");
        b.put("type", "official_letter");
        b.put("documentDate", date);
        b.put("receivedOn", receivedOn);
        b.put("senderSymbol", senderSymbol);
        b.put("issuingBody", "UBND tỉnh Nghệ An");
        b.put("subject", subject);
        return b;
    }

    static Map<String, Object> recipient(String name, String associationId) {
        Map<String, Object> r = new HashMap<>();
        r.put("name", name);
        if (associationId != null) {
            r.put("associationId", associationId);
        }
        return r;
    }

    /** An outgoing document addressed to the association, registered by staff. */
    static String addressedTo(String associationId, String subject) {
        Map<String, Object> b = outgoing("notice", java.time.LocalDate.now().minusDays(1).toString(), subject);
        b.put("recipients", List.of(recipient("Hội thành viên", associationId), recipient("Lưu: VT", null)));
        return create(b);
    }

    static String create(Map<String, Object> body) {
        return Api.as("staff").body(body).post(DOCS).then().statusCode(201).extract().path("id");
    }

    static String etag(String id) {
        return Api.as("staff").get(path(id)).then().statusCode(200).extract().header("ETag");
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }
}
