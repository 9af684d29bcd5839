package vn.lhh.contest;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.lhh.contest.JudgingFixtures.myEntry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.contest.JudgingFixtures.Scene;
import vn.lhh.testsupport.Api;

/**
 * A judge opens the photos and documents of the entries they score, through their own blind route,
 * and nothing else: another entry's file is 404 whichever entry path it is asked under.
 */
@QuarkusTest
class JudgeEntryFilesTest {
    /** Built by the first test that needs it (REST Assured knows the test port only once a test runs). */
    private static Scene scene;
    private static final byte[] PHOTO = ContestFixtures.png();
    private static final byte[] DOCUMENT = ContestFixtures.pdf("Thuyết minh giải pháp");

    private static synchronized Scene scene() {
        if (scene != null) {
            return scene;
        }
        Scene built = JudgingFixtures.scene(ContestFixtures.rubricBody(), 2, Map.of(), (i, entry) -> {
            if (i == 0) {
                ContestFixtures.upload("staff", entry, "photo", "may-tuoi.png", "image/png", PHOTO).then().statusCode(200);
            } else {
                ContestFixtures.upload("staff", entry, "document", "thuyet-minh.pdf", "application/pdf", DOCUMENT).then().statusCode(200);
            }
        });
        String judge = JudgingFixtures.judge(built.edition(), "Giám khảo Ảnh", "judge");
        String other = JudgingFixtures.judge(built.edition(), "Giám khảo Tài liệu", "expert");
        JudgingFixtures.assignEntry(judge, built.entry(0)).statusCode(200);
        JudgingFixtures.assignEntry(other, built.entry(1)).statusCode(200);
        scene = built;
        return scene;
    }

    private JsonPath blind(String who, int entry) {
        return Api.as(who).get(myEntry(scene().entry(entry))).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theAssignedJudgeDownloadsThePhotoByTheUrlOfTheBlindView() {
        JsonPath entry = blind("judge", 0);
        List<Map<String, Object>> files = entry.getList("files");
        assertEquals(1, files.size(), "the entry's one photo");
        assertEquals("photo", files.get(0).get("kind"));
        String url = (String) files.get(0).get("url");
        assertEquals(myEntry(scene().entry(0)) + "/files/" + files.get(0).get("id"), url, "the judge's own route, not the office's");

        byte[] body = Api.as("judge").accept("image/png").get(url).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertArrayEquals(PHOTO, body);
    }

    @Test
    void theDocumentOfAnEntryScoredByAnotherJudgeIsHiddenUnderEitherPath() {
        String documentId = blind("expert", 1).getString("files[0].id");
        assertFalse(documentId.isBlank());
        // The other judge gets it …
        assertArrayEquals(DOCUMENT, Api.as("expert").accept("application/pdf").get(myEntry(scene().entry(1)) + "/files/" + documentId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray());
        // … the judge of entry 0 does not: not under its entry, nor under its own entry's path.
        Api.as("judge").get(myEntry(scene().entry(1)) + "/files/" + documentId).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("judge").get(myEntry(scene().entry(0)) + "/files/" + documentId).then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
    }

    @Test
    void theOtherJudgeCannotFetchThePhotoOfAnEntryTheyDoNotScore() {
        String photoId = blind("judge", 0).getString("files[0].id");
        Api.as("expert").get(myEntry(scene().entry(0)) + "/files/" + photoId).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("expert2").get(myEntry(scene().entry(0)) + "/files/" + photoId).then().statusCode(404);
        Api.anonymous().get(myEntry(scene().entry(0)) + "/files/" + photoId).then().statusCode(401);
    }
}
