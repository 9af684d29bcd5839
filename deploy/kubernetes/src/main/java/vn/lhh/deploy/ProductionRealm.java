package vn.lhh.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The production realm, derived from the demo realm {@code deploy/keycloak/realm-lhh.json}: the same realm
 * settings, roles and SPA client, without the demo users, the demo-only clients ({@code lhh-cli},
 * {@code partner-demo}) and every secret; {@code sslRequired: external}; the SPA client on the (placeholder)
 * production origin, which the overlay replaces. {@code base/keycloak/realm-import.yaml} is this derivation
 * wrapped in a KeycloakRealmImport; RealmImportTest fails when the two differ and rewrites the file with
 * {@code -Dlhh.realm.update=true}.
 */
public final class ProductionRealm {

    public static final String SPA_CLIENT = "lhh-webapp";
    public static final String PLACEHOLDER_ORIGIN = "https://lhh.example.vn";

    private ProductionRealm() {
    }

    public static ObjectNode derive(JsonNode demoRealm, String spaOrigin) {
        ObjectNode realm = (ObjectNode) demoRealm.deepCopy();
        realm.remove(List.of("users", "groups", "clientScopeMappings", "scopeMappings", "federatedUsers"));
        realm.put("sslRequired", "external");
        String display = realm.path("displayName").asString("");
        realm.put("displayName", display.replace(" (demo)", "").trim());
        ObjectNode attributes = realm.putObject("attributes");
        attributes.put("_comment", "Production realm generated from deploy/keycloak/realm-lhh.json by "
                + "deploy/kubernetes (ProductionRealm): no users, no demo clients, no secrets.");

        ArrayNode clients = Yaml.JSON.createArrayNode();
        for (JsonNode c : demoRealm.path("clients")) {
            if (SPA_CLIENT.equals(c.path("clientId").asString())) {
                ObjectNode spa = (ObjectNode) c.deepCopy();
                spa.put("rootUrl", spaOrigin);
                spa.set("redirectUris", Yaml.JSON.createArrayNode().add(spaOrigin + "/*"));
                spa.set("webOrigins", Yaml.JSON.createArrayNode().add(spaOrigin));
                ((ObjectNode) spa.path("attributes")).put("post.logout.redirect.uris", spaOrigin + "/*");
                clients.add(spa);
            }
        }
        if (clients.isEmpty()) {
            throw new ManifestException("the demo realm has no client " + SPA_CLIENT);
        }
        realm.set("clients", clients);
        List<String> secrets = new ArrayList<>();
        findSecrets(realm, "", secrets);
        if (!secrets.isEmpty()) {
            throw new ManifestException("the production realm would carry secrets at " + secrets);
        }
        return realm;
    }

    /** The KeycloakRealmImport resource for the Keycloak named {@code keycloak}. */
    public static ObjectNode realmImport(JsonNode demoRealm, String name, String keycloak) {
        ObjectNode cr = Yaml.JSON.createObjectNode();
        cr.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        cr.put("kind", "KeycloakRealmImport");
        ObjectNode md = cr.putObject("metadata");
        md.put("name", name);
        md.putObject("labels").put("app.kubernetes.io/part-of", "lhh");
        ObjectNode spec = cr.putObject("spec");
        spec.put("keycloakCRName", keycloak);
        spec.set("realm", derive(demoRealm, PLACEHOLDER_ORIGIN));
        return cr;
    }

    private static void findSecrets(JsonNode node, String path, List<String> found) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String k = e.getKey();
                if (k.equals("secret") || k.equals("credentials") || k.equals("password")) {
                    found.add(path + "/" + k);
                }
                findSecrets(e.getValue(), path + "/" + k, found);
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode n : node) {
                findSecrets(n, path + "/" + i++, found);
            }
        }
    }
}
