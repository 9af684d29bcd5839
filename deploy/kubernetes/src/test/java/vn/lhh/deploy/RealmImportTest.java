package vn.lhh.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm import is generated from the demo realm (so roles and the SPA client never drift apart), carries no
 * user and no secret, and is a valid Keycloak RealmRepresentation (the class the operator's CRD schema for
 * spec.realm is generated from), unknown properties rejected.
 */
class RealmImportTest {

    private static final Path DEMO_REALM = Paths.REPO.resolve("deploy/keycloak/realm-lhh.json");
    private static final Path REALM_IMPORT = Paths.BASE.resolve("keycloak/realm-import.yaml");
    private static final String HEADER = """
            # GENERATED from deploy/keycloak/realm-lhh.json by vn.lhh.deploy.ProductionRealm — do not edit by hand.
            # Regenerate: ./mvnw -pl deploy/kubernetes test -Dtest=RealmImportTest -Dlhh.realm.update=true
            # The demo realm without its users, demo clients and secrets; sslRequired external; the SPA client on the
            # placeholder origin (the overlay's patches/realm.yaml sets the real one). The operator imports it once:
            # a realm that already exists is left alone (later changes: admin console or a new import).
            """;

    private final ObjectMapper keycloakJson = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void committedRealmImportIsGeneratedFromTheDemoRealm() throws Exception {
        JsonNode demo = Yaml.JSON.readTree(Files.readString(DEMO_REALM));
        ObjectNode expected = ProductionRealm.realmImport(demo, "lhh-realm", "lhh-keycloak");
        if (Boolean.getBoolean("lhh.realm.update")) {
            Files.writeString(REALM_IMPORT, HEADER + Yaml.write(List.of(expected)));
        }
        List<JsonNode> committed = Yaml.readAll(REALM_IMPORT);
        if (committed.size() != 1 || !committed.get(0).equals(expected)) {
            fail(REALM_IMPORT + " is not what deploy/keycloak/realm-lhh.json gives; regenerate it with "
                    + "-Dlhh.realm.update=true. Expected:\n" + Yaml.write(List.of(expected)));
        }
    }

    @Test
    void productionRealmHasNoUsersNoDemoClientsNoSecrets() throws Exception {
        JsonNode realm = Yaml.readAll(REALM_IMPORT).get(0).path("spec").path("realm");
        assertFalse(realm.has("users"), "no users");
        assertEquals(1, realm.path("clients").size(), "only the SPA client");
        assertEquals("lhh-webapp", realm.path("clients").get(0).path("clientId").asString());
        assertEquals("external", realm.path("sslRequired").asString());
        assertFalse(Files.readString(REALM_IMPORT).contains("partner-demo-secret"));
        assertFalse(Files.readString(REALM_IMPORT).contains("localhost"));
        // roles are the demo realm's
        JsonNode demo = Yaml.JSON.readTree(Files.readString(DEMO_REALM));
        assertEquals(demo.path("roles"), realm.path("roles"));
    }

    @Test
    void renderedRealmIsAValidRealmRepresentation() throws Exception {
        for (ObjectNode o : Kustomize.build(Paths.PRODUCTION)) {
            if ("KeycloakRealmImport".equals(o.path("kind").asString())) {
                RealmRepresentation r = keycloakJson.readValue(o.path("spec").path("realm").toString(),
                        RealmRepresentation.class);
                assertEquals("lhh", r.getRealm());
                assertTrue(r.getClients().get(0).getRedirectUris().get(0).startsWith("https://"));
                return;
            }
        }
        fail("no KeycloakRealmImport rendered");
    }

    @Test
    void aTypoInTheRealmIsRejected() throws Exception {
        ObjectNode realm = (ObjectNode) Yaml.readAll(REALM_IMPORT).get(0).path("spec").path("realm").deepCopy();
        realm.put("sslRequierd", "external");
        assertThrows(Exception.class, () -> keycloakJson.readValue(realm.toString(), RealmRepresentation.class));
    }
}
