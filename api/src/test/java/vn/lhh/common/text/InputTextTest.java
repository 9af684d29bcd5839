package vn.lhh.common.text;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;

/** Text from every JSON body is kept as NFC without zero-width characters (InputText), in every feature. */
@QuarkusTest
class InputTextTest {
    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void normalizeComposesAndDropsZeroWidth() {
        assertEquals("Hội Y học", InputText.normalize(nfd("Hội\u200B Y học\uFEFF")));
        assertEquals("", InputText.normalize("\u200B\u200C\u200D\uFEFF"));
        assertNull(InputText.normalize(null));
    }

    @Test
    void decomposedDiacriticsAreStoredComposedAndFoundEitherWay() {
        String name = Api.unique("Hội Khuyến học Đô Lương");
        Map<String, Object> body = Fixtures.associationBody(nfd(name).replace("Khuyến", "Khuy\u200Bến"));
        String id = Fixtures.association(body);
        Api.as("staff").get("/api/v1/associations/" + id).then().statusCode(200).body("name", equalTo(name));
        Api.as("staff").queryParam("q", nfd(name)).get("/api/v1/associations").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void aRequiredTextOfOnlyZeroWidthCharactersIsRefused() {
        Map<String, Object> body = Fixtures.associationBody("\u200B\u200C\u200D\uFEFF");
        Api.as("staff").body(body).post("/api/v1/associations").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("name"));
    }
}
