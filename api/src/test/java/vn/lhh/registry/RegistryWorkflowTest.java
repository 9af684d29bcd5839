package vn.lhh.registry;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.registry.RegistryFixtures.DASHBOARD;
import static vn.lhh.registry.RegistryFixtures.DOCS;
import static vn.lhh.registry.RegistryFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lhh.bulletin.BulletinFixtures;
import vn.lhh.contest.ContestFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Registering, correcting, finding and reading documents; the officer's view; the executive dashboard. */
@QuarkusTest
class RegistryWorkflowTest {

    @Test
    void outgoingDocumentsAreNumberedAndSymbolledPerVietnamesePractice() {
        int year = RegistryFixtures.freshYear();
        String date = year + "-12-23";
        Response program = Api.as("staff").body(RegistryFixtures.outgoing("program", date, "Chương trình hoạt động khóa VI")).post(DOCS);
        program.then().statusCode(201).header("Location", notNullValue()).header("ETag", "\"0\"")
                .body("number", equalTo(1)).body("year", equalTo(year)).body("symbol", equalTo("1/CTr-LHH"))
                .body("typeName", equalTo("Chương trình"))
                .body("issuingBody", equalTo("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT NGHỆ AN"));
        var letter = RegistryFixtures.outgoing("official_letter", date, "Về việc cử cán bộ dự hội thảo");
        letter.put("draftingUnit", "VP");
        Api.as("admin").body(letter).post(DOCS).then().statusCode(201).body("symbol", equalTo("1/LHH-VP"));
        Api.as("staff").body(RegistryFixtures.outgoing("submission", date, "Tờ trình xin kinh phí")).post(DOCS).then()
                .statusCode(201).body("symbol", equalTo("1/TTr-LHH"));
        Api.as("staff").body(RegistryFixtures.outgoing("program", date, "Chương trình thứ hai")).post(DOCS).then()
                .statusCode(201).body("symbol", equalTo("2/CTr-LHH"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRegistersOnce() {
        int year = RegistryFixtures.freshYear();
        var body = RegistryFixtures.outgoing("invitation", year + "-05-05", "Giấy mời dự hội nghị");
        String key = UUID.randomUUID().toString();
        Response first = Api.as("staff").header("Idempotency-Key", key).body(body).post(DOCS);
        Response again = Api.as("staff").header("Idempotency-Key", key).body(body).post(DOCS);
        assertEquals(201, again.statusCode());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals((String) first.path("id"), again.path("id"));
        Api.as("staff").queryParam("year", year).queryParam("type", "invitation").get(DOCS).then().body("total", equalTo(1));
    }

    @Test
    void correctionsKeepTheNumberAndNeedTheCurrentVersion() {
        int year = RegistryFixtures.freshYear();
        var body = RegistryFixtures.outgoing("plan", year + "-02-10", "Kế hoạch tổ chức hội thảo");
        String id = RegistryFixtures.create(body);
        Api.as("staff").body(body).put(path(id)).then().statusCode(428);
        body.put("subject", "Kế hoạch tổ chức hội thảo khoa học năm " + year);
        body.put("recipients", List.of(RegistryFixtures.recipient("Sở KH&CN", null)));
        Api.as("staff").header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(200).header("ETag", "\"1\"")
                .body("symbol", equalTo("1/KH-LHH")).body("recipients.name", contains("Sở KH&CN"));
        Api.as("staff").header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(412);
        Api.as("staff").header("If-None-Match", "\"1\"").get(path(id)).then().statusCode(304);
        // the number stays: no change of type or year
        body.put("type", "report");
        Api.as("staff").header("If-Match", "\"1\"").body(body).put(path(id)).then().statusCode(409)
                .contentType("application/problem+json");
        body.put("type", "plan");
        body.put("documentDate", (year + 1) + "-01-02");
        Api.as("staff").header("If-Match", "\"1\"").body(body).put(path(id)).then().statusCode(409);
        // every write is audited
        Api.as("admin").queryParam("entityType", "official-document").queryParam("entityId", id).get("/api/v1/audit-events").then()
                .statusCode(200).body("total", equalTo(2));
    }

    @Test
    void searchIsByTextNumberDateRangeAndType() {
        int year = RegistryFixtures.freshYear();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String a = RegistryFixtures.create(RegistryFixtures.outgoing("decision", year + "-01-15", "Quyết định thành lập Hội đồng khoa học " + marker));
        String b = RegistryFixtures.create(RegistryFixtures.outgoing("notice", year + "-06-20", "Thông báo kết luận của Thường trực " + marker));
        Api.as("staff").body(RegistryFixtures.incoming(year + "-07-01", year + "-07-03", "99/SNV-TCBC", "Về việc kiện toàn tổ chức hội " + marker))
                .post(DOCS).then().statusCode(201);
        // accents and case aside
        Api.as("staff").queryParam("q", "quyet dinh thanh lap hoi dong " + marker).get(DOCS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(a));
        Api.as("staff").queryParam("q", "THƯỜNG TRỰC " + marker).get(DOCS).then().body("items.id", contains(b));
        // number and symbol
        Api.as("staff").queryParam("number", "1/tb-lhh").queryParam("year", year).get(DOCS).then().body("items.id", contains(b));
        Api.as("staff").queryParam("number", "99/SNV").queryParam("q", marker).get(DOCS).then().body("total", equalTo(1))
                .body("items[0].direction", equalTo("incoming"));
        // date range and type
        Api.as("staff").queryParam("q", marker).queryParam("from", year + "-01-01").queryParam("to", year + "-03-31").get(DOCS).then()
                .body("items.id", contains(a));
        Api.as("staff").queryParam("q", marker).queryParam("type", "notice").get(DOCS).then().body("items.id", contains(b));
        Api.as("staff").queryParam("q", marker).queryParam("direction", "outgoing").queryParam("sort", "documentDate").get(DOCS).then()
                .body("items.id", contains(a, b));
    }

    @Test
    void linksMustNameExistingRecordsAndShowTheirTitles() {
        String issueTitle = Api.unique("Tập san liên kết");
        String issue = BulletinFixtures.draft(issueTitle);
        String edition = ContestFixtures.draftEdition(ContestFixtures.Phase.REGISTRATION);
        var body = RegistryFixtures.outgoing("plan", LocalDate.now().minusDays(2).toString(), "Kế hoạch phát hành và tổ chức cuộc thi");
        body.put("bulletinIssueId", issue);
        body.put("contestEditionId", edition);
        String id = RegistryFixtures.create(body);
        Api.as("staff").get(path(id)).then().statusCode(200)
                .body("bulletinIssue.id", equalTo(issue)).body("bulletinIssue.title", equalTo(issueTitle))
                .body("contestEdition.id", equalTo(edition)).body("contestEdition.title", notNullValue())
                .body("programTask", nullValue());
        for (String field : List.of("programTaskId", "consultationId", "bulletinIssueId", "contestEditionId")) {
            var bad = RegistryFixtures.outgoing("plan", LocalDate.now().minusDays(2).toString(), "Liên kết sai");
            bad.put(field, UUID.randomUUID().toString());
            Api.as("staff").body(bad).post(DOCS).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(field));
        }
    }

    @Test
    void theFileIsCheckedByContentAndStreamedToWhoeverMayRead() {
        String mine = Fixtures.associationOf("officer");
        String id = RegistryFixtures.addressedTo(mine, "Thông báo gửi hội");
        byte[] pdf = RegistryFixtures.pdf("Thông báo số 1");
        Api.as("staff").header("If-Match", "\"0\"").contentType("application/pdf").queryParam("fileName", "thong-bao.pdf").body(pdf)
                .put(path(id) + "/file").then().statusCode(200).header("ETag", "\"1\"")
                .body("file.fileName", equalTo("thong-bao.pdf")).body("file.contentType", equalTo("application/pdf"));
        byte[] got = Api.as("officer").accept("application/pdf").get(path(id) + "/file").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, got);
        Api.as("officer2").accept("application/pdf, application/problem+json").get(path(id) + "/file").then().statusCode(404);
        // a renamed executable is refused by its content
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        Api.as("staff").header("If-Match", "\"1\"").contentType("application/pdf").queryParam("fileName", "thong-bao.pdf").body(exe)
                .put(path(id) + "/file").then().statusCode(415).contentType("application/problem+json");
        Api.as("staff").get(path(id)).then().body("file.fileName", equalTo("thong-bao.pdf"));
    }

    @Test
    void officersReadOnlyWhatIsAddressedToTheirAssociation() {
        String mine = Fixtures.associationOf("officer");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String toMine = RegistryFixtures.addressedTo(mine, "Công văn gửi hội " + marker);
        String other = RegistryFixtures.create(RegistryFixtures.outgoing("notice", LocalDate.now().minusDays(1).toString(), "Nội bộ " + marker));
        Api.as("officer").queryParam("q", marker).get(DOCS).then().statusCode(200).body("items.id", contains(toMine));
        Api.as("officer").get(path(toMine)).then().statusCode(200).body("recipients.associationId", hasItem(mine));
        Api.as("officer").get(path(other)).then().statusCode(404);
        Api.as("officer2").queryParam("q", marker).get(DOCS).then().statusCode(200).body("total", equalTo(0));
        Api.as("officer2").get(path(toMine)).then().statusCode(404);
        Api.as("staff").queryParam("associationId", mine).queryParam("q", marker).get(DOCS).then().body("items.id", contains(toMine));
    }

    @Test
    void theExecutiveDashboardGathersEveryTileWithItsLink() {
        String subject = Api.unique("Văn bản mới nhất");
        String id = RegistryFixtures.create(RegistryFixtures.outgoing("notice", LocalDate.now().minusDays(1).toString(), subject));
        Response r = Api.as("staff").get(DASHBOARD);
        r.then().statusCode(200)
                .body("today", notNullValue())
                .body("program.link", notNullValue()).body("program.year", notNullValue())
                .body("consultations.link", equalTo("/consultations")).body("consultations.overdueLink", equalTo("/consultations?overdue=true"))
                .body("congresses.windowMonths", equalTo(6)).body("congresses.link", notNullValue())
                .body("bulletin.month", notNullValue()).body("bulletin.link", notNullValue())
                .body("contest.link", notNullValue())
                .body("documents.link", equalTo("/registry"))
                .body("documents.recent.id", hasItem(id))
                .body("documents.recent.subject", hasItem(subject));
        int open = r.path("consultations.open");
        int overdue = r.path("consultations.overdue");
        assertEquals(true, overdue <= open, "overdue ones are open ones");
        Map<String, Object> counts = Api.as("staff").queryParam("overdue", "true").queryParam("size", 1).get("/api/v1/consultations")
                .then().statusCode(200).extract().as(Map.class);
        assertEquals(((Number) counts.get("total")).intValue(), overdue);
        Api.as("officer").get(DASHBOARD).then().statusCode(403);
    }
}
