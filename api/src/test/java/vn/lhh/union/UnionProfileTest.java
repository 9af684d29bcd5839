package vn.lhh.union;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.union.service.UnionService;

/** The union's identity: configuration read back as served, and the admin's logo stored, served and removed. */
@QuarkusTest
class UnionProfileTest {
    static final String PROFILE = "/api/v1/union";
    static final String LOGO = PROFILE + "/logo";

    /** A real 3×2 PNG, written by ImageIO so that the served bytes can be decoded by it again. */
    static byte[] png(int rgb) {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 2; y++) {
                image.setRGB(x, y, rgb);
            }
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theProfileSaysWhoseSiteItIsToAnyone() {
        var config = ConfigProvider.getConfig();
        given().get(PROFILE).then().statusCode(200).header("ETag", notNullValue())
                .body("name", equalTo(config.getValue("lhh.union.name", String.class)))
                .body("place", equalTo(config.getValue("lhh.union.place", String.class)))
                .body("address", equalTo(config.getValue("lhh.union.address", String.class)))
                .body("phone", equalTo(config.getValue("lhh.union.phone", String.class)))
                .body("email", equalTo(config.getValue("lhh.union.email", String.class)));
    }

    @Test
    void anAdminSetsTheLogoEveryoneSeesItAndRemovesIt() throws IOException {
        byte[] red = png(0xCC2222);
        Api.as("admin").header("If-Match", Fixtures.etag(PROFILE)).contentType("image/png").body(red)
                .queryParam("fileName", "logo.png").put(LOGO)
                .then().statusCode(200).body("logoUrl", equalTo(LOGO));
        byte[] served = given().get(LOGO).then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served));
        assertNotNull(decoded, "the served logo decodes as an image");
        assertEquals(0xCC2222, decoded.getRGB(1, 1) & 0xFFFFFF);

        // Replaced: the new one is served, the profile's version moves on.
        long before = Long.parseLong(Fixtures.etag(PROFILE).replace("\"", ""));
        Api.as("admin").header("If-Match", Fixtures.etag(PROFILE)).contentType("image/png").body(png(0x2222CC))
                .queryParam("fileName", "logo-moi.png").put(LOGO).then().statusCode(200);
        BufferedImage replaced = ImageIO.read(new ByteArrayInputStream(given().get(LOGO).then().statusCode(200).extract().asByteArray()));
        assertEquals(0x2222CC, replaced.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(before + 1, Long.parseLong(Fixtures.etag(PROFILE).replace("\"", "")));

        Api.as("admin").header("If-Match", Fixtures.etag(PROFILE)).delete(LOGO).then().statusCode(200).body("logoUrl", nullValue());
        given().get(LOGO).then().statusCode(404).contentType(containsString("application/problem+json"));
        Api.as("admin").header("If-Match", Fixtures.etag(PROFILE)).delete(LOGO).then().statusCode(404);
    }

    @Test
    void onlyAnAdminChangesTheLogo() {
        for (String who : new String[] {"staff", "officer", "expert", "judge"}) {
            Api.as(who).header("If-Match", Fixtures.etag(PROFILE)).contentType("image/png").body(png(0x00FF00))
                    .queryParam("fileName", "logo.png").put(LOGO).then().statusCode(403);
        }
        Api.anonymous().header("If-Match", Fixtures.etag(PROFILE)).contentType("image/png").body(png(0x00FF00))
                .queryParam("fileName", "logo.png").put(LOGO).then().statusCode(401);
    }

    @Test
    void aLogoThatIsNotAnImageOrComesStaleChangesNothing() {
        String etag = Fixtures.etag(PROFILE);
        Api.as("admin").header("If-Match", etag).contentType("image/png").body("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))
                .queryParam("fileName", "logo.png").put(LOGO).then().statusCode(415).contentType(containsString("application/problem+json"));
        Api.as("admin").header("If-Match", "\"999999\"").contentType("image/png").body(png(1))
                .queryParam("fileName", "logo.png").put(LOGO).then().statusCode(412);
        Api.as("admin").contentType("image/png").body(png(1)).queryParam("fileName", "logo.png").put(LOGO).then().statusCode(428);
        Api.as("admin").header("If-Match", etag).contentType("image/png").body(new byte[UnionService.MAX_LOGO_BYTES + 1])
                .queryParam("fileName", "logo.png").put(LOGO).then().statusCode(413);
        assertEquals(etag, Fixtures.etag(PROFILE), "nothing changed");
    }
}
