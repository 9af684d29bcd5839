package vn.lhh.fund;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.fund.FundFixtures.APPLICATIONS;
import static vn.lhh.fund.FundFixtures.application;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lhh.expert.ExpertFixtures;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/**
 * Applications to the fund's calls (issue #19): written by an association's officer or an expert for themselves,
 * private to them and the office, submitted only before the close (also under concurrent requests), checked for
 * eligibility and sent to review by the office, withdrawn by the applicant; bad input changes nothing.
 */
@QuarkusTest
class FundApplicationTest {
    /** One association of `officer` and one open call for the whole class (made by the first test, once the app is up). */
    private static String association;
    private static String call;

    @BeforeEach
    void anOpenCall() {
        if (call == null) {
            association = Fixtures.associationOf("officer");
            call = FundFixtures.open(Api.unique("Quỹ hỗ trợ hoạt động KH&CN (hồ sơ)"));
        }
    }

    @Test
    void anOfficerAppliesForTheirAssociationAndTheOfficeSendsItToReview() {
        String teamExpert = ExpertFixtures.profileOf("expert2");
        Map<String, Object> body = FundFixtures.applicationBody(call, association, Api.unique("Hội thảo trồng cam Vinh hữu cơ"));
        body.put("team", List.of(Map.of("expertId", teamExpert, "role", "Chủ nhiệm")));
        String id = Api.as("officer").body(body).post(APPLICATIONS).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("draft"))
                .body("applicantType", equalTo("association"))
                .body("requestedVnd", equalTo(75_000_000))
                .body("counterpartVnd", equalTo(10_000_000))
                .body("team[0].displayName", notNullValue())
                .body("editable", equalTo(true))
                .body("allowedTransitions", contains("submitted"))
                .extract().path("id");

        // private: the applicant and the office; for another association's officer or an expert it does not exist
        Api.as("staff").get(application(id)).then().statusCode(200).body("allowedTransitions", empty()).body("editable", equalTo(false));
        for (String who : List.of("officer2", "expert", "expert2")) {
            Api.as(who).get(application(id)).then().statusCode(404).contentType("application/problem+json");
            Api.as(who).queryParam("callId", call).get(APPLICATIONS).then().statusCode(200).body("items.id", not(hasItem(id)));
        }
        Api.as("partner").get(application(id)).then().statusCode(403);
        Api.anonymous().get(application(id)).then().statusCode(401);
        Api.as("officer").queryParam("callId", call).get(APPLICATIONS).then().statusCode(200).body("items.id", hasItem(id));
        Api.as("admin").queryParam("callId", call).queryParam("q", "cam vinh huu co").get(APPLICATIONS).then().statusCode(200)
                .body("items.id", hasItem(id));

        byte[] pdf = FundFixtures.pdf("Thuyết minh đề xuất");
        String file = Api.as("officer").header("If-Match", Fixtures.etag(application(id))).contentType("application/pdf")
                .queryParam("fileName", "thuyet-minh.pdf").body(pdf).post(application(id) + "/attachments").then().statusCode(200)
                .extract().path("attachments[0].id");
        assertArrayEquals(pdf, Api.as("staff").get(application(id) + "/attachments/" + file).then().statusCode(200).extract().asByteArray());
        Api.as("officer2").get(application(id) + "/attachments/" + file).then().statusCode(404);

        // the office reads but does not write an applicant's draft
        Api.as("staff").header("If-Match", Fixtures.etag(application(id))).body(body).put(application(id)).then().statusCode(403);
        Api.as("officer2").header("If-Match", Fixtures.etag(application(id))).body(body).put(application(id)).then().statusCode(404);
        body.put("durationMonths", 9);
        Api.as("officer").header("If-Match", Fixtures.etag(application(id))).body(body).put(application(id)).then().statusCode(200)
                .body("durationMonths", equalTo(9));

        // the office cannot submit for the applicant; the applicant submits
        Api.as("staff").header("If-Match", Fixtures.etag(application(id))).body(Map.of("to", "submitted")).post(application(id) + "/transitions")
                .then().statusCode(409);
        FundFixtures.moveApplication("officer", id, "submitted");
        Api.as("officer").get(application(id)).then().statusCode(200).body("status", equalTo("submitted")).body("submittedAt", notNullValue())
                .body("editable", equalTo(false)).body("allowedTransitions", contains("withdrawn"));
        // submitted: no more edits, attachments or deletion
        Api.as("officer").header("If-Match", Fixtures.etag(application(id))).body(body).put(application(id)).then().statusCode(409);
        Api.as("officer").header("If-Match", Fixtures.etag(application(id))).delete(application(id) + "/attachments/" + file).then().statusCode(409);
        Api.as("officer").header("If-Match", Fixtures.etag(application(id))).delete(application(id)).then().statusCode(409);

        // ineligible needs a reason; eligible, then under review
        Api.as("staff").header("If-Match", Fixtures.etag(application(id))).body(Map.of("to", "ineligible")).post(application(id) + "/transitions")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        Api.as("staff").get(application(id)).then().body("allowedTransitions", contains("eligible", "ineligible"));
        FundFixtures.moveApplication("staff", id, "eligible");
        Api.as("officer").header("If-Match", Fixtures.etag(application(id))).body(Map.of("to", "under_review")).post(application(id) + "/transitions")
                .then().statusCode(409).body("detail", containsString("withdrawn"));
        FundFixtures.moveApplication("admin", id, "under_review");
        // withdrawn by the applicant before the decision, with the reason kept
        Api.as("officer").header("If-Match", Fixtures.etag(application(id))).body(Map.of("to", "withdrawn", "reason", "Hội đã có nguồn kinh phí khác."))
                .post(application(id) + "/transitions").then().statusCode(200)
                .body("status", equalTo("withdrawn")).body("statusReason", equalTo("Hội đã có nguồn kinh phí khác.")).body("allowedTransitions", empty());
    }

    @Test
    void anExpertAppliesForThemselvesWhereTheCallAllowsIt() {
        ExpertFixtures.profileOf("expert");
        String id = FundFixtures.applicationDraft("expert", FundFixtures.applicationBody(call, null, Api.unique("Tư vấn phản biện đề án nước sạch")));
        Api.as("expert").get(application(id)).then().statusCode(200).body("applicantType", equalTo("expert")).body("expertId", notNullValue())
                .body("applicantName", not(equalTo("")));
        Api.as("officer").get(application(id)).then().statusCode(404);
        Api.as("expert").queryParam("callId", call).get(APPLICATIONS).then().statusCode(200).body("items.id", hasItem(id));
        // a draft is deleted by its applicant, with its attachment
        String file = Api.as("expert").header("If-Match", Fixtures.etag(application(id))).contentType("image/png").queryParam("fileName", "so-do.png")
                .body(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'})
                .post(application(id) + "/attachments").then().statusCode(200).extract().path("attachments[0].id");
        Api.as("expert").header("If-Match", Fixtures.etag(application(id))).delete(application(id)).then().statusCode(204);
        Api.as("staff").get(application(id)).then().statusCode(404);
        Api.as("staff").get(application(id) + "/attachments/" + file).then().statusCode(404);

        // a call for associations only: an expert is refused; an officer may not apply for another association
        Map<String, Object> onlyAssociations = FundFixtures.body(Api.unique("Đề xuất nhiệm vụ chỉ cho các hội"));
        onlyAssociations.put("eligibility", "associations");
        onlyAssociations.put("kind", "task_proposal");
        String associationsCall = FundFixtures.draft(onlyAssociations);
        FundFixtures.move(associationsCall, "open");
        Api.as("expert").body(FundFixtures.applicationBody(associationsCall, null, "Không được nộp")).post(APPLICATIONS).then().statusCode(409);
        String other = Fixtures.associationOf("officer2");
        Api.as("officer").body(FundFixtures.applicationBody(associationsCall, other, "Hồ sơ của hội khác")).post(APPLICATIONS).then().statusCode(403);
        Api.as("staff").body(FundFixtures.applicationBody(associationsCall, association, "Văn phòng không nộp")).post(APPLICATIONS).then().statusCode(403);
        Api.as("partner").body(FundFixtures.applicationBody(call, null, "Đối tác")).post(APPLICATIONS).then().statusCode(403);
        // a draft call cannot be applied to: for an applicant it does not exist
        String draftCall = FundFixtures.draft(Api.unique("Đợt chưa mở"));
        Api.as("officer").body(FundFixtures.applicationBody(draftCall, association, "Sớm quá")).post(APPLICATIONS).then().statusCode(400)
                .body("errors.field", hasItem("callId"));
    }

    @Test
    void submissionsOneSecondAfterTheCloseAreRefusedEvenAllAtOnce() throws Exception {
        Map<String, Object> shortCall = FundFixtures.body(Api.unique("Đợt kêu gọi ngắn"));
        Instant closes = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        shortCall.put("closesAt", closes.toString());
        String id = FundFixtures.draft(shortCall);
        FundFixtures.move(id, "open");
        List<String> early = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            early.add(FundFixtures.applicationDraft("officer", FundFixtures.applicationBody(id, association, Api.unique("Hồ sơ đúng hạn"))));
            late.add(FundFixtures.applicationDraft("officer", FundFixtures.applicationBody(id, association, Api.unique("Hồ sơ trễ hạn"))));
        }
        // before the close, all at once: each is submitted
        assertEquals(List.of(200, 200, 200, 200), submitAllAtOnce(early));
        // one second after the close, all at once: each is refused and stays a draft
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), closes.plusSeconds(1)).toMillis()));
        assertEquals(List.of(409, 409, 409, 409), submitAllAtOnce(late));
        for (String a : late) {
            Api.as("officer").get(application(a)).then().statusCode(200).body("status", equalTo("draft")).body("editable", equalTo(false));
        }
        for (String a : early) {
            Instant submitted = Instant.parse(Api.as("officer").get(application(a)).then().statusCode(200).body("status", equalTo("submitted"))
                    .extract().path("submittedAt"));
            assertEquals(true, submitted.isBefore(closes), submitted + " before " + closes);
        }
        // and no new draft is started either
        Api.as("officer").body(FundFixtures.applicationBody(id, association, "Sau hạn")).post(APPLICATIONS).then().statusCode(409);
    }

    private static List<Integer> submitAllAtOnce(List<String> ids) throws Exception {
        Map<String, String> etags = new HashMap<>();
        ids.forEach(a -> etags.put(a, Fixtures.etag(application(a))));
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        try {
            List<Callable<Integer>> calls = ids.stream().<Callable<Integer>>map(a -> () -> Api.as("officer").header("If-Match", etags.get(a))
                    .body(Map.of("to", "submitted")).post(application(a) + "/transitions").statusCode()).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("title", "\u200B"), Arguments.of("title", ""), Arguments.of("summary", null), Arguments.of("objectives", "\u2060"),
                Arguments.of("durationMonths", 0), Arguments.of("durationMonths", 61), Arguments.of("durationMonths", 2.5),
                Arguments.of("callId", "khong-phai-uuid"), Arguments.of("callId", "00000000-0000-4000-8000-000000000000"),
                Arguments.of("budgetLines", List.of()),
                Arguments.of("budgetLines", List.of(Map.of("item", "Âm", "requestedVnd", -1_000_000L))),
                Arguments.of("budgetLines", List.of(Map.of("item", "Lẻ", "requestedVnd", 1_500_000.5))),
                Arguments.of("budgetLines", List.of(Map.of("item", "Không đồng nào", "requestedVnd", 0))),
                Arguments.of("budgetLines", List.of(Map.of("item", "Quá cả đợt", "requestedVnd", 500_000_001L))),
                Arguments.of("budgetLines", List.of(Map.of("item", "Nửa đợt", "requestedVnd", 300_000_000L),
                        Map.of("item", "Nửa đợt nữa", "requestedVnd", 300_000_000L))),
                Arguments.of("budgetLines", List.of(Map.of("item", "\u200B", "requestedVnd", 1_000_000L))),
                Arguments.of("budgetLines", List.of(Map.of("item", "Đối ứng âm", "requestedVnd", 1_000_000L, "counterpartVnd", -5))),
                Arguments.of("team", List.of(Map.of("expertId", "00000000-0000-4000-8000-000000000000", "role", "Thành viên"))),
                Arguments.of("team", List.of(Map.of("role", "Thành viên"))));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void aBadFieldIsNamedAndNothingChanges(String field, Object value) {
        String id = FundFixtures.applicationDraft("officer", FundFixtures.applicationBody(call, association, Api.unique("Hồ sơ đầu vào sai")));
        String before = Api.as("officer").get(application(id)).asString();
        Map<String, Object> body = new HashMap<>(FundFixtures.applicationBody(call, association, "Tên hợp lệ"));
        body.put(field, value);
        Api.as("officer").body(body).post(APPLICATIONS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith(field)));
        Api.as("officer").header("If-Match", Fixtures.etag(application(id))).body(body).put(application(id)).then()
                .statusCode(400).contentType("application/problem+json");
        assertEquals(before, Api.as("officer").get(application(id)).asString());
    }

    @Test
    void badRequestsOnAnApplicationChangeNothing() {
        Map<String, Object> body = FundFixtures.applicationBody(call, association, Api.unique("Hồ sơ được bảo vệ"));
        String id = FundFixtures.applicationDraft("officer", body);
        String before = Api.as("officer").get(application(id)).asString();
        Api.as("officer").body(body).put(application(id)).then().statusCode(428);
        Api.as("officer").header("If-Match", "\"7\"").body(body).put(application(id)).then().statusCode(412);
        Api.as("officer").header("If-Match", "\"7\"").body(Map.of("to", "submitted")).post(application(id) + "/transitions").then().statusCode(412);
        Api.as("officer").header("If-Match", Fixtures.etag(application(id))).body(Map.of("to", "approved")).post(application(id) + "/transitions")
                .then().statusCode(409).body("detail", containsString("submitted"));
        Api.as("officer").header("If-Match", Fixtures.etag(application(id))).body(Map.of("to", "granted")).post(application(id) + "/transitions")
                .then().statusCode(400);
        Map<String, Object> moved = new HashMap<>(body);
        moved.put("callId", FundFixtures.open(Api.unique("Đợt khác")));
        Api.as("officer").header("If-Match", Fixtures.etag(application(id))).body(moved).put(application(id)).then().statusCode(400)
                .body("errors.field", hasItem("callId"));
        Api.as("officer").header("If-Match", Fixtures.etag(application(id))).contentType("application/pdf").queryParam("fileName", "a.pdf")
                .body("<script>không phải PDF</script>".getBytes()).post(application(id) + "/attachments").then().statusCode(415);
        Api.as("officer").get(APPLICATIONS + "/khong-phai-uuid").then().statusCode(400);
        Api.as("officer").queryParam("sort", "secret").get(APPLICATIONS).then().statusCode(400);
        Api.as("officer").queryParam("status", "paid").get(APPLICATIONS).then().statusCode(400);
        assertEquals(before, Api.as("officer").get(application(id)).asString());
    }
}
