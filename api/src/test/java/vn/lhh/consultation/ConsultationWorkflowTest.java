package vn.lhh.consultation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.lhh.consultation.ConsultationFixtures.assignment;
import static vn.lhh.consultation.ConsultationFixtures.etag;
import static vn.lhh.consultation.ConsultationFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.lhh.expert.ExpertFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.OfficeFiles;

/** A consultation from request to closing: assignment, declarations, opinions, the response, and what each expert may see on the way. */
@QuarkusTest
class ConsultationWorkflowTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void fromRequestToClosing() throws IOException {
        String expert = ExpertFixtures.profileOf("expert");
        String expert2 = ExpertFixtures.profileOf("expert2");
        String id = ConsultationFixtures.create(Api.unique("Phản biện đề án thủy lợi"), "thuy-loi");
        Api.as("staff").get(path(id)).then().statusCode(200).body("status", equalTo("received"))
                .body("allowedTransitions", equalTo(List.of("experts_assigned", "cancelled")));
        // the request documents: a PDF and a Word file, checked by content
        String docId = Api.as("staff").contentType("application/pdf").queryParam("fileName", "du-thao.pdf").body(PDF)
                .post(path(id) + "/documents").then().statusCode(201).body("contentType", equalTo("application/pdf")).extract().path("id");
        Api.as("staff").contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").queryParam("fileName", "to-trinh.docx")
                .body(docx()).post(path(id) + "/documents").then().statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        Api.as("staff").contentType("application/pdf").queryParam("fileName", "virus.pdf").body("MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))
                .post(path(id) + "/documents").then().statusCode(415).contentType("application/problem+json");

        // nobody assigned yet: cannot move on
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("to", "experts_assigned")).post(path(id) + "/transitions").then().statusCode(409);
        Api.as("expert").get(path(id)).then().statusCode(404);

        String a1 = ConsultationFixtures.assign(id, expert);
        String a2 = ConsultationFixtures.assign(id, expert2);
        Api.as("staff").body(Map.of("expertId", expert)).post(path(id) + "/assignments").then().statusCode(409);
        Api.as("staff").get(path(id)).then().body("status", equalTo("experts_assigned")).body("assignments", hasSize(2));

        // the expert sees the consultation and their own assignment only, and no documents before declaring
        Api.as("expert").get(path(id)).then().statusCode(200).body("documents", nullValue())
                .body("assignments", hasSize(1)).body("assignments[0].id", equalTo(a1)).body("canManage", equalTo(false));
        Api.as("expert").get(path(id) + "/documents/" + docId).then().statusCode(403);
        // nor can they act on the other expert's assignment
        Api.as("expert").body(Map.of("hasConflict", false)).post(assignment(id, a2) + "/declaration").then().statusCode(403);
        Api.as("expert").get(assignment(id, a2)).then().statusCode(403);
        // accepting before declaring is out of order
        Api.as("expert").body(Map.of("accept", true)).post(assignment(id, a1) + "/answer").then().statusCode(409);

        String beforeDeclaring = Api.as("expert").get(path(id)).then().extract().header("ETag");
        ConsultationFixtures.clearAndAccept("expert", id, a1);
        // the consultation's ETag covers its assignments: a cached copy from before the declaration is stale
        Api.as("expert").header("If-None-Match", beforeDeclaring).get(path(id)).then().statusCode(200).body("documents", hasSize(2));
        Api.as("expert").get(path(id) + "/documents/" + docId).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("du-thao.pdf"));

        // a draft, then an attachment, then the submitted opinion, which is then locked
        String e1 = Api.as("expert").get(assignment(id, a1)).then().extract().header("ETag");
        Api.as("expert").header("If-Match", e1).body(Map.of("text", "Bản nháp", "submit", false)).put(assignment(id, a1) + "/opinion")
                .then().statusCode(200).body("status", equalTo("accepted")).body("opinionText", equalTo("Bản nháp"));
        String fileId = Api.as("expert").contentType("application/pdf").queryParam("fileName", "phu-luc.pdf").body(PDF)
                .post(assignment(id, a1) + "/opinion/attachments").then().statusCode(201).extract().path("id");
        Api.as("expert").header("If-Match", e1).body(Map.of("text", "Cũ", "submit", true)).put(assignment(id, a1) + "/opinion").then().statusCode(412);
        ConsultationFixtures.submitOpinion("expert", id, a1, "Đề án cần bổ sung đánh giá tác động môi trường.");
        String locked = Api.as("expert").get(assignment(id, a1)).then().body("status", equalTo("submitted")).extract().header("ETag");
        Api.as("expert").header("If-Match", locked).body(Map.of("text", "Sửa lại", "submit", true)).put(assignment(id, a1) + "/opinion").then().statusCode(409);

        // expert2 declares a conflict: they never see the documents nor the other opinion
        Api.as("expert2").body(Map.of("hasConflict", true)).post(assignment(id, a2) + "/declaration").then().statusCode(400)
                .body("errors.field", hasItem("details"));
        Api.as("expert2").body(Map.of("hasConflict", true, "details", "Tôi tham gia soạn dự thảo")).post(assignment(id, a2) + "/declaration")
                .then().statusCode(200).body("status", equalTo("conflicted"));
        Api.as("expert2").get(path(id)).then().statusCode(200).body("documents", nullValue()).body("assignments", hasSize(1))
                .body("assignments.opinionText", not(hasItem(containsString("môi trường"))));
        Api.as("expert2").get(assignment(id, a1) + "/opinion/attachments/" + fileId).then().statusCode(403);

        // the office collects, responds, sends, closes
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("to", "closed")).post(path(id) + "/transitions").then().statusCode(409)
                .body("detail", containsString("opinions_collected"));
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("to", "opinions_collected")).post(path(id) + "/transitions").then().statusCode(200)
                .body("status", equalTo("opinions_collected"));
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("sentOn", LocalDate.now().toString(), "sentTo", List.of("UBND tỉnh Nghệ An")))
                .post(path(id) + "/response/sending").then().statusCode(409);
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("text", "Liên hiệp hội đề nghị bổ sung đánh giá tác động môi trường.\n\nĐề nghị làm rõ nguồn vốn.",
                "reference", "215/LHH-TVPB")).put(path(id) + "/response").then().statusCode(200);
        Api.as("expert").get(path(id)).then().body("response.text", nullValue());
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("sentOn", LocalDate.now().plusDays(2).toString(), "sentTo", List.of("UBND tỉnh")))
                .post(path(id) + "/response/sending").then().statusCode(400).body("errors.field", hasItem("sentOn"));
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("sentOn", LocalDate.now().toString(), "sentTo", List.of()))
                .post(path(id) + "/response/sending").then().statusCode(400);
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("to", "response_sent")).post(path(id) + "/transitions").then().statusCode(409);
        Api.as("staff").header("If-Match", etag(id))
                .body(Map.of("sentOn", LocalDate.now().toString(), "sentTo", List.of("UBND tỉnh Nghệ An", "Sở Nông nghiệp và Môi trường")))
                .post(path(id) + "/response/sending").then().statusCode(200).body("status", equalTo("response_sent"))
                .body("response.sentBy", equalTo("staff")).body("response.sentTo", hasSize(2));

        // once sent, the assigned experts read the submitted opinions and the response
        Api.as("expert2").get(path(id)).then().body("assignments.opinionText", hasItem(containsString("môi trường")))
                .body("response.text", containsString("nguồn vốn"));
        Api.as("expert2").get(assignment(id, a1) + "/opinion/attachments/" + fileId).then().statusCode(200).contentType("application/pdf");

        String doc = Api.as("staff").get(path(id) + "/response/document").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "215/LHH-TVPB", "Kính gửi: UBND tỉnh Nghệ An",
                "1234/UBND-NN", "TS. Phạm Quang Minh", "Sở Nông nghiệp và Môi trường", "Đề nghị làm rõ nguồn vốn.</p>")) {
            org.junit.jupiter.api.Assertions.assertTrue(doc.contains(expected), expected + " in\n" + doc);
        }
        org.junit.jupiter.api.Assertions.assertFalse(doc.contains("Võ Thị Thu Hà"), "an expert with a conflict is not named");
        // the letter as Word and PDF, read back with POI and PDFBox
        var docx = Api.as("staff").queryParam("format", "docx").get(path(id) + "/response/document").then().statusCode(200)
                .contentType(OfficeFiles.DOCX).extract();
        org.junit.jupiter.api.Assertions.assertEquals("y-kien-tu-van-phan-bien.docx", OfficeFiles.fileName(docx));
        var word = OfficeFiles.docx(docx.asByteArray());
        String left = word.getTables().get(0).getRow(0).getCell(0).getText();
        org.junit.jupiter.api.Assertions.assertTrue(left.contains("Số: 215/LHH-TVPB") && left.contains("V/v ý kiến"), left);
        String wordText = OfficeFiles.docxText(word);
        for (String expected : List.of("Kính gửi: UBND tỉnh Nghệ An", "TS. Phạm Quang Minh", "Đề nghị làm rõ nguồn vốn.", "Nơi nhận:")) {
            org.junit.jupiter.api.Assertions.assertTrue(wordText.contains(expected), expected + " in\n" + wordText);
        }
        var pdf = Api.as("staff").header("Accept", "application/pdf").get(path(id) + "/response/document").then().statusCode(200)
                .contentType("application/pdf").extract();
        org.junit.jupiter.api.Assertions.assertEquals("y-kien-tu-van-phan-bien.pdf", OfficeFiles.fileName(pdf));
        OfficeFiles.Pdf read = OfficeFiles.pdf(pdf.asByteArray());
        String pdfText = java.text.Normalizer.normalize(read.text(), java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ");
        for (String expected : List.of("Độc lập - Tự do - Hạnh phúc", "Kính gửi: UBND tỉnh Nghệ An", "Đề nghị làm rõ nguồn vốn.")) {
            org.junit.jupiter.api.Assertions.assertTrue(pdfText.contains(expected), expected + " in\n" + pdfText);
        }
        org.junit.jupiter.api.Assertions.assertTrue(read.allFontsEmbedded(), read.fonts().toString());
        // the office's letter: not an officer, an expert, a partner or anonymous; a bad format is a 400 problem
        for (String who : List.of("officer", "expert2", "partner")) {
            Api.as(who).queryParam("format", "pdf").get(path(id) + "/response/document").then().statusCode(403);
        }
        Api.anonymous().queryParam("format", "pdf").get(path(id) + "/response/document").then().statusCode(401);
        Api.as("staff").queryParam("format", "doc").get(path(id) + "/response/document").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", equalTo("format"));

        Api.as("staff").header("If-Match", etag(id)).body(Map.of("to", "cancelled", "reason", "x")).post(path(id) + "/transitions").then().statusCode(409);
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("to", "closed")).post(path(id) + "/transitions").then().statusCode(200)
                .body("status", equalTo("closed")).body("allowedTransitions", hasSize(0));
        Api.as("admin").get("/api/v1/audit-events?entityType=consultation&entityId=" + id).then().statusCode(200)
                .body("items.action", hasItem("create")).body("items.after.status", hasItem("closed"));
    }

    @Test
    void cancellingNeedsAReasonAndEndsTheWork() {
        String id = ConsultationFixtures.create(Api.unique("Tư vấn quy hoạch"), "xay-dung");
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("to", "cancelled")).post(path(id) + "/transitions").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("to", "cancelled", "reason", "Cơ quan đề nghị rút yêu cầu"))
                .post(path(id) + "/transitions").then().statusCode(200).body("cancelReason", equalTo("Cơ quan đề nghị rút yêu cầu"));
        Api.as("staff").body(Map.of("expertId", ExpertFixtures.profileOf("expert"))).post(path(id) + "/assignments").then().statusCode(409);
        Api.as("staff").header("If-Match", etag(id)).body(ConsultationFixtures.body("Sửa", "xay-dung")).put(path(id)).then().statusCode(409);
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("to", "received")).post(path(id) + "/transitions").then().statusCode(409);
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("to", "nowhere")).post(path(id) + "/transitions").then().statusCode(400);
    }

    @Test
    void declineNeedsAReasonAndWithdrawnExpertsLoseAccess() {
        String id = ConsultationFixtures.create(Api.unique("Giám định xã hội dự án"), "thuy-loi");
        String a1 = ConsultationFixtures.assign(id, ExpertFixtures.profileOf("expert"));
        Api.as("expert").body(Map.of("hasConflict", false)).post(assignment(id, a1) + "/declaration").then().statusCode(200);
        Api.as("expert").body(Map.of("accept", false)).post(assignment(id, a1) + "/answer").then().statusCode(400);
        Api.as("expert").body(Map.of("accept", false, "reason", "Đang đi công tác")).post(assignment(id, a1) + "/answer").then().statusCode(200)
                .body("status", equalTo("declined")).body("declineReason", equalTo("Đang đi công tác"));
        String a2 = ConsultationFixtures.assign(id, ExpertFixtures.profileOf("expert2"));
        Api.as("expert2").get(path(id)).then().statusCode(200);
        Api.as("expert2").header("If-Match", "\"0\"").post(assignment(id, a2) + "/withdrawal").then().statusCode(403);
        Api.as("staff").header("If-Match", "\"0\"").post(assignment(id, a2) + "/withdrawal").then().statusCode(200).body("status", equalTo("withdrawn"));
        Api.as("expert2").get(path(id)).then().statusCode(404);
        Api.as("staff").header("If-Match", "\"1\"").post(assignment(id, a2) + "/withdrawal").then().statusCode(409);
        // nothing left to collect
        Api.as("staff").header("If-Match", etag(id)).body(Map.of("to", "opinions_collected")).post(path(id) + "/transitions").then().statusCode(409);
    }

    @Test
    void overdueConsultationsAndOpinionsAreListedFirst() {
        var late = ConsultationFixtures.body(Api.unique("Yêu cầu quá hạn"), "thuy-loi");
        late.put("requestDate", LocalDate.now().minusDays(40).toString());
        late.put("deadline", LocalDate.now().minusDays(1).toString());
        String lateId = Api.as("staff").body(late).post("/api/v1/consultations").then().statusCode(201).body("overdue", equalTo(true)).extract().path("id");
        ConsultationFixtures.create(Api.unique("Yêu cầu còn hạn"), "thuy-loi");
        Api.as("staff").get("/api/v1/consultations?size=1").then().statusCode(200).body("items[0].overdue", equalTo(true));
        Api.as("staff").get("/api/v1/consultations?overdue=true&size=100").then().statusCode(200)
                .body("items.id", hasItem(lateId)).body("items.overdue", not(hasItem(false)));
        Api.as("staff").get("/api/v1/consultations?q=" + "yeu cau qua han").then().body("items.id", hasItem(lateId));
        // an assignment on an overdue consultation cannot be due in the past
        Api.as("staff").body(Map.of("expertId", ExpertFixtures.profileOf("expert"))).post(path(lateId) + "/assignments").then().statusCode(400)
                .body("errors.field", hasItem("opinionDueOn"));
        Api.as("staff").get("/api/v1/consultation-assignments?overdue=true").then().statusCode(200).body("items.assignment.overdue", not(hasItem(false)));
        Api.as("staff").get("/api/v1/consultation-assignments?overdue=maybe").then().statusCode(400);
    }

    @Test
    void theExpertsOwnListAndTheReviewerPool() {
        String mine = ExpertFixtures.profileOf("expert");
        String id = ConsultationFixtures.create(Api.unique("Tư vấn giống cây trồng"), "nong-nghiep");
        String a = ConsultationFixtures.assign(id, mine);
        Api.as("expert").get("/api/v1/consultation-assignments/mine?size=100").then().statusCode(200)
                .body("items.assignment.id", hasItem(a)).body("items.consultation.id", hasItem(id))
                .body("items.assignment.expertId", everyItem(equalTo(mine)));
        Api.as("expert").get("/api/v1/consultation-assignments/mine?status=invited&size=100").then().body("items.assignment.status", everyItem(equalTo("invited")));
        Api.as("staff").get("/api/v1/consultation-assignments/mine").then().statusCode(403);
        Api.as("staff").get("/api/v1/consultation-assignments?expertId=" + mine + "&size=100").then().statusCode(200).body("items.assignment.id", hasItem(a));
        Api.as("staff").get("/api/v1/reviewer-pool?size=100").then().statusCode(200)
                .body("items.find { it.expertId == '" + mine + "' }.openAssignments", notNullValue())
                .body("items.find { it.expertId == '" + mine + "' }.lastEngagedOn", equalTo(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString()));
        Api.as("expert").get("/api/v1/reviewer-pool").then().statusCode(403);
    }

    @Test
    void badRequestsAreRefusedClearly() {
        var b = ConsultationFixtures.body("Sai hạn", "thuy-loi");
        b.put("deadline", LocalDate.now().minusDays(10).toString());
        Api.as("staff").body(b).post("/api/v1/consultations").then().statusCode(400).body("errors.field", hasItem("deadline"));
        b = ConsultationFixtures.body("Sai lĩnh vực", "khong-ton-tai");
        Api.as("staff").body(b).post("/api/v1/consultations").then().statusCode(400).body("errors.field", hasItem("fieldCodes[0]"));
        b = ConsultationFixtures.body(" ", "thuy-loi");
        Api.as("staff").body(b).post("/api/v1/consultations").then().statusCode(400).body("errors.field", hasItem("subject"));
        b = ConsultationFixtures.body("Sai loại", "thuy-loi");
        b.put("kind", "gossip");
        Api.as("staff").body(b).post("/api/v1/consultations").then().statusCode(400);
        Api.as("staff").body("{\"kind\": ").post("/api/v1/consultations").then().statusCode(400).contentType("application/problem+json");
        Api.as("staff").get("/api/v1/consultations/not-a-uuid").then().statusCode(400);
        Api.as("staff").get("/api/v1/consultations/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        Api.as("staff").get("/api/v1/consultations?sort=salary").then().statusCode(400);
        Api.as("staff").get("/api/v1/consultations?status=lost").then().statusCode(400);
        String id = ConsultationFixtures.create(Api.unique("Kiểm tra tệp"), "thuy-loi");
        Api.as("staff").contentType("application/pdf").queryParam("fileName", "../../etc/passwd").body(PDF).post(path(id) + "/documents").then().statusCode(400);
        Api.as("staff").contentType("application/pdf").queryParam("fileName", "rong.pdf").body(new byte[0]).post(path(id) + "/documents").then().statusCode(400);
        Api.as("staff").body(Map.of("expertId", "00000000-0000-0000-0000-000000000000")).post(path(id) + "/assignments").then().statusCode(400)
                .body("errors.field", hasItem("expertId"));
        Api.as("staff").get(path(id) + "/suggestions?limit=0").then().statusCode(400);
        Api.as("staff").body(ConsultationFixtures.body("Không có If-Match", "thuy-loi")).put(path(id)).then().statusCode(428);
        Api.as("staff").header("If-Match", "\"77\"").body(ConsultationFixtures.body("Cũ", "thuy-loi")).put(path(id)).then().statusCode(412);
    }
}
