package vn.lhh.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.SecondInstance;

/**
 * The packaged app in the prod profile refuses to start when a required setting is missing, and
 * says which ones with their environment variables, before it touches anything (here even the
 * database URL is missing: the message is ours, not a datasource failure).
 */
@QuarkusTest
class ProductionConfigTest {

    @Test
    void productionRefusesToStartWithoutItsRequiredSettingsAndNamesThem() {
        SecondInstance.Exit exit = SecondInstance.runUntilExit("missing-settings", Map.of(),
                Set.of("quarkus.datasource.jdbc.url", "quarkus.http.cors.origins", "lhh.union.place"), Duration.ofMinutes(2));
        String out = exit.output();
        assertNotEquals(0, exit.code(), out);
        assertTrue(out.contains("LHH API cannot start: 3 required settings are missing in production"), out);
        assertTrue(out.contains("QUARKUS_DATASOURCE_JDBC_URL (quarkus.datasource.jdbc.url)"), out);
        assertTrue(out.contains("QUARKUS_HTTP_CORS_ORIGINS (quarkus.http.cors.origins)"), out);
        assertTrue(out.contains("LHH_UNION_PLACE (lhh.union.place)"), out);
        // only the missing ones are named
        assertFalse(out.contains("QUARKUS_OIDC_AUTH_SERVER_URL"), out);
        assertFalse(out.contains("LHH_UNION_NAME"), out);
        assertFalse(out.contains("Listening on"), out);
    }

    /** Issue #22: the cursor signing key had a default in the repository, so anyone could sign cursors for production. */
    @Test
    void theCursorSigningKeyHasNoDefaultInProduction() {
        SecondInstance.Exit exit = SecondInstance.runUntilExit("no-cursor-key", Map.of(), Set.of("lhh.paging.cursor-key"),
                Duration.ofMinutes(2));
        assertNotEquals(0, exit.code(), exit.output());
        assertTrue(exit.output().contains("1 required setting is missing"), exit.output());
        assertTrue(exit.output().contains("LHH_PAGING_CURSOR_KEY (lhh.paging.cursor-key)"), exit.output());
    }

    @Test
    void anEmptyValueCountsAsMissing() {
        SecondInstance.Exit exit = SecondInstance.runUntilExit("blank-setting", Map.of("lhh.union.name", " "),
                Set.of(), Duration.ofMinutes(2));
        assertNotEquals(0, exit.code(), exit.output());
        assertTrue(exit.output().contains("1 required setting is missing"), exit.output());
        assertTrue(exit.output().contains("LHH_UNION_NAME (lhh.union.name)"), exit.output());
    }
}
