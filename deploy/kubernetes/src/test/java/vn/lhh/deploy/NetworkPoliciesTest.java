package vn.lhh.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue #22: who may connect to what, read from the rendered production overlay. Everything is denied unless allowed;
 * the API's public port only from the ingress controller and its management port only from Prometheus; each
 * PostgreSQL only from its one client (and its own instances and the CNPG operator); Keycloak's HTTP only from the
 * ingress controller and the API.
 */
class NetworkPoliciesTest {
    private static final List<ObjectNode> OBJECTS = Kustomize.build(Paths.PRODUCTION);
    private static final String INGRESS = "ns=ingress-nginx pods={app.kubernetes.io/name=ingress-nginx}";
    private static final String PROMETHEUS = "ns=monitoring pods={app.kubernetes.io/name=prometheus}";
    private static final String CNPG = "ns=cnpg-system pods={app.kubernetes.io/name=cloudnative-pg}";

    @Test
    void everythingIsDeniedUnlessAllowed() {
        JsonNode spec = ManifestsTest.find(OBJECTS, "NetworkPolicy", "default-deny-ingress").path("spec");
        assertTrue(spec.path("podSelector").isEmpty(), "selects every pod");
        assertEquals("[\"Ingress\"]", spec.path("policyTypes").toString());
        assertTrue(spec.path("ingress").isMissingNode() || spec.path("ingress").isEmpty(), "allows nothing");
    }

    @Test
    void theApiOnlyFromTheIngressControllerAndItsMetricsOnlyFromPrometheus() {
        ObjectNode p = ManifestsTest.find(OBJECTS, "NetworkPolicy", "lhh-api");
        assertEquals(Set.of(INGRESS), peers(p, "http"));
        assertEquals(Set.of(PROMETHEUS), peers(p, "management"));
        assertEquals(2, p.path("spec").path("ingress").size(), "no other rule");
    }

    @Test
    void eachDatabaseOnlyFromItsClient() {
        assertEquals(Set.of("pods={app.kubernetes.io/name=lhh-api}", "pods={cnpg.io/cluster=lhh-db}"),
                peers(ManifestsTest.find(OBJECTS, "NetworkPolicy", "lhh-db"), "5432"));
        assertEquals(Set.of(CNPG), peers(ManifestsTest.find(OBJECTS, "NetworkPolicy", "lhh-db"), "8000"));
        assertEquals(Set.of("pods={app.kubernetes.io/instance=lhh-keycloak, app.kubernetes.io/managed-by=keycloak-operator}",
                "pods={cnpg.io/cluster=keycloak-db}"), peers(ManifestsTest.find(OBJECTS, "NetworkPolicy", "keycloak-db"), "5432"));
    }

    @Test
    void keycloakOnlyFromTheIngressControllerAndTheApi() {
        JsonNode np = ManifestsTest.find(OBJECTS, "Keycloak", "lhh-keycloak").path("spec").path("networkPolicy");
        assertTrue(np.path("enabled").asBoolean(false), "the operator's NetworkPolicy is on");
        Set<String> http = new TreeSet<>();
        np.path("http").forEach(peer -> http.add(peer(peer)));
        assertEquals(Set.of(INGRESS, "pods={app.kubernetes.io/name=lhh-api}"), http);
        Set<String> management = new TreeSet<>();
        np.path("management").forEach(peer -> management.add(peer(peer)));
        assertEquals(Set.of(PROMETHEUS), management);
    }

    /** The peers allowed on one port (name or number) by a policy's ingress rules. */
    private static Set<String> peers(ObjectNode policy, String port) {
        Set<String> found = new TreeSet<>();
        for (JsonNode rule : policy.path("spec").path("ingress")) {
            boolean matches = false;
            for (JsonNode p : rule.path("ports")) {
                matches |= port.equals(p.path("port").asString());
            }
            if (matches) {
                assertTrue(rule.path("from").size() > 0, "a rule on " + port + " without 'from' allows everyone");
                rule.path("from").forEach(peer -> found.add(peer(peer)));
            }
        }
        return found;
    }

    private static String peer(JsonNode peer) {
        assertTrue(!peer.has("ipBlock"), "no address ranges: " + peer);
        String ns = peer.has("namespaceSelector")
                ? "ns=" + peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asString() + " "
                : "";
        Set<String> labels = new TreeSet<>();
        peer.path("podSelector").path("matchLabels").properties().forEach(e -> labels.add(e.getKey() + "=" + e.getValue().asString()));
        return ns + "pods={" + String.join(", ", labels) + "}";
    }
}
