package vn.lhh.webapp;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.Api;

/**
 * The SPA's end-to-end tests (webapp/e2e, Playwright on Debian's Chromium) against the real stack this
 * suite starts: this Quarkus test app on its random port, the embedded PostgreSQL and a real Keycloak,
 * whose own login page the browser goes through. Prepares data through the API with real tokens, runs
 * {@code npm run e2e} in ../webapp and requires it to pass. The SPA must have been built first
 * ({@code webapp/dist}, made by the webapp module, which the reactor builds before this one).
 */
@QuarkusTest
class WebappE2eTest {
    private static final long TIMEOUT_MINUTES = 15;

    @TestHTTPResource("/")
    URL apiRoot;

    /**
     * The reactor builds modules in parallel (.mvn/maven.config), and this module does not depend on
     * the webapp one: while the webapp module's marker says it is building the SPA, wait. A marker
     * older than the limit is left over from an interrupted build and is ignored.
     */
    private static void waitForTheSpaBuild(Path webapp) throws IOException, InterruptedException {
        Path marker = webapp.resolve("target/spa-build-in-progress");
        long limit = java.time.Duration.ofMinutes(10).toMillis();
        while (Files.isRegularFile(marker)) {
            long started;
            try {
                started = Long.parseLong(Files.readString(marker).trim());
            } catch (NumberFormatException | java.nio.file.NoSuchFileException e) {
                Thread.sleep(100); // being written or just removed: look again
                continue;
            }
            if (System.currentTimeMillis() - started > limit) {
                System.err.println("Ignoring " + marker + ": the SPA build it marks started more than 10 minutes ago");
                return;
            }
            Thread.sleep(1000);
        }
    }

    @Test
    void browserScenariosPass() throws IOException, InterruptedException {
        Path webapp = Path.of(System.getProperty("lhh.webapp.dir", "../webapp")).toAbsolutePath().normalize();
        waitForTheSpaBuild(webapp);
        if (!Files.isRegularFile(webapp.resolve("dist/index.html"))) {
            fail("The SPA is not built: " + webapp.resolve("dist") + " is missing. Build it first with "
                    + "`./mvnw -B -pl webapp package` (or `cd webapp && npm ci && npm run build`).");
        }
        if (!Files.isDirectory(webapp.resolve("node_modules/@playwright/test"))) {
            fail("The SPA's dependencies are not installed in " + webapp + ": run `npm ci` there (the webapp module does).");
        }

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ownName = "Hội Khuyến học Đồng bằng thử nghiệm " + suffix;
        String otherName = "Hội Làm vườn Miền núi thử nghiệm " + suffix;
        String ownId = createAssociation(ownName, "Giáo dục");
        String otherId = createAssociation(otherName, "Nông nghiệp");
        assignOfficer(ownId, "officer");
        assignOfficer(otherId, "officer2");

        String keycloak = System.getProperty("lhh.test.keycloak-url");
        if (keycloak == null) {
            fail("the test Keycloak is not running (lhh.test.keycloak-url is not set)");
        }
        String api = apiRoot.toString().replaceAll("/+$", "");

        Path log = Path.of("target/webapp-e2e.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        // -Dlhh.e2e.specs="experts consultations" runs only the spec files matching these words (while developing)
        List<String> command = new java.util.ArrayList<>(List.of("npm", "run", "e2e"));
        String specs = System.getProperty("lhh.e2e.specs", "").trim();
        if (!specs.isEmpty()) {
            command.add("--");
            command.addAll(List.of(specs.split("\\s+")));
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(webapp.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("LHH_API_URL", api);
        env.put("LHH_KEYCLOAK_URL", keycloak);
        env.put("LHH_OIDC_AUTHORITY", keycloak + "/realms/lhh");
        env.put("LHH_E2E_ASSOC_OWN_ID", ownId);
        env.put("LHH_E2E_ASSOC_OWN_NAME", ownName);
        env.put("LHH_E2E_ASSOC_OTHER_ID", otherId);
        env.put("LHH_E2E_ASSOC_OTHER_NAME", otherName);
        // the test mail server's IMAP port: the specs read confirmation mails as a mail program would (e2e/support/mail.ts)
        env.put("LHH_IMAP_PORT", System.getProperty("lhh.test.imap-port", ""));
        env.put("CI", "1");

        Process process = pb.start();
        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println("---- npm run e2e (" + log + ") ----\n" + output + "\n---- end of npm run e2e ----");
        assertTrue(finished, "npm run e2e did not finish within " + TIMEOUT_MINUTES + " minutes; see " + log);
        assertEquals(0, process.exitValue(), "npm run e2e failed; see the output above, " + log
                + " and webapp/test-results/ (traces and screenshots of failures)");
    }

    private static String createAssociation(String name, String field) {
        return Api.as("staff")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("name", name, "field", field, "memberCount", 250,
                        "description", "Dữ liệu của kiểm thử đầu-cuối."))
                .post("/api/v1/associations")
                .then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    private static void assignOfficer(String associationId, String username) {
        Api.as("admin")
                .put("/api/v1/associations/" + associationId + "/officers/" + username)
                .then().log().ifValidationFails().statusCode(anyOf(is(201), is(204)));
    }
}
