package vn.lhh.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Proof that a typo fails the build: deliberately broken manifests, from overlays in src/test/resources/broken
 * (rendered like the real one) and from mutations of the rendered production overlay, must be reported.
 */
class BrokenManifestsTest {

    @Test
    void replicasAsAStringIsRejected() {
        assertReported(Kustomize.build(Paths.BROKEN.resolve("replicas-two")), "Deployment/lhh-api", "replicas");
    }

    @Test
    void anUnknownFieldUnderDeploymentSpecIsRejected() {
        assertReported(Kustomize.build(Paths.BROKEN.resolve("unknown-field")), "Deployment/lhh-api", "replica");
    }

    @Test
    void aTypoInACloudNativePgClusterIsRejected() {
        assertReported(Kustomize.build(Paths.BROKEN.resolve("cnpg-typo")), "Cluster/lhh-db", "instance");
    }

    @Test
    void aMisspelledProbeDeepInThePodTemplateIsRejected() {
        assertReported(mutate(o -> {
            if (is(o, "Deployment", "lhh-api")) {
                container(o).set("readinesProbe", container(o).remove("readinessProbe"));
            }
        }), "Deployment/lhh-api", "readinesProbe");
    }

    @Test
    void aWrongEnumInAScheduledBackupIsRejected() {
        assertReported(mutate(o -> {
            if (is(o, "ScheduledBackup", "lhh-db-nightly")) {
                ((ObjectNode) o.get("spec")).put("method", "barman");
            }
        }), "ScheduledBackup/lhh-db-nightly", "method");
    }

    @Test
    void anUnknownFieldInTheKeycloakResourceIsRejected() {
        assertReported(mutate(o -> {
            if (is(o, "Keycloak", "lhh-keycloak")) {
                ((ObjectNode) o.get("spec")).put("instance", 2);
            }
        }), "Keycloak/lhh-keycloak", "instance");
    }

    @Test
    void aWrongQuantityIsRejected() {
        assertReported(mutate(o -> {
            if (is(o, "Deployment", "lhh-api")) {
                ((ObjectNode) container(o).get("resources").get("limits")).put("memory", true);
            }
        }), "Deployment/lhh-api", "memory");
    }

    @Test
    void aLiteralSecretValueIsRejected() {
        assertReported(mutate(o -> {
            if (is(o, "Deployment", "lhh-api")) {
                ArrayNode env = (ArrayNode) container(o).get("env");
                ObjectNode pw = (ObjectNode) env.get(1);
                pw.remove("valueFrom");
                pw.put("value", "hunter2");
            }
        }), "Deployment/lhh-api", "QUARKUS_DATASOURCE_PASSWORD");
    }

    @Test
    void aSecretObjectIsRejected() {
        List<ObjectNode> objects = Kustomize.build(Paths.PRODUCTION);
        ObjectNode secret = Yaml.JSON.createObjectNode();
        secret.put("apiVersion", "v1").put("kind", "Secret");
        secret.putObject("metadata").put("name", "lhh-db-app");
        secret.putObject("stringData").put("password", "hunter2");
        objects.add(secret);
        assertReported(objects, "Secret/lhh-db-app", "must not be committed");
    }

    @Test
    void aDanglingReferenceIsRejected() {
        assertReported(mutate(o -> {
            if (is(o, "HorizontalPodAutoscaler", "lhh-api")) {
                ((ObjectNode) o.get("spec").get("scaleTargetRef")).put("name", "lhh-apj");
            }
        }), "HorizontalPodAutoscaler/lhh-api", "lhh-apj");
    }

    @Test
    void anUnknownKindIsRejected() {
        assertReported(mutate(o -> {
            if (is(o, "PodDisruptionBudget", "lhh-api")) {
                o.put("apiVersion", "policy/v1beta2");
            }
        }), "PodDisruptionBudget/lhh-api", "no schema");
    }

    @Test
    void aServiceMonitorOnAMissingPortOrWithAnUnknownFieldIsRejected() {
        assertReported(mutate(o -> {
            if (is(o, "ServiceMonitor", "lhh-api")) {
                ((ObjectNode) o.get("spec").get("endpoints").get(0)).put("port", "http-metrics");
            }
        }), "ServiceMonitor/lhh-api", "http-metrics");
        assertReported(mutate(o -> {
            if (is(o, "ServiceMonitor", "lhh-api")) {
                ((ObjectNode) o.get("spec").get("endpoints").get(0)).put("intervall", "30s");
            }
        }), "ServiceMonitor/lhh-api", "intervall");
        assertReported(mutate(o -> {
            if (is(o, "ServiceMonitor", "lhh-api")) {
                ((ObjectNode) o.get("spec").get("selector").get("matchLabels")).put("app.kubernetes.io/component", "metrics");
            }
        }), "ServiceMonitor/lhh-api", "matches no Service");
    }

    @Test
    void aNetworkPolicyForNoPodOrOnAMissingPortIsRejected() {
        assertReported(mutate(o -> {
            if (is(o, "NetworkPolicy", "lhh-db")) {
                ((ObjectNode) o.get("spec").get("podSelector").get("matchLabels")).put("cnpg.io/cluster", "lhh-dbb");
            }
        }), "NetworkPolicy/lhh-db", "matches no pods");
        assertReported(mutate(o -> {
            if (is(o, "NetworkPolicy", "lhh-api")) {
                ((ObjectNode) o.get("spec").get("ingress").get(1).get("ports").get(0)).put("port", "metrics");
            }
        }), "NetworkPolicy/lhh-api", "metrics");
        assertReported(mutate(o -> {
            if (is(o, "NetworkPolicy", "lhh-api")) {
                ((ObjectNode) o.get("spec")).putArray("policyType").add("Ingress");
            }
        }), "NetworkPolicy/lhh-api", "policyType");
    }

    @Test
    void anUnsupportedKustomizationFieldFailsTheRendering() {
        ManifestException e = assertThrows(ManifestException.class,
                () -> Kustomize.build(Paths.BROKEN.resolve("unsupported-kustomize")));
        assertTrue(e.getMessage().contains("commonLabels"), e.getMessage());
    }

    @Test
    void aPatchForAMissingObjectFailsTheRendering() {
        ManifestException e = assertThrows(ManifestException.class,
                () -> Kustomize.build(Paths.BROKEN.resolve("patch-no-target")));
        assertTrue(e.getMessage().contains("no resource matches"), e.getMessage());
    }

    // ------------------------------------------------------------------ helpers

    private static List<ObjectNode> mutate(Consumer<ObjectNode> change) {
        List<ObjectNode> objects = Kustomize.build(Paths.PRODUCTION);
        objects.forEach(change);
        return objects;
    }

    private static boolean is(ObjectNode o, String kind, String name) {
        return kind.equals(o.path("kind").asString()) && name.equals(o.path("metadata").path("name").asString());
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.get("spec").get("template").get("spec").get("containers").get(0);
    }

    private static void assertReported(List<ObjectNode> objects, String id, String word) {
        List<String> problems = new ManifestValidator(Paths.schemas()).validate(objects);
        assertFalse(problems.isEmpty(), "the broken manifests passed validation");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(id) && p.contains(word)),
                "expected a problem of " + id + " about '" + word + "', got:\n  " + String.join("\n  ", problems));
    }
}
