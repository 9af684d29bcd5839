package vn.lhh.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API refuses to start in production without the settings listed in
 * vn.lhh.common.config.RequiredSettings: the production overlay must give each one, as an env
 * variable of the container or a key of a ConfigMap it takes its environment from.
 */
class ApiSettingsTest {
    private static final Pattern SETTING = Pattern.compile("new Setting\\(\"([^\"]+)\"");

    @Test
    void productionGivesTheApiEveryRequiredSetting() throws Exception {
        String source = Files.readString(Paths.REPO.resolve("api/src/main/java/vn/lhh/common/config/RequiredSettings.java"));
        Set<String> required = new TreeSet<>();
        Matcher m = SETTING.matcher(source);
        while (m.find()) {
            required.add(m.group(1).replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        assertFalse(required.isEmpty(), "no settings found in RequiredSettings.java");
        assertTrue(required.contains("QUARKUS_DATASOURCE_JDBC_URL"), required.toString());

        List<ObjectNode> objects = Kustomize.build(Paths.PRODUCTION);
        JsonNode container = ManifestsTest.find(objects, "Deployment", "lhh-api").path("spec").path("template").path("spec")
                .path("containers").get(0);
        Set<String> given = new TreeSet<>();
        for (JsonNode e : container.path("env")) {
            given.add(e.path("name").asString());
        }
        for (JsonNode from : container.path("envFrom")) {
            String configMap = from.path("configMapRef").path("name").asString();
            if (!configMap.isEmpty()) {
                ManifestsTest.find(objects, "ConfigMap", configMap).path("data").properties()
                        .forEach(entry -> {
                            if (!entry.getValue().asString().isBlank()) {
                                given.add(entry.getKey());
                            }
                        });
            }
        }
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(given);
        assertEquals(Set.of(), missing, "required by the API but not set for the lhh-api container");
    }
}
