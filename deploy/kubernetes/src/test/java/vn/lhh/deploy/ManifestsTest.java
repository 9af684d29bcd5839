package vn.lhh.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The base and the production overlay render, and every object is valid against its strict schema. */
class ManifestsTest {

    @Test
    void productionOverlayIsValid() throws Exception {
        List<ObjectNode> objects = Kustomize.build(Paths.PRODUCTION);
        Path out = Paths.KUBERNETES.resolve("target/rendered/production.yaml");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Yaml.write(objects));
        assertValid(objects);
    }

    @Test
    void baseIsValid() {
        assertValid(Kustomize.build(Paths.BASE));
    }

    @Test
    void productionHasWhatTheIssueAsksFor() {
        List<ObjectNode> objects = Kustomize.build(Paths.PRODUCTION);
        Set<String> kinds = new TreeSet<>();
        for (ObjectNode o : objects) {
            kinds.add(o.path("kind").asString());
            assertEquals("lhh", o.path("metadata").path("namespace").asString(), "namespace of " + id(o));
        }
        assertTrue(kinds.containsAll(Set.of("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler",
                "Ingress", "Keycloak", "KeycloakRealmImport", "Cluster", "ScheduledBackup", "ObjectStore",
                "NetworkPolicy", "ServiceMonitor")), kinds.toString());

        ObjectNode api = find(objects, "Deployment", "lhh-api");
        assertTrue(api.path("spec").path("replicas").asInt() >= 2, "at least 2 API replicas");
        JsonNode c = api.path("spec").path("template").path("spec").path("containers").get(0);
        assertEquals("registry.example.vn/lhh/lhh-api:0.1.0", c.path("image").asString());
        assertEquals("/q/health/ready", c.path("readinessProbe").path("httpGet").path("path").asString());
        assertEquals("/q/health/live", c.path("livenessProbe").path("httpGet").path("path").asString());
        assertTrue(c.path("resources").path("requests").has("memory") && c.path("resources").path("limits").has("memory"));
        assertTrue(find(objects, "HorizontalPodAutoscaler", "lhh-api").path("spec").path("minReplicas").asInt() >= 2);
        JsonNode web = find(objects, "Deployment", "lhh-webapp").path("spec").path("template").path("spec")
                .path("containers").get(0);
        assertEquals("registry.example.vn/lhh/lhh-webapp:0.1.0", web.path("image").asString());
        // the strategic-merge patch replaced the two origins and kept the third variable
        assertEquals(3, web.path("env").size());
        assertEquals("https://api.lhhnghean.example.vn", web.path("env").get(0).path("value").asString());

        ObjectNode ingress = find(objects, "Ingress", "lhh");
        assertEquals("lhh-tls", ingress.path("spec").path("tls").get(0).path("secretName").asString());
        assertEquals("lhhnghean.example.vn", ingress.path("spec").path("rules").get(0).path("host").asString());
        assertEquals("https://sso.lhhnghean.example.vn",
                find(objects, "Keycloak", "lhh-keycloak").path("spec").path("hostname").path("hostname").asString());
        assertEquals("lhh-db", find(objects, "ScheduledBackup", "lhh-db-nightly").path("spec").path("cluster")
                .path("name").asString());
    }

    static void assertValid(List<ObjectNode> objects) {
        List<String> problems = new ManifestValidator(Paths.schemas()).validate(objects);
        if (!problems.isEmpty()) {
            fail("invalid manifests:\n  " + String.join("\n  ", problems));
        }
    }

    static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        for (ObjectNode o : objects) {
            if (kind.equals(o.path("kind").asString()) && name.equals(o.path("metadata").path("name").asString())) {
                return o;
            }
        }
        throw new AssertionError("no " + kind + "/" + name);
    }

    static String id(ObjectNode o) {
        return o.path("kind").asString() + "/" + o.path("metadata").path("name").asString();
    }
}
