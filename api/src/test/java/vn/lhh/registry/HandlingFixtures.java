package vn.lhh.registry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lhh.testsupport.Api;

/** Incoming documents and their handling through the API, with real tokens. */
final class HandlingFixtures {
    static final String LISTS = "/api/v1/document-handlings";
    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private HandlingFixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(PROVINCE);
    }

    static String handling(String documentId) {
        return RegistryFixtures.path(documentId) + "/handling";
    }

    /** An incoming document received yesterday, registered by staff; addressed to the association when given. */
    static String incoming(String subject, String associationId) {
        String day = today().minusDays(1).toString();
        Map<String, Object> b = RegistryFixtures.incoming(day, day, "245/UBND-KGVX", subject);
        if (associationId != null) {
            b.put("recipients", List.of(RegistryFixtures.recipient("Hội thành viên", associationId)));
        }
        return RegistryFixtures.create(b);
    }

    static Map<String, Object> assignment(List<String> handlers, String lead, LocalDate deadline) {
        Map<String, Object> b = new HashMap<>();
        b.put("handlers", handlers);
        b.put("leadHandler", lead);
        b.put("instruction", "Giao Văn phòng chủ trì, phối hợp Ban Khoa học tham mưu văn bản trả lời. Hoàn thành đúng hạn.");
        b.put("deadline", deadline.toString());
        return b;
    }

    static String etag(String documentId) {
        return Api.as("staff").get(handling(documentId)).then().statusCode(200).extract().header("ETag");
    }

    /** Assigned by staff to these handlers (the lead first), due in a week; returns the new ETag. */
    static String assign(String documentId, String lead, String... others) {
        List<String> handlers = new java.util.ArrayList<>(List.of(lead));
        handlers.addAll(List.of(others));
        return Api.as("staff").header("If-Match", etag(documentId)).body(assignment(handlers, lead, today().plusDays(7)))
                .put(handling(documentId) + "/assignment").then().statusCode(200).extract().header("ETag");
    }
}
