package vn.lhh.contest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.lhh.contest.JudgingFixtures.judgePath;
import static vn.lhh.contest.JudgingFixtures.myEntry;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.common.text.SearchText;
import vn.lhh.contest.JudgingFixtures.Scene;
import vn.lhh.testsupport.Api;

/**
 * Conflicts of interest: the same school (the entry's, an author's or the supervisor's, accent- and
 * case-insensitive) or a declared relation blocks an entry assignment with 409; a category assignment
 * leaves those entries out; a relation declared later removes the entry and discards the judge's sheet.
 */
@QuarkusTest
class JudgingConflictTest {

    @Test
    void sameSchoolBlocksAnEntryAndIsExcludedFromACategory() {
        Scene s = JudgingFixtures.scene(3);
        // the judge teaches at entry 0's school, written without accents and in another case
        String judge = JudgingFixtures.judge(s.edition(), "Cô giáo Hồ Thị Xung", null, SearchText.normalize(s.schools().get(0)).toUpperCase());
        JudgingFixtures.assignEntry(judge, s.entry(0)).statusCode(409).contentType("application/problem+json")
                .body("type", containsString("conflict")).body("detail", containsString("TRUONG THCS SO 1"));
        JudgingFixtures.assignEntry(judge, s.entry(1)).statusCode(200);

        JudgingFixtures.assignCategory(judge, s.category()).statusCode(200)
                .body("entries.entryId", equalTo(List.of(s.entry(1), s.entry(2))))
                .body("entries.find { it.entryId == '" + s.entry(1) + "' }.via", equalTo("entry"))
                .body("excluded", hasSize(1)).body("excluded[0].entryId", equalTo(s.entry(0))).body("excluded[0].reason", equalTo("school"));
        Api.as("staff").get(judgePath(judge) + "/assignments").then().statusCode(200).body("excluded[0].entryId", equalTo(s.entry(0)));
    }

    @Test
    void anAuthorsSchoolIsAConflictToo() {
        Scene s = JudgingFixtures.scene(0);
        String school = Api.unique("Trường THCS Cao Xuân Huy");
        String otherSchool = Api.unique("Trường Tiểu học Hưng Bình");
        var body = ContestFixtures.entryBody(s.category(), "Đèn học chống cận", school, "Thành phố Vinh",
                List.of(ContestFixtures.author("Phan Văn Nam", otherSchool, "Thành phố Vinh")));
        ContestFixtures.moveTo(s.edition(), ContestFixtures.Phase.REGISTRATION);
        String entry = ContestFixtures.entry("staff", body);
        ContestFixtures.submit("staff", entry);
        ContestFixtures.markEligible(entry);
        ContestFixtures.moveTo(s.edition(), ContestFixtures.Phase.JUDGING);
        String judge = JudgingFixtures.judge(s.edition(), "Thầy Bùi Văn Tác", null, otherSchool);
        JudgingFixtures.assignEntry(judge, entry).statusCode(409).body("detail", containsString(otherSchool));
    }

    @Test
    void aDeclaredRelationBlocksAndALaterOneDiscardsTheSheet() {
        Scene s = JudgingFixtures.scene(2);
        String judge = JudgingFixtures.judge(s.edition(), "Giám khảo Quan Hệ", "judge");
        JudgingFixtures.assignCategory(judge, s.category()).statusCode(200).body("entries", hasSize(2));
        Map<String, Integer> all = Map.of(s.criterion(0), 9, s.criterion(1), 8, s.criterion(2), 5);
        JudgingFixtures.scoreAndSubmit("judge", s.entry(0), all).statusCode(200);
        Api.as("staff").get(ContestFixtures.entryPath(s.entry(0)) + "/scores").then().statusCode(200).body("items", hasSize(1));

        // declared after the assignment and the submission: the entry leaves the set and the sheet is discarded
        String relation = Api.as("staff").body(Map.of("entryId", s.entry(0), "note", "Giám khảo là cô ruột của tác giả"))
                .post(judgePath(judge) + "/relations").then().statusCode(201).body("entryNumber", org.hamcrest.Matchers.notNullValue())
                .extract().path("id");
        Api.as("staff").get(ContestFixtures.entryPath(s.entry(0)) + "/scores").then().statusCode(200).body("items", hasSize(0));
        Api.as("judge").get(myEntry(s.entry(0))).then().statusCode(404);
        Api.as("staff").get(judgePath(judge) + "/assignments").then().statusCode(200)
                .body("entries.entryId", equalTo(List.of(s.entry(1))))
                .body("excluded[0].reason", equalTo("relation")).body("excluded[0].detail", equalTo("Giám khảo là cô ruột của tác giả"));
        // and blocks an assignment one by one
        JudgingFixtures.assignEntry(judge, s.entry(0)).statusCode(409).body("detail", containsString("cô ruột"));
        // declared twice: 409
        Api.as("staff").body(Map.of("entryId", s.entry(0), "note", "lần nữa")).post(judgePath(judge) + "/relations").then().statusCode(409);
        Api.as("staff").get(judgePath(judge)).then().statusCode(200).body("relations", hasSize(1)).body("relations[0].id", equalTo(relation));

        // withdrawn: the entry is back in the set (the discarded sheet does not come back)
        Api.as("staff").delete(judgePath(judge) + "/relations/" + relation).then().statusCode(204);
        Api.as("staff").get(judgePath(judge) + "/assignments").then().statusCode(200).body("entries", hasSize(2)).body("excluded", hasSize(0));
        Api.as("judge").get(myEntry(s.entry(0))).then().statusCode(200).body("score", org.hamcrest.Matchers.nullValue());
    }
}
