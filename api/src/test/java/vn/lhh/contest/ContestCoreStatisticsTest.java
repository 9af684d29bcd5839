package vn.lhh.contest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static vn.lhh.contest.ContestFixtures.author;
import static vn.lhh.contest.ContestFixtures.editionPath;
import static vn.lhh.contest.ContestFixtures.entryBody;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.contest.ContestFixtures.Phase;
import vn.lhh.testsupport.Api;

/** Counts on known data: entries by district, school, category and status, authors by grade; drafts only when asked. */
@QuarkusTest
class ContestCoreStatisticsTest {

    @Test
    void countsOfAnEditionOnKnownData() {
        String edition = ContestFixtures.edition(Phase.REGISTRATION);
        String mechanics = ContestFixtures.category(edition, "co-khi", "Kỹ thuật cơ khí");
        String software = Api.as("staff").body(ContestFixtures.categoryBody("tin-hoc", "Tin học", 2)).post(editionPath(edition) + "/categories")
                .then().statusCode(201).extract().path("id");
        String empty = Api.as("staff").body(ContestFixtures.categoryBody("moi-truong", "Môi trường", 3)).post(editionPath(edition) + "/categories")
                .then().statusCode(201).extract().path("id");
        String dtm = Api.unique("Trường THCS Đặng Thai Mai");
        String nl = Api.unique("Trường THCS Nghi Long");
        var dob = ProvinceClock.today().minusYears(13);
        // A: Vinh, mechanics, 2 authors (grades 8, 9), eligible
        String a = ContestFixtures.entry("staff", entryBody(mechanics, "A", dtm, "Thành phố Vinh",
                List.of(author("Lê An", dob, 8, dtm, "Thành phố Vinh"), author("Lê Bình", dob, 9, dtm, "Thành phố Vinh"))));
        ContestFixtures.submit("staff", a);
        ContestFixtures.markEligible(a);
        // B: the same school written in capitals and the district without accents, software, grade 8, submitted
        String b = ContestFixtures.entry("staff", entryBody(software, "B", dtm.toUpperCase(), "thanh pho vinh",
                List.of(author("Hồ Cúc", dob, 8, dtm, "Thành phố Vinh"))));
        ContestFixtures.submit("staff", b);
        // C: Nghi Lộc, mechanics, no grade, rejected
        String c = ContestFixtures.entry("staff", entryBody(mechanics, "C", nl, "Huyện Nghi Lộc", List.of(author("Phan Dũng", dob, null, nl, "Huyện Nghi Lộc"))));
        ContestFixtures.submit("staff", c);
        ContestFixtures.transition("staff", c, "rejected", "Hồ sơ thiếu").then().statusCode(200);
        // D: Nghi Lộc, software, grade 12, draft (left out unless asked)
        ContestFixtures.entry("staff", entryBody(software, "D", nl, "Huyện Nghi Lộc", List.of(author("Võ Em", ProvinceClock.today().minusYears(17), 12, nl, "Huyện Nghi Lộc"))));

        Api.as("staff").get(editionPath(edition) + "/statistics").then().statusCode(200)
                .body("includeDrafts", is(false)).body("entries", is(3)).body("authors", is(4))
                .body("byDistrict.label", contains("Thành phố Vinh", "Huyện Nghi Lộc")).body("byDistrict.count", contains(2, 1))
                .body("bySchool.count", contains(2, 1)).body("bySchool[1].label", is(nl))
                .body("byCategory.key", contains(mechanics, software, empty)).body("byCategory.count", contains(2, 1, 0))
                .body("byCategory.label", contains("Kỹ thuật cơ khí", "Tin học", "Môi trường"))
                .body("byGrade.key", contains("8", "9", "none")).body("byGrade.count", contains(2, 1, 1))
                .body("byStatus.key", contains("submitted", "eligible", "rejected")).body("byStatus.count", contains(1, 1, 1));
        Api.as("staff").queryParam("includeDrafts", "true").get(editionPath(edition) + "/statistics").then().statusCode(200)
                .body("entries", is(4)).body("byDistrict.count", contains(2, 2)).body("byGrade.key", contains("8", "9", "12", "none"))
                .body("byStatus.key", contains("draft", "submitted", "eligible", "rejected"));
    }
}
