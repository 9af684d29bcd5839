package vn.lhh.registry;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.lhh.registry.RegistryFixtures.DOCS;
import static vn.lhh.registry.RegistryFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;

/** Bad input to every registry route: problem+json naming the field, never a 5xx, and no number taken. */
@QuarkusTest
class RegistryBadInputTest {
    static final String PROBLEM = "application/problem+json";

    private static void refused(Consumer<Map<String, Object>> change, String field) {
        var body = RegistryFixtures.outgoing("decision", LocalDate.now().minusDays(3).toString(), "Quyết định");
        change.accept(body);
        Api.as("staff").body(body).post(DOCS).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(field));
    }

    @Test
    void createRefusesBadBodiesNamingTheField() {
        refused(b -> b.remove("direction"), "direction");
        refused(b -> b.put("type", "cong_van"), "type");
        refused(b -> b.put("documentDate", "23/12/2019"), "documentDate");
        refused(b -> b.put("documentDate", LocalDate.now().plusDays(3).toString()), "documentDate");
        refused(b -> b.put("subject", "  "), "subject");
        refused(b -> b.put("subject", "\u200B"), "subject");
        refused(b -> b.put("subject", "x".repeat(1001)), "subject");
        refused(b -> b.put("draftingUnit", "V P"), "draftingUnit");
        refused(b -> b.put("receivedOn", "2020-01-01"), "receivedOn");
        refused(b -> b.put("senderSymbol", "1/UBND"), "senderSymbol");
        refused(b -> b.put("recipients", List.of(Map.of("name", ""))), "recipients[0].name");
        refused(b -> b.put("recipients", List.of(Map.of("name", "Hội ma", "associationId", UUID.randomUUID().toString()))), "recipients[0].associationId");
        refused(b -> b.put("programTaskId", "not-a-uuid"), "programTaskId");
        refused(b -> b.put("unknownField", 1), "unknownField");
        // incoming documents need the day they arrived, the sender's symbol and the sender
        String d = LocalDate.now().minusDays(5).toString();
        var incoming = RegistryFixtures.incoming(d, d, "7/SYT", "Về việc");
        incoming.remove("receivedOn");
        Api.as("staff").body(incoming).post(DOCS).then().statusCode(400).body("errors.field", hasItem("receivedOn"));
        incoming = RegistryFixtures.incoming(d, LocalDate.now().minusDays(6).toString(), "7/SYT", "Về việc");
        Api.as("staff").body(incoming).post(DOCS).then().statusCode(400).body("errors.field", hasItem("receivedOn"));
        incoming = RegistryFixtures.incoming(d, d, " ", "Về việc");
        Api.as("staff").body(incoming).post(DOCS).then().statusCode(400).body("errors.field", hasItem("senderSymbol"));
        incoming = RegistryFixtures.incoming(d, d, "7/SYT", "Về việc");
        incoming.remove("issuingBody");
        Api.as("staff").body(incoming).post(DOCS).then().statusCode(400).body("errors.field", hasItem("issuingBody"));
        // malformed JSON, wrong media type
        Api.as("staff").body("{\"direction\": ").post(DOCS).then().statusCode(400).contentType(PROBLEM);
        Api.as("staff").contentType("text/plain").body("x").post(DOCS).then().statusCode(415).contentType(PROBLEM);
        Api.as("staff").header("Idempotency-Key", "with space").body(RegistryFixtures.outgoing("decision", "2020-01-01", "Q")).post(DOCS)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void messagesAreVietnameseFirst() {
        var body = RegistryFixtures.outgoing("decision", LocalDate.now().plusDays(3).toString(), "Quyết định");
        Api.as("staff").body(body).post(DOCS).then().statusCode(400).body("errors[0].message", equalTo("không được ở tương lai"));
        Api.as("staff").header("Accept-Language", "en").body(body).post(DOCS).then().statusCode(400)
                .body("errors[0].message", equalTo("must not be in the future"));
    }

    @Test
    void listRefusesBadParameters() {
        Api.as("staff").queryParam("type", "cv").get(DOCS).then().statusCode(400).body("errors.field", hasItem("type"));
        Api.as("staff").queryParam("direction", "sideways").get(DOCS).then().statusCode(400).body("errors.field", hasItem("direction"));
        Api.as("staff").queryParam("from", "2020-13-01").get(DOCS).then().statusCode(400).body("errors.field", hasItem("from"));
        Api.as("staff").queryParam("from", "2020-05-01").queryParam("to", "2020-04-01").get(DOCS).then().statusCode(400)
                .body("errors.field", hasItem("to"));
        Api.as("staff").queryParam("year", "twenty").get(DOCS).then().statusCode(400).body("errors.field", hasItem("year"));
        Api.as("staff").queryParam("associationId", "123").get(DOCS).then().statusCode(400).body("errors.field", hasItem("associationId"));
        Api.as("staff").queryParam("size", 1000).get(DOCS).then().statusCode(400).body("errors.field", hasItem("size"));
        Api.as("staff").queryParam("sort", "subject").get(DOCS).then().statusCode(400).body("errors.field", hasItem("sort"));
        Api.as("staff").queryParam("q", "x".repeat(201)).get(DOCS).then().statusCode(400).body("errors.field", hasItem("q"));
    }

    @Test
    void itemRoutesRefuseBadIdsVersionsAndFiles() {
        Api.as("staff").get(DOCS + "/not-a-uuid").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("id"));
        Api.as("staff").get(path(UUID.randomUUID().toString())).then().statusCode(404).contentType(PROBLEM);
        String id = RegistryFixtures.create(RegistryFixtures.outgoing("decision", LocalDate.now().minusDays(3).toString(), "Quyết định có tệp"));
        var body = RegistryFixtures.outgoing("decision", LocalDate.now().minusDays(3).toString(), "Quyết định sửa");
        Api.as("staff").body(body).put(path(id)).then().statusCode(428).contentType(PROBLEM);
        Api.as("staff").header("If-Match", "\"abc\"").body(body).put(path(id)).then().statusCode(412).contentType(PROBLEM);
        body.put("direction", "incoming");
        Api.as("staff").header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(409).contentType(PROBLEM);
        // files: no version, empty, not a document, a bad name, a missing file
        String file = path(id) + "/file";
        Api.as("staff").contentType("application/pdf").queryParam("fileName", "a.pdf").body(RegistryFixtures.pdf("a")).put(file)
                .then().statusCode(428);
        Api.as("staff").header("If-Match", "\"0\"").contentType("application/pdf").queryParam("fileName", "a.pdf").body(new byte[0]).put(file)
                .then().statusCode(400).contentType(PROBLEM);
        Api.as("staff").header("If-Match", "\"0\"").contentType("application/pdf").queryParam("fileName", "a.pdf")
                .body("<html><script>alert(1)</script></html>".getBytes()).put(file).then().statusCode(415).contentType(PROBLEM);
        Api.as("staff").header("If-Match", "\"0\"").contentType("application/pdf").queryParam("fileName", "../a.pdf")
                .body(RegistryFixtures.pdf("a")).put(file).then().statusCode(400).body("errors.field", hasItem("fileName"));
        Api.as("staff").accept("application/pdf, application/problem+json").get(file).then().statusCode(404).contentType(PROBLEM);
        Api.as("staff").accept("application/pdf, application/problem+json").queryParam("download", "yes").get(file).then().statusCode(400);
    }
}
