package vn.lhh.registry;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lhh.registry.HandlingFixtures.LISTS;
import static vn.lhh.registry.HandlingFixtures.handling;
import static vn.lhh.registry.HandlingFixtures.today;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;

/**
 * Handling of incoming documents from assignment to done or filed: who may do each step, the refused
 * moves (409 naming the allowed ones), the checks of handlers and deadlines, versions (412), idempotent
 * attachments, the history from the audit log, "my documents" and overdue documents first.
 */
@QuarkusTest
class HandlingWorkflowTest {
    @Inject
    EntityManager em;

    @Test
    void anIncomingDocumentIsHandledFromAssignmentToDone() {
        String doc = HandlingFixtures.incoming(Api.unique("Công văn đề nghị góp ý dự thảo quy hoạch"), null);
        Api.as("staff").get(handling(doc)).then().statusCode(200).header("ETag", "\"0\"")
                .body("state", equalTo("received")).body("allowedMoves", contains("filed")).body("handlers.size()", equalTo(0))
                .body("overdue", equalTo(false));

        // the office assigns: staff leads, staff2 helps
        var body = HandlingFixtures.assignment(List.of("staff2", "staff"), "staff", today().plusDays(5));
        Api.as("admin").header("If-Match", "\"0\"").body(body).put(handling(doc) + "/assignment").then().statusCode(200)
                .header("ETag", "\"1\"").body("state", equalTo("assigned")).body("leadHandler", equalTo("staff"))
                .body("handlers.username", contains("staff", "staff2")).body("handlers[0].lead", equalTo(true))
                .body("handlers[0].displayName", equalTo("Nguyễn Thị Lan"))
                .body("instruction", equalTo(body.get("instruction"))).body("deadline", equalTo(today().plusDays(5).toString()))
                .body("assignedBy", equalTo("admin")).body("allowedMoves", contains("in_progress", "filed"));

        // the helper starts, the lead reports
        Api.as("staff2").header("If-Match", "\"1\"").body(Map.of("to", "in_progress")).post(handling(doc) + "/transitions").then()
                .statusCode(200).body("state", equalTo("in_progress")).body("allowedMoves", contains("done", "filed"));
        String report = "Đã dự thảo công văn trả lời, trình Thường trực ký ban hành.";
        String etag = Api.as("staff").header("If-Match", "\"2\"").body(Map.of("report", report))
                .put(handling(doc) + "/handlers/staff/report").then().statusCode(200)
                .body("handlers[0].report", equalTo(report)).body("handlers[0].reportedAt", notNullValue())
                .body("handlers[1].report", nullValue()).extract().header("ETag");

        // the helper attaches a file; a retry with the same key stores it once
        byte[] pdf = RegistryFixtures.pdf("dự thảo trả lời");
        String key = UUID.randomUUID().toString();
        Response first = Api.as("staff2").header("Idempotency-Key", key).contentType("application/pdf").queryParam("fileName", "dự-thảo-trả-lời.pdf")
                .body(pdf).post(handling(doc) + "/attachments");
        first.then().statusCode(201).header("Location", notNullValue()).body("fileName", equalTo("dự-thảo-trả-lời.pdf"))
                .body("uploadedBy", equalTo("staff2")).body("contentType", equalTo("application/pdf"));
        Response again = Api.as("staff2").header("Idempotency-Key", key).contentType("application/pdf").queryParam("fileName", "dự-thảo-trả-lời.pdf")
                .body(pdf).post(handling(doc) + "/attachments");
        assertEquals(201, again.statusCode());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals((String) first.path("id"), again.path("id"));
        String fileId = first.path("id");
        Response now = Api.as("staff").get(handling(doc));
        now.then().body("handlers[1].attachments.id", contains(fileId)).body("handlers[0].attachments.size()", equalTo(0));
        assertFalse(now.header("ETag").equals(etag), "attaching a file moves the handling's version on");
        byte[] downloaded = Api.as("admin").accept("application/pdf, application/problem+json")
                .get(handling(doc) + "/attachments/" + fileId).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(pdf, downloaded);

        // the helper links the answer, an outgoing document of the registry
        var letter = RegistryFixtures.outgoing("official_letter", today().toString(), "Về việc góp ý dự thảo quy hoạch");
        letter.put("draftingUnit", "VP");
        String answer = RegistryFixtures.create(letter);
        String answerSymbol = Api.as("staff").get(RegistryFixtures.path(answer)).then().extract().path("symbol");
        Api.as("staff2").header("If-Match", now.header("ETag")).body(Map.of("outgoingDocumentId", answer)).put(handling(doc) + "/answer")
                .then().statusCode(200).body("answer.id", equalTo(answer)).body("answer.symbol", equalTo(answerSymbol));

        // only the lead marks it done
        String current = HandlingFixtures.etag(doc);
        Api.as("staff2").header("If-Match", current).body(Map.of("to", "done")).post(handling(doc) + "/transitions").then()
                .statusCode(403).contentType("application/problem+json");
        Api.as("admin").header("If-Match", current).body(Map.of("to", "done")).post(handling(doc) + "/transitions").then()
                .statusCode(403);
        Api.as("staff").header("If-Match", current).body(Map.of("to", "done")).post(handling(doc) + "/transitions").then()
                .statusCode(200).body("state", equalTo("done")).body("closedBy", equalTo("staff")).body("closedAt", notNullValue())
                .body("allowedMoves.size()", equalTo(0)).body("overdue", equalTo(false));

        // who did what, when: from the audit log, oldest first
        Api.as("staff2").get(handling(doc) + "/history").then().statusCode(200)
                .body("items.event", contains("assigned", "started", "reported", "attached", "answer-linked", "done"))
                .body("items.actor", contains("admin", "staff2", "staff", "staff2", "staff2", "staff"))
                .body("items[0].details.handlers", contains("staff2", "staff"))
                .body("items[0].details.deadline", equalTo(today().plusDays(5).toString()))
                .body("items[3].details.file", equalTo("dự-thảo-trả-lời.pdf"))
                .body("items[4].details.answerSymbol", equalTo(answerSymbol))
                .body("items[0].occurredAt", notNullValue());

        // it is among each handler's documents, in its state
        Api.as("staff2").queryParam("state", "done").queryParam("size", 100).get(LISTS + "/mine").then().statusCode(200)
                .body("items.documentId", hasItem(doc));
        Api.as("staff").queryParam("state", "in_progress").queryParam("size", 100).get(LISTS + "/mine").then().statusCode(200)
                .body("items.documentId", org.hamcrest.Matchers.not(hasItem(doc)));
        Api.as("admin").queryParam("handler", "staff2").queryParam("state", "done").queryParam("size", 100).get(LISTS).then()
                .statusCode(200).body("items.find { it.documentId == '" + doc + "' }.handlers", contains("staff", "staff2"));
        // nothing more can be written once done
        String done = HandlingFixtures.etag(doc);
        Api.as("staff").header("If-Match", done).body(Map.of("report", "Bổ sung")).put(handling(doc) + "/handlers/staff/report").then()
                .statusCode(409);
        Api.as("staff").header("If-Match", done).body(HandlingFixtures.assignment(List.of("staff"), "staff", today()))
                .put(handling(doc) + "/assignment").then().statusCode(409).body("detail", containsString("done"));
    }

    @Test
    void theOfficeFilesADocumentWithoutActionWithAReason() {
        String doc = HandlingFixtures.incoming(Api.unique("Thông báo để biết"), null);
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("to", "filed")).post(handling(doc) + "/transitions").then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("to", "filed", "reason", "Văn bản để biết, không yêu cầu trả lời."))
                .post(handling(doc) + "/transitions").then().statusCode(200).body("state", equalTo("filed"))
                .body("filedReason", equalTo("Văn bản để biết, không yêu cầu trả lời.")).body("closedBy", equalTo("staff"));
        Api.as("staff").get(handling(doc) + "/history").then().body("items.event", contains("filed"))
                .body("items[0].details.filedReason", equalTo("Văn bản để biết, không yêu cầu trả lời."));
        String etag = HandlingFixtures.etag(doc);
        Api.as("staff").header("If-Match", etag).body(Map.of("to", "in_progress")).post(handling(doc) + "/transitions").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("—"));
    }

    @Test
    void aMoveOutsideTheWorkflowIsRefusedWithTheAllowedMoves() {
        String doc = HandlingFixtures.incoming(Api.unique("Công văn chuyển trạng thái"), null);
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("to", "done")).post(handling(doc) + "/transitions").then()
                .statusCode(409).contentType("application/problem+json").body("type", containsString("conflict"))
                .body("detail", containsString("filed"));
        Api.as("staff").header("If-Match", "\"0\"").body(Map.of("to", "assigned")).post(handling(doc) + "/transitions").then()
                .statusCode(409).body("detail", containsString("assignment"));
        String etag = HandlingFixtures.assign(doc, "staff");
        Response refused = Api.as("staff").header("If-Match", etag).header("Accept-Language", "en").body(Map.of("to", "done"))
                .post(handling(doc) + "/transitions");
        refused.then().statusCode(409).body("detail", containsString("filed, in_progress"));
        Api.as("staff").header("If-Match", etag).body(Map.of("to", "received")).post(handling(doc) + "/transitions").then().statusCode(409);
        Api.as("staff").header("If-Match", etag).body(Map.of("to", "archived")).post(handling(doc) + "/transitions").then().statusCode(400);
        // the lead cannot mark done before reporting
        String started = Api.as("staff").header("If-Match", etag).body(Map.of("to", "in_progress")).post(handling(doc) + "/transitions")
                .then().statusCode(200).extract().header("ETag");
        Api.as("staff").header("If-Match", started).body(Map.of("to", "done")).post(handling(doc) + "/transitions").then()
                .statusCode(409).body("detail", notNullValue());
    }

    @Test
    void assignmentsAreChecked() {
        String doc = HandlingFixtures.incoming(Api.unique("Công văn kiểm tra phân công"), null);
        String url = handling(doc) + "/assignment";
        var week = today().plusDays(7);
        Api.as("staff").header("If-Match", "\"0\"").body(HandlingFixtures.assignment(List.of("khong-ai-ca"), "khong-ai-ca", week)).put(url)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("handlers[0]"));
        // a real user, but not of the office
        Api.as("staff").header("If-Match", "\"0\"").body(HandlingFixtures.assignment(List.of("staff", "officer"), "staff", week)).put(url)
                .then().statusCode(400).body("errors.field", hasItem("handlers[1]"));
        Api.as("staff").header("If-Match", "\"0\"").body(HandlingFixtures.assignment(List.of("staff", "staff"), "staff", week)).put(url)
                .then().statusCode(400).body("errors.field", hasItem("handlers[1]"));
        Api.as("staff").header("If-Match", "\"0\"").body(HandlingFixtures.assignment(List.of("staff"), "staff2", week)).put(url)
                .then().statusCode(400).body("errors.field", hasItem("leadHandler"));
        Api.as("staff").header("If-Match", "\"0\"").body(HandlingFixtures.assignment(List.of("staff"), "staff", today().minusDays(1))).put(url)
                .then().statusCode(400).body("errors.field", hasItem("deadline"));
        var malformed = HandlingFixtures.assignment(List.of("staff"), "staff", week);
        malformed.put("deadline", "31/12/2026");
        Api.as("staff").header("If-Match", "\"0\"").body(malformed).put(url).then().statusCode(400).contentType("application/problem+json");
        Api.as("staff").header("If-Match", "\"0\"").body(HandlingFixtures.assignment(List.of(), "staff", week)).put(url)
                .then().statusCode(400).body("errors.field", hasItem(containsString("handlers")));
        Api.as("staff").body(HandlingFixtures.assignment(List.of("staff"), "staff", week)).put(url).then().statusCode(428);
        Api.as("staff").header("If-Match", "\"7\"").body(HandlingFixtures.assignment(List.of("staff"), "staff", week)).put(url)
                .then().statusCode(412).contentType("application/problem+json");
        // nothing was written by the refused requests
        Api.as("staff").get(handling(doc)).then().header("ETag", "\"0\"").body("state", equalTo("received"));
        Api.as("staff").get(handling(doc) + "/history").then().body("items.size()", equalTo(0));
        // a deadline of today is accepted
        Api.as("staff").header("If-Match", "\"0\"").body(HandlingFixtures.assignment(List.of("staff"), "staff", today())).put(url)
                .then().statusCode(200).body("overdue", equalTo(false));

        // the handling of what is not an incoming document does not exist
        String outgoing = RegistryFixtures.create(RegistryFixtures.outgoing("notice", today().toString(), "Thông báo"));
        Api.as("staff").get(handling(outgoing)).then().statusCode(404).contentType("application/problem+json");
        Api.as("staff").get(handling(UUID.randomUUID().toString())).then().statusCode(404);
        Api.as("staff").get("/api/v1/official-documents/not-a-uuid/handling").then().statusCode(400);
        Api.as("staff").queryParam("state", "sleeping").get(LISTS).then().statusCode(400);
        Api.as("staff").queryParam("overdue", "maybe").get(LISTS + "/mine").then().statusCode(400);
    }

    @Test
    void onlyHandlersWriteAndEachOnlyTheirOwnReport() {
        String doc = HandlingFixtures.incoming(Api.unique("Công văn báo cáo"), null);
        String etag = HandlingFixtures.assign(doc, "staff");
        String reportOf = handling(doc) + "/handlers/";
        // staff2 is not a handler: their report does not exist, and staff's is not theirs to write
        Api.as("staff2").header("If-Match", etag).body(Map.of("report", "Không phải việc của tôi")).put(reportOf + "staff2/report")
                .then().statusCode(404).contentType("application/problem+json");
        Api.as("staff2").header("If-Match", etag).body(Map.of("report", "Viết hộ")).put(reportOf + "staff/report").then().statusCode(403);
        Api.as("admin").header("If-Match", etag).body(Map.of("report", "Viết hộ")).put(reportOf + "staff/report").then().statusCode(403);
        Api.as("staff2").header("If-Match", etag).body(Map.of("to", "in_progress")).post(handling(doc) + "/transitions").then().statusCode(403);
        Api.as("staff2").contentType("application/pdf").queryParam("fileName", "x.pdf").body(RegistryFixtures.pdf("x"))
                .post(handling(doc) + "/attachments").then().statusCode(403);
        Api.as("staff2").header("If-Match", etag).body(Map.of("outgoingDocumentId", doc)).put(handling(doc) + "/answer").then().statusCode(403);
        // the handler's own writes are checked too
        Api.as("staff").header("If-Match", etag).body(Map.of("report", "  ")).put(reportOf + "staff/report").then().statusCode(400);
        Api.as("staff").header("If-Match", etag).body(Map.of("outgoingDocumentId", doc)).put(handling(doc) + "/answer").then()
                .statusCode(400).body("errors.field", hasItem("outgoingDocumentId"));
        Api.as("staff").contentType("application/octet-stream").queryParam("fileName", "ghi-chu.txt").body("chỉ là chữ".getBytes())
                .post(handling(doc) + "/attachments").then().statusCode(415).contentType("application/problem+json");
        // writing the first report starts the handling
        Api.as("staff").header("If-Match", etag).body(Map.of("report", "Đã xử lý")).put(reportOf + "staff/report").then()
                .statusCode(200).body("state", equalTo("in_progress"));
        Api.as("staff").header("If-Match", etag).body(Map.of("report", "Lần hai, phiên bản cũ")).put(reportOf + "staff/report").then()
                .statusCode(412);
    }

    @Test
    void reassigningKeepsTheReportsOfHandlersWhoStay() {
        String doc = HandlingFixtures.incoming(Api.unique("Công văn giao lại"), null);
        String etag = HandlingFixtures.assign(doc, "staff", "staff2");
        etag = Api.as("staff2").header("If-Match", etag).body(Map.of("report", "Phần việc của tôi đã xong"))
                .put(handling(doc) + "/handlers/staff2/report").then().statusCode(200).extract().header("ETag");
        Api.as("admin").header("If-Match", etag).body(HandlingFixtures.assignment(List.of("staff2", "admin"), "staff2", today().plusDays(10)))
                .put(handling(doc) + "/assignment").then().statusCode(200).body("state", equalTo("in_progress"))
                .body("handlers.username", contains("staff2", "admin")).body("handlers[0].report", equalTo("Phần việc của tôi đã xong"))
                .body("handlers[1].report", nullValue()).body("leadHandler", equalTo("staff2"));
        Api.as("staff").get(handling(doc) + "/history").then().body("items.event", contains("assigned", "reported", "reassigned"));
        Api.as("staff").queryParam("size", 100).get(LISTS + "/mine").then().body("items.documentId", org.hamcrest.Matchers.not(hasItem(doc)));
        Api.as("admin").queryParam("size", 100).get(LISTS + "/mine").then().body("items.documentId", hasItem(doc));
    }

    @Test
    void twoAssignmentsWithTheSameVersionCannotBothWin() throws Exception {
        String doc = HandlingFixtures.incoming(Api.unique("Công văn giao đồng thời"), null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String lead : List.of("staff", "staff2")) {
                calls.add(() -> Api.as("admin").header("If-Match", "\"0\"")
                        .body(HandlingFixtures.assignment(List.of(lead), lead, today().plusDays(3)))
                        .put(handling(doc) + "/assignment").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        Api.as("staff").get(handling(doc)).then().header("ETag", "\"1\"").body("handlers.size()", equalTo(1));
        Api.as("staff").get(handling(doc) + "/history").then().body("items.size()", equalTo(1));
    }

    @Test
    void overdueDocumentsComeFirstAndCanBeFiltered() {
        String late = HandlingFixtures.incoming(Api.unique("Công văn quá hạn"), null);
        String onTime = HandlingFixtures.incoming(Api.unique("Công văn còn hạn"), null);
        HandlingFixtures.assign(late, "staff2");
        HandlingFixtures.assign(onTime, "staff2");
        // time passes: the deadline is now behind us (the API refuses a past deadline, so the test moves it)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE document_handling SET deadline = ?1 WHERE document_id = ?2")
                .setParameter(1, Date.valueOf(today().minusDays(2))).setParameter(2, UUID.fromString(late)).executeUpdate());
        Api.as("staff2").get(handling(late)).then().body("overdue", equalTo(true));
        Api.as("staff2").queryParam("overdue", "true").queryParam("size", 100).get(LISTS + "/mine").then().statusCode(200)
                .body("items.documentId", hasItem(late)).body("items.documentId", org.hamcrest.Matchers.not(hasItem(onTime)))
                .body("items.overdue", org.hamcrest.Matchers.everyItem(equalTo(true)));
        Api.as("staff2").queryParam("overdue", "false").queryParam("size", 100).get(LISTS + "/mine").then()
                .body("items.documentId", hasItem(onTime)).body("items.documentId", org.hamcrest.Matchers.not(hasItem(late)));
        List<Boolean> mine = Api.as("staff2").queryParam("size", 100).get(LISTS + "/mine").then().extract().path("items.overdue");
        assertTrue(mine.get(0), "my overdue documents come first");
        // the office's list: every overdue document before any other
        List<Map<String, Object>> office = Api.as("admin").queryParam("size", 100).get(LISTS).then().statusCode(200).extract().path("items");
        assertTrue(office.stream().anyMatch(l -> l.get("documentId").equals(late)));
        boolean seenOnTime = false;
        for (Map<String, Object> l : office) {
            if (Boolean.TRUE.equals(l.get("overdue"))) {
                assertFalse(seenOnTime, "an overdue document after one that is not: " + l);
            } else {
                seenOnTime = true;
            }
        }
        Api.as("admin").queryParam("overdue", "true").queryParam("state", "assigned").queryParam("size", 100).get(LISTS).then()
                .body("items.find { it.documentId == '" + late + "' }.deadline", equalTo(today().minusDays(2).toString()));
    }

    @Test
    void theCandidateHandlersAreTheOfficeUsers() {
        Api.as("staff").get(LISTS + "/candidate-handlers").then().statusCode(200)
                .body("username", hasItem("staff")).body("username", hasItem("staff2")).body("username", hasItem("admin"))
                .body("username", org.hamcrest.Matchers.not(hasItem("officer")))
                .body("find { it.username == 'staff2' }.displayName", equalTo("Hồ Minh Tuấn"));
    }
}
