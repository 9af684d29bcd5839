package vn.lhh.contest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lhh.contest.ContestFixtures.author;
import static vn.lhh.contest.ContestFixtures.editionPath;
import static vn.lhh.contest.ContestFixtures.entryBody;
import static vn.lhh.contest.ContestFixtures.entryPath;
import static vn.lhh.contest.ContestFixtures.etag;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Tokens;

/** The edition's rules on entries: deadlines, limits, eligibility, who registers for which school, files. */
@QuarkusTest
class EntryRulesTest {
    static final String VINH = "Thành phố Vinh";

    private static Map<String, Object> edition(String editionId) {
        return Api.as("staff").get(editionPath(editionId)).then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @Test
    void registrationOnlyBetweenItsDatesNamingThem() {
        String edition = ContestFixtures.edition(Phase.UPCOMING);
        String category = ContestFixtures.category(edition);
        String school = Api.unique("Trường THCS Quỳnh Lưu");
        var e = edition(edition);
        Api.as("staff").body(ContestFixtures.entryBody(category, "Quá sớm", school)).post("/api/v1/contest-entries").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith(":deadline"))
                .body("detail", containsString((String) e.get("registrationOpens"))).body("detail", containsString((String) e.get("registrationCloses")));
        ContestFixtures.moveTo(edition, Phase.SUBMISSION);
        e = edition(edition);
        Api.as("staff").body(ContestFixtures.entryBody(category, "Quá muộn", school)).post("/api/v1/contest-entries").then().statusCode(409)
                .body("type", endsWith(":deadline")).body("detail", containsString((String) e.get("registrationCloses")));
        ContestFixtures.moveTo(edition, Phase.REGISTRATION);
        ContestFixtures.entry(category, "Đúng hạn", school);
        Api.as("staff").queryParam("edition", edition).get("/api/v1/contest-entries").then().body("total", is(1));
    }

    @Test
    void aDraftEditionTakesNoEntries() {
        String edition = ContestFixtures.draftEdition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        Api.as("staff").body(ContestFixtures.entryBody(category, "Nháp", Api.unique("Trường X"))).post("/api/v1/contest-entries").then().statusCode(409);
        ContestFixtures.coordinator("coordinator", "district", null, VINH);
        // outside the office a draft edition's category does not exist
        Api.as("coordinator").body(ContestFixtures.entryBody(category, "Nháp", Api.unique("Trường X"))).post("/api/v1/contest-entries")
                .then().statusCode(400).body("errors.field", hasItem("categoryId"));
    }

    @Test
    void editingAndSubmittingEndWithSubmissionClosesUnlessStaffMovesTheDates() {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        String school = Api.unique("Trường THCS Cửa Lò");
        var body = ContestFixtures.entryBody(category, "Thiết bị cảnh báo lũ", school);
        String id = ContestFixtures.entry("staff", body);
        String submitted = ContestFixtures.entry(category, "Bài đã nộp", school);
        ContestFixtures.submit("staff", submitted);
        ContestFixtures.moveTo(edition, Phase.SUBMISSION);
        // after registration closes, still editable and submittable until submissionCloses
        Api.as("staff").header("If-Match", etag(entryPath(id))).body(body).put(entryPath(id)).then().statusCode(200);

        ContestFixtures.moveTo(edition, Phase.PREPARING_JUDGING);
        String closes = (String) edition(edition).get("submissionCloses");
        Api.as("staff").header("If-Match", etag(entryPath(id))).body(body).put(entryPath(id)).then().statusCode(409)
                .body("type", endsWith(":deadline")).body("detail", containsString(closes));
        ContestFixtures.transition("staff", id, "submitted", null).then().statusCode(409).body("type", endsWith(":deadline"));
        ContestFixtures.transition("staff", submitted, "draft", null).then().statusCode(409).body("type", endsWith(":deadline"));
        ContestFixtures.upload("staff", id, "photo", "a.png", "image/png", ContestFixtures.png()).then().statusCode(409);
        Api.as("staff").get(entryPath(id)).then().body("allowedTransitions.size()", is(0));
        // the office decides eligibility until judging closes
        ContestFixtures.markEligible(submitted);

        // the office gives more time
        ContestFixtures.moveTo(edition, Phase.SUBMISSION);
        ContestFixtures.submit("staff", id);

        ContestFixtures.moveTo(edition, Phase.DELIBERATION);
        String judgingCloses = (String) edition(edition).get("judgingCloses");
        ContestFixtures.transition("staff", id, "eligible", null).then().statusCode(409).body("detail", containsString(judgingCloses));
    }

    @Test
    void authorsPerEntryAndEntriesPerSchool() {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        String school = Api.unique("Trường THCS Đặng Thai Mai");
        var three = List.of(author("Lê Văn An", school, VINH), author("Hồ Thị Bình", school, VINH), author("Phan Văn Cường", school, VINH));
        Api.as("staff").body(entryBody(category, "Ba tác giả", school, VINH, three)).post("/api/v1/contest-entries").then().statusCode(409)
                .body("detail", containsString("2"));
        String two = ContestFixtures.entry("staff", entryBody(category, "Hai tác giả", school, VINH, three.subList(0, 2)));
        ContestFixtures.entry(category, "Bài thứ hai", school);
        // the same school written otherwise (case, accents) is the same school
        String third = ContestFixtures.entry(category, "Bài thứ ba", school.toUpperCase());
        Api.as("staff").body(ContestFixtures.entryBody(category, "Bài thứ tư", school)).post("/api/v1/contest-entries").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("3"));
        // a rejected entry no longer counts
        ContestFixtures.submit("staff", third);
        ContestFixtures.transition("staff", third, "rejected", "Không đúng lĩnh vực").then().statusCode(200);
        String fourth = ContestFixtures.entry(category, "Bài thứ tư", school);
        // and cannot come back while the school is full
        ContestFixtures.transition("staff", third, "eligible", null).then().statusCode(409);
        Api.as("staff").queryParam("edition", edition).get("/api/v1/contest-entries").then().body("total", is(4));
        assertEquals(4, (int) Api.as("staff").get(entryPath(fourth)).then().extract().path("number"));
        assertEquals(1, (int) Api.as("staff").get(entryPath(two)).then().extract().path("number"));
    }

    @Test
    void concurrentRegistrationsNeverExceedTheSchoolLimit() throws Exception {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        String school = Api.unique("Trường THPT chuyên Phan Bội Châu");
        String token = Tokens.bearer("staff");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var body = ContestFixtures.entryBody(category, "Bài song song " + i, school);
            calls.add(pool.submit(() -> {
                start.await();
                return Api.anonymous().header("Authorization", token).body(body).post("/api/v1/contest-entries");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> f : calls) {
            statuses.add(f.get().statusCode());
        }
        pool.shutdown();
        assertEquals(3, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        List<Integer> numbers = Api.as("staff").queryParam("edition", edition).queryParam("sort", "number").get("/api/v1/contest-entries")
                .then().statusCode(200).body("total", is(3)).extract().jsonPath().getList("items.number", Integer.class);
        assertEquals(List.of(1, 2, 3), numbers);
    }

    @Test
    void ageOnTheDayRegistrationClosesAndGrade() {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        String school = Api.unique("Trường Tiểu học Hưng Lộc");
        LocalDate closes = LocalDate.parse((String) edition(edition).get("registrationCloses"));
        // 18 on the day registration closes (the 19th birthday is the day after): eligible
        var oldest = author("Trần Minh Đức", closes.minusYears(19).plusDays(1), 12, school, VINH);
        ContestFixtures.entry("staff", entryBody(category, "Vừa đủ tuổi", school, VINH, List.of(oldest)));
        // 19 on that day: not eligible; 7 and grade 2: neither; each author named
        var tooOld = author("Trần Minh Đạt", closes.minusYears(19), 12, school, VINH);
        var tooYoung = author("Võ Thị Hà", closes.minusYears(8).plusDays(1), 2, school, VINH);
        Api.as("staff").body(entryBody(category, "Không đủ điều kiện", school, VINH, List.of(tooOld, tooYoung))).post("/api/v1/contest-entries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("authors[0].dateOfBirth", "authors[1].dateOfBirth", "authors[1].grade"))
                .body("detail", containsString(closes.toString()));
        var noGrade = author("Nguyễn Văn Khoa", ProvinceClock.today().minusYears(16), null, school, VINH);
        String id = ContestFixtures.entry("staff", entryBody(category, "Không ghi lớp", school, VINH, List.of(noGrade)));

        // submitting checks again: the office lowered the age limit in between
        var e = edition(edition);
        e.put("maxAge", 15);
        e.keySet().retainAll(ContestFixtures.editionBody(2000, Phase.REGISTRATION).keySet());
        Api.as("staff").header("If-Match", etag(editionPath(edition))).body(e).put(editionPath(edition)).then().statusCode(200);
        ContestFixtures.transition("staff", id, "submitted", null).then().statusCode(400).body("errors.field", hasItem("authors[0].dateOfBirth"));
    }

    @Test
    void coordinatorsRegisterForTheirSchoolOrDistrictOnly() {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        String school = Api.unique("Trường THCS Nghi Thu");
        ContestFixtures.coordinator("coordinator", "district", null, "Huyện Nghi Lộc");
        Api.as("coordinator").get("/api/v1/me/contest-coordinator").then().statusCode(200).body("kind", equalTo("district"))
                .body("district", equalTo("Huyện Nghi Lộc"));
        // another district: refused; its own (written without accents): accepted
        Api.as("coordinator").body(entryBody(category, "Khác huyện", school, VINH, List.of(author("Lê An", school, VINH))))
                .post("/api/v1/contest-entries").then().statusCode(400).body("errors.field", hasItem("district"));
        String id = ContestFixtures.entry("coordinator", entryBody(category, "Cùng huyện", school, "huyen nghi loc",
                List.of(author("Lê An", school, "Huyện Nghi Lộc"))));
        // an inactive coordinator can neither register nor edit
        String record = ContestFixtures.coordinator("coordinator", "district", null, "Huyện Nghi Lộc");
        var c = Api.as("staff").get("/api/v1/contest-coordinators/" + record).then().extract().jsonPath().getMap("$");
        c.put("active", false);
        c.keySet().retainAll(List.of("username", "kind", "fullName", "email", "phone", "school", "district", "active"));
        Api.as("staff").header("If-Match", etag("/api/v1/contest-coordinators/" + record)).body(c).put("/api/v1/contest-coordinators/" + record)
                .then().statusCode(200).body("active", is(false));
        Api.as("coordinator").body(entryBody(category, "Ngừng", school, "Huyện Nghi Lộc", List.of(author("Lê An", school, "Huyện Nghi Lộc"))))
                .post("/api/v1/contest-entries").then().statusCode(403);
        ContestFixtures.transition("coordinator", id, "submitted", null).then().statusCode(403);
        // it still reads what it registered
        Api.as("coordinator").get(entryPath(id)).then().statusCode(200);
        ContestFixtures.coordinator("coordinator", "district", null, "Huyện Nghi Lộc");
    }

    @Test
    void filesAreCheckedByContentAndSize() {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String category = ContestFixtures.category(edition);
        String id = ContestFixtures.entry(category, "Mô hình nhà thông minh", Api.unique("Trường THCS Hà Huy Tập"));
        String before = Api.as("staff").get(entryPath(id)).asString();
        // an executable renamed to .png or .pdf
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff};
        ContestFixtures.upload("staff", id, "photo", "anh.png", "image/png", exe).then().statusCode(415).contentType("application/problem+json");
        ContestFixtures.upload("staff", id, "document", "tai-lieu.pdf", "application/pdf", exe).then().statusCode(415);
        // a PDF is no photo, a PNG no document
        ContestFixtures.upload("staff", id, "photo", "anh.pdf", "application/pdf", ContestFixtures.pdf("x")).then().statusCode(415);
        ContestFixtures.upload("staff", id, "document", "tai-lieu.png", "image/png", ContestFixtures.png()).then().statusCode(415);
        // over 5 MB for a photo
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(ContestFixtures.png(), 0, big, 0, ContestFixtures.png().length);
        ContestFixtures.upload("staff", id, "photo", "lon.png", "image/png", big).then().statusCode(413).contentType("application/problem+json");
        ContestFixtures.upload("staff", id, "video", "a.png", "image/png", ContestFixtures.png()).then().statusCode(400).body("errors.field", hasItem("kind"));
        assertEquals(before, Api.as("staff").get(entryPath(id)).asString());
        // a 6 MB PDF is a fine document
        byte[] bigPdf = new byte[6 * 1024 * 1024];
        byte[] pdf = ContestFixtures.pdf("lớn");
        System.arraycopy(pdf, 0, bigPdf, 0, pdf.length);
        ContestFixtures.upload("staff", id, "document", "thuyet-minh.pdf", "application/pdf", bigPdf).then().statusCode(200)
                .body("files[0].sizeBytes", is(bigPdf.length));
    }
}
