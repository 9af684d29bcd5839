package vn.lhh.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Cursors;

/** The expert search walked by cursor: ranked, by name and approximate, every hit once and in the order of the numbered pages. */
@QuarkusTest
class ExpertCursorTest {
    static final String EXPERTS = "/api/v1/experts";

    @Test
    void theSearchWalksByCursorAsByNumber() {
        Random r = new Random();
        StringBuilder tag = new StringBuilder("kst");
        for (int i = 0; i < 7; i++) {
            tag.append((char) ('a' + r.nextInt(26)));
        }
        String field = ExpertFixtures.field("Lĩnh vực con trỏ");
        // rank tiers: the name starting with the word, containing it, and the word only in the keywords
        for (String name : List.of(tag + " Hùng", tag + " An", "Trần " + tag, "Lê " + tag, "Nguyễn Văn Bình", "Phạm Thị Cúc", "Đỗ Minh")) {
            Map<String, Object> body = ExpertFixtures.body(name, field);
            body.put("keywords", List.of(tag.toString()));
            ExpertFixtures.create(body);
        }
        for (Map<String, String> q : List.of(Map.of("q", tag.toString()), Map.of("q", tag.toString(), "sort", "name"), Map.of("field", field))) {
            List<String> byCursor = Cursors.walk(() -> Api.as("staff"), EXPERTS, q, 2);
            assertEquals(7, byCursor.size(), q.toString());
            assertEquals(Cursors.byNumber(() -> Api.as("staff"), EXPERTS, q, 2), byCursor, q.toString());
        }
        // a typo: the approximate (similarity) ranking pages by cursor too
        String typo = tag.substring(0, tag.length() - 1) + (tag.charAt(tag.length() - 1) == 'x' ? 'y' : 'x');
        Map<String, String> approximate = Map.of("q", typo, "field", field);
        assertTrue(Api.as("staff").queryParams(approximate).get(EXPERTS).then().statusCode(200).extract().jsonPath().getBoolean("approximate"));
        List<String> hits = Cursors.walk(() -> Api.as("staff"), EXPERTS, approximate, 1);
        assertEquals(Cursors.byNumber(() -> Api.as("staff"), EXPERTS, approximate, 1), hits);

        String cursor = Api.as("staff").queryParam("q", tag.toString()).queryParam("size", 2).get(EXPERTS).then().statusCode(200)
                .extract().path("nextCursor");
        Api.as("staff").queryParam("q", tag + "x").queryParam("size", 2).queryParam("cursor", cursor).get(EXPERTS).then().statusCode(400)
                .contentType("application/problem+json");
        Api.as("staff").queryParam("q", tag.toString()).queryParam("size", 2).queryParam("page", 2).queryParam("cursor", cursor).get(EXPERTS)
                .then().statusCode(400).contentType("application/problem+json");
        Api.as("staff").queryParam("q", tag.toString()).queryParam("size", 2).queryParam("cursor", cursor.substring(1)).get(EXPERTS)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
