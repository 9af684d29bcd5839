package vn.lhh.union;

import static vn.lhh.testsupport.access.AccessCatalogue.STALE;

import java.nio.charset.StandardCharsets;
import vn.lhh.testsupport.Api;
import vn.lhh.testsupport.Fixtures;
import vn.lhh.testsupport.access.AccessCatalogue;
import vn.lhh.testsupport.access.Expect;
import vn.lhh.testsupport.access.OperationAccess;

/**
 * The union's identity: read by everyone (it is on every public page); the logo written by admins only. Writes go
 * stale (412) or carry a body that is not an image (415), so the stored logo stays as it is.
 */
public class UnionOperationAccess implements OperationAccess {
    record Scene() {
        /** A logo to read: the scene's one object. */
        static Scene build() {
            Api.as("admin").header("If-Match", Fixtures.etag(UnionProfileTest.PROFILE)).contentType("image/png")
                    .body(UnionProfileTest.png(0x336699)).queryParam("fileName", "logo.png").put(UnionProfileTest.LOGO)
                    .then().statusCode(200);
            return new Scene();
        }
    }

    @Override
    public void declare(AccessCatalogue c) {
        c.feature("union", Scene::build)
                .op("getUnionProfile", (as, s) -> as.get(UnionProfileTest.PROFILE), Expect.everyone())
                .op("putUnionLogo", (as, s) -> as.header("If-Match", STALE).contentType("image/png")
                        .body("not an image".getBytes(StandardCharsets.UTF_8)).queryParam("fileName", "logo.png")
                        .put(UnionProfileTest.LOGO), Expect.roles("admin"))
                .op("deleteUnionLogo", (as, s) -> as.header("If-Match", STALE).delete(UnionProfileTest.LOGO), Expect.roles("admin"))
                .op("getUnionLogo", (as, s) -> as.get(UnionProfileTest.LOGO), Expect.everyone());
    }
}
