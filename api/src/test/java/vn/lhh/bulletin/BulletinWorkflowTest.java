package vn.lhh.bulletin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.bulletin.BulletinFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.Tokens;

/** An issue from draft to publication and withdrawal: the rules on the way, its files, and scheduled publishing. */
@QuarkusTest
class BulletinWorkflowTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void fromDraftToPublicationAndWithdrawal() {
        String title = Api.unique("Tập san số đặc biệt về cam Vinh");
        String id = BulletinFixtures.draft(title);
        Api.as("staff").get(path(id)).then().statusCode(200).body("status", equalTo("draft"))
                .body("allowedTransitions", equalTo(List.of("in_review"))).body("pdf", nullValue());
        // not visible outside the office yet
        Api.anonymous().get(path(id)).then().statusCode(404).contentType("application/problem+json");
        Api.as("partner").get(path(id)).then().statusCode(404);

        // an invalid move names the allowed ones
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(Map.of("to", "published")).post(path(id) + "/transitions")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("in_review"));
        BulletinFixtures.transition(id, "in_review", null);
        // publishing needs the full PDF
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(Map.of("to", "published")).post(path(id) + "/transitions")
                .then().statusCode(409).body("detail", containsString("PDF"));

        // a Windows program renamed to .pdf is refused by its content
        byte[] exe = "MZ\u0090\u0000\u0003\u0000\u0000\u0000 This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
        given().header("Authorization", Tokens.bearer("staff")).contentType("application/pdf").body(exe).queryParam("fileName", "tap-san.pdf")
                .put(path(id) + "/pdf").then().statusCode(415).contentType("application/problem+json");
        // and so is a PDF sent as the cover
        given().header("Authorization", Tokens.bearer("staff")).contentType("image/png").body(BulletinFixtures.pdf("x")).queryParam("fileName", "bia.png")
                .put(path(id) + "/cover").then().statusCode(415);
        BulletinFixtures.uploadPdf(id, title);
        // replacing a file needs the issue's version, like any other change
        given().header("Authorization", Tokens.bearer("staff")).contentType("image/png").body(PNG).queryParam("fileName", "bìa số đặc biệt.png")
                .put(path(id) + "/cover").then().statusCode(428);
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", "\"999\"").contentType("image/png").body(PNG)
                .queryParam("fileName", "bìa.png").put(path(id) + "/cover").then().statusCode(412);
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("image/png").body(PNG)
                .queryParam("fileName", "bìa số đặc biệt.png").put(path(id) + "/cover").then().statusCode(200).body("cover.contentType", equalTo("image/png"))
                .body("cover.fileName", equalTo("bìa số đặc biệt.png"));

        BulletinFixtures.transition(id, "published", null);
        Api.anonymous().get(path(id)).then().statusCode(200).body("status", equalTo("published")).body("publishedAt", notNullValue())
                .body("allowedTransitions", equalTo(List.of())).body("pdf.url", equalTo("/api/v1/bulletins/" + id + "/pdf"));
        Api.anonymous().queryParam("q", title).get("/api/v1/bulletins").then().statusCode(200).body("items.id", hasItem(id));
        given().get(path(id) + "/pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("inline"));
        given().get(path(id) + "/cover").then().statusCode(200).contentType("image/png");
        // released: files and placement are fixed
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("application/pdf")
                .body(BulletinFixtures.pdf("v2")).queryParam("fileName", "v2.pdf").put(path(id) + "/pdf").then().statusCode(409);
        // a published issue takes corrections of its title, not of its number
        Map<String, Object> body = new java.util.HashMap<>(Api.as("staff").get(path(id)).then().extract().jsonPath().getMap(""));
        Map<String, Object> correction = new java.util.HashMap<>(Map.of("volume", body.get("volume"), "number", body.get("number"),
                "month", body.get("month"), "title", title + " (đính chính)"));
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(correction).put(path(id)).then().statusCode(200)
                .body("title", equalTo(title + " (đính chính)"));
        correction.put("number", (Integer) body.get("number") + 5000);
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(correction).put(path(id)).then().statusCode(409);

        // withdrawal needs a reason, then the issue leaves the public archive
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(Map.of("to", "withdrawn")).post(path(id) + "/transitions")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        BulletinFixtures.transition(id, "withdrawn", "Sai số liệu ở bài 2");
        Api.anonymous().get(path(id)).then().statusCode(404);
        given().get(path(id) + "/pdf").then().statusCode(404);
        Api.as("staff").get(path(id)).then().statusCode(200).body("status", equalTo("withdrawn")).body("withdrawReason", equalTo("Sai số liệu ở bài 2"))
                .body("allowedTransitions", equalTo(List.of()));
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(correction).put(path(id)).then().statusCode(409);
    }

    @Test
    void oneIssueAMonthEvenUnderConcurrentRequests() throws Exception {
        Map<String, Object> body = BulletinFixtures.issueBody(Api.unique("Tập san tháng"));
        String first = Api.as("staff").body(body).post("/api/v1/bulletins").then().statusCode(201).extract().path("id");
        Map<String, Object> sameMonth = new java.util.HashMap<>(body);
        sameMonth.put("number", (Integer) body.get("number") + 7000);
        Api.as("staff").body(sameMonth).post("/api/v1/bulletins").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("mỗi tháng một số"));
        Map<String, Object> sameNumber = BulletinFixtures.issueBody(Api.unique("Tập san trùng số"));
        sameNumber.put("volume", body.get("volume"));
        sameNumber.put("number", body.get("number"));
        Api.as("staff").body(sameNumber).post("/api/v1/bulletins").then().statusCode(409);

        // eight requests for one new month at once: exactly one wins, the others are told why
        Map<String, Object> race = BulletinFixtures.issueBody(Api.unique("Tập san tranh chấp"));
        String token = Tokens.bearer("staff");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            Map<String, Object> b = new java.util.HashMap<>(race);
            b.put("number", (Integer) race.get("number") + 1000 * (k + 1));
            calls.add(() -> given().header("Authorization", token).contentType("application/json").body(b).post("/api/v1/bulletins").statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());

        // a withdrawn issue frees its month for the replacement
        BulletinFixtures.uploadPdf(first, "first");
        BulletinFixtures.transition(first, "in_review", null);
        BulletinFixtures.transition(first, "published", null);
        BulletinFixtures.transition(first, "withdrawn", "In nhầm");
        Api.as("staff").body(sameMonth).post("/api/v1/bulletins").then().statusCode(201);
    }

    @Test
    void aScheduledIssuePublishesItselfOnTime() {
        String id = BulletinFixtures.draft(Api.unique("Tập san hẹn giờ"));
        BulletinFixtures.uploadPdf(id, "scheduled");
        BulletinFixtures.transition(id, "in_review", null);
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(Map.of("to", "scheduled", "scheduledAt", Instant.now().minusSeconds(60).toString()))
                .post(path(id) + "/transitions").then().statusCode(400).body("errors.field", hasItem("scheduledAt"));
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(Map.of("to", "scheduled")).post(path(id) + "/transitions")
                .then().statusCode(400).body("errors.field", hasItem("scheduledAt"));
        Instant at = Instant.now().plusSeconds(2);
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).body(Map.of("to", "scheduled", "scheduledAt", at.toString()))
                .post(path(id) + "/transitions").then().statusCode(200).body("status", equalTo("scheduled"));
        Api.anonymous().get(path(id)).then().statusCode(404);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String status = "scheduled";
        while (!status.equals("published") && Instant.now().isBefore(deadline)) {
            sleep(300);
            status = Api.as("staff").get(path(id)).then().extract().path("status");
        }
        assertEquals("published", status);
        Api.anonymous().get(path(id)).then().statusCode(200).body("publishedAt", notNullValue()).body("scheduledAt", nullValue());
        Instant publishedAt = Instant.parse(Api.anonymous().get(path(id)).then().extract().path("publishedAt"));
        assertEquals(true, !publishedAt.isBefore(at), "published at " + publishedAt + ", scheduled for " + at);
        Api.as("admin").queryParam("entityType", "bulletin-issue").queryParam("entityId", id).get("/api/v1/audit-events").then()
                .statusCode(200).body("items.actor", hasItem("system:scheduler"));
    }

    @Test
    void pdfDownloadsStreamWithByteRanges() {
        String id = BulletinFixtures.draft(Api.unique("Tập san tải về"));
        byte[] content = BulletinFixtures.pdf("range test " + "0123456789".repeat(50));
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("application/pdf").body(content)
                .queryParam("fileName", "Tập san 11.pdf").put(path(id) + "/pdf").then().statusCode(200).body("pdf.sizeBytes", equalTo(content.length));
        BulletinFixtures.transition(id, "in_review", null);
        BulletinFixtures.transition(id, "published", null);
        var full = given().get(path(id) + "/pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Length", String.valueOf(content.length)).header("Accept-Ranges", "bytes")
                .header("X-Content-Type-Options", "nosniff").extract();
        assertArrayEquals(content, full.asByteArray());
        String etag = full.header("ETag");

        byte[] part = given().header("Range", "bytes=5-14").get(path(id) + "/pdf").then().statusCode(206)
                .header("Content-Range", "bytes 5-14/" + content.length).header("Content-Length", "10").extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(content, 5, 15), part);
        byte[] tail = given().header("Range", "bytes=-6").get(path(id) + "/pdf").then().statusCode(206).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(content, content.length - 6, content.length), tail);
        byte[] open = given().header("Range", "bytes=" + (content.length - 3) + "-").get(path(id) + "/pdf").then().statusCode(206).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(content, content.length - 3, content.length), open);
        given().header("Range", "bytes=" + content.length + "-").get(path(id) + "/pdf").then().statusCode(416)
                .contentType("application/problem+json").header("Content-Range", "bytes */" + content.length);
        // a stale If-Range gets the whole file
        given().header("Range", "bytes=0-1").header("If-Range", "\"other\"").get(path(id) + "/pdf").then().statusCode(200)
                .header("Content-Length", String.valueOf(content.length));
        given().header("If-None-Match", etag).get(path(id) + "/pdf").then().statusCode(304);
        given().queryParam("download", "true").get(path(id) + "/pdf").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename*=UTF-8''T%E1%BA%ADp%20san%2011.pdf"));
        given().queryParam("download", "maybe").get(path(id) + "/pdf").then().statusCode(400);
    }

    @Test
    void aLargeFileStreamsIntactAcrossReadChunks() {
        String id = BulletinFixtures.draft(Api.unique("Tập san dung lượng lớn"));
        // 2.5 MB: the store reads 1 MB at a time, so whole and ranged downloads cross chunk boundaries
        byte[] content = new byte[2_500_000];
        new java.util.Random(42).nextBytes(content);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        given().header("Authorization", Tokens.bearer("staff")).header("If-Match", Fixtures.etag(path(id))).contentType("application/pdf").body(content)
                .queryParam("fileName", "lon.pdf").put(path(id) + "/pdf").then().statusCode(200);
        byte[] whole = given().header("Authorization", Tokens.bearer("staff")).get(path(id) + "/pdf").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(content, whole);
        int from = (1 << 20) - 10;
        byte[] across = given().header("Authorization", Tokens.bearer("staff")).header("Range", "bytes=" + from + "-" + (from + (1 << 20) + 19))
                .get(path(id) + "/pdf").then().statusCode(206).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(content, from, from + (1 << 20) + 20), across);
    }

    @Test
    void draftsCanBeDeletedAndTheirArticlesReturnToTheDesk() {
        String id = BulletinFixtures.draft(Api.unique("Tập san bỏ"));
        String article = BulletinFixtures.article(Api.unique("Bài chờ số mới"));
        BulletinFixtures.place(article, id);
        Api.as("staff").header("If-Match", Fixtures.etag(path(id))).delete(path(id)).then().statusCode(204);
        Api.as("staff").get(path(id)).then().statusCode(404);
        Api.as("staff").get("/api/v1/bulletin-articles/" + article).then().statusCode(200).body("issue", nullValue()).body("position", nullValue());
        String published = BulletinFixtures.published(Api.unique("Tập san không xóa được"));
        Api.as("staff").header("If-Match", Fixtures.etag(path(published))).delete(path(published)).then().statusCode(409);
        Api.anonymous().get(path(published)).then().statusCode(200).body("status", not(equalTo("draft")));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
