package vn.lhh.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates rendered objects: each against the strict schema of its apiVersion and kind (an object whose kind has no
 * schema is an error, never skipped), then the rules no schema states: names present and unique, no Secret objects
 * and no literal values for secret-looking variables (secrets are references only), and references between the
 * objects resolve (Service and PDB selectors, HPA targets, Ingress backends, ConfigMaps, Keycloak and CNPG links).
 */
public final class ManifestValidator {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|PRIVATE_KEY|CREDENTIAL).*");

    private final Schemas schemas;

    public ManifestValidator(Schemas schemas) {
        this.schemas = schemas;
    }

    /** Every problem found; empty when the objects are valid. */
    public List<String> validate(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ObjectNode o : objects) {
            String apiVersion = o.path("apiVersion").asString("");
            String kind = o.path("kind").asString("");
            String name = o.path("metadata").path("name").asString("");
            String id = kind + "/" + (name.isEmpty() ? "<no name>" : name);
            if (name.isEmpty()) {
                problems.add(id + ": metadata.name is missing");
            }
            if (!seen.add(apiVersion + " " + kind + " " + o.path("metadata").path("namespace").asString("") + " " + name)) {
                problems.add(id + ": defined twice");
            }
            Schema schema = schemas.schemaFor(apiVersion, kind);
            if (schema == null) {
                problems.add(id + ": no schema for apiVersion '" + apiVersion + "' kind '" + kind
                        + "' (add its CRD to schemas/crds/ or use a Kubernetes API version known to the schemas)");
            } else {
                for (Error e : schema.validate(o)) {
                    problems.add(id + ": " + e.getInstanceLocation() + ": " + e.getMessage());
                }
            }
            if ("Secret".equals(kind)) {
                problems.add(id + ": Secret objects must not be committed; reference a Secret created at install time");
            }
            literalSecrets(o, id, problems);
        }
        references(objects, problems);
        return problems;
    }

    /** env entries whose name looks secret must use valueFrom, never value. */
    private static void literalSecrets(JsonNode node, String id, List<String> problems) {
        if (node.isObject()) {
            JsonNode env = node.get("env");
            if (env != null && env.isArray()) {
                for (JsonNode e : env) {
                    if (SECRET_NAME.matcher(e.path("name").asString("")).matches() && e.has("value")) {
                        problems.add(id + ": env " + e.path("name").asString()
                                + " has a literal value; use valueFrom.secretKeyRef");
                    }
                }
            }
            for (Map.Entry<String, JsonNode> p : node.properties()) {
                literalSecrets(p.getValue(), id, problems);
            }
        } else if (node.isArray()) {
            for (JsonNode n : node) {
                literalSecrets(n, id, problems);
            }
        }
    }

    // ------------------------------------------------------------------ references between objects

    private static void references(List<ObjectNode> objects, List<String> problems) {
        Set<String> names = new HashSet<>();
        for (ObjectNode o : objects) {
            names.add(o.path("kind").asString() + "/" + o.path("metadata").path("name").asString());
        }
        // Services the operators create: Keycloak → <name>-service; CNPG Cluster → <name>-rw, -ro, -r
        for (ObjectNode o : objects) {
            String n = o.path("metadata").path("name").asString();
            switch (o.path("kind").asString()) {
                case "Keycloak" -> names.add("Service/" + n + "-service");
                case "Cluster" -> {
                    names.add("Service/" + n + "-rw");
                    names.add("Service/" + n + "-ro");
                    names.add("Service/" + n + "-r");
                    names.add("Secret/" + n + "-app");
                }
                default -> {
                }
            }
        }
        for (ObjectNode o : objects) {
            String kind = o.path("kind").asString();
            String id = kind + "/" + o.path("metadata").path("name").asString();
            JsonNode spec = o.path("spec");
            switch (kind) {
                case "Service" -> {
                    if (!selects(objects, spec.path("selector"))) {
                        problems.add(id + ": spec.selector matches no pod template");
                    }
                }
                case "PodDisruptionBudget" -> {
                    if (!selects(objects, spec.path("selector").path("matchLabels"))) {
                        problems.add(id + ": spec.selector matches no pod template");
                    }
                }
                case "HorizontalPodAutoscaler" -> {
                    String target = spec.path("scaleTargetRef").path("kind").asString() + "/"
                            + spec.path("scaleTargetRef").path("name").asString();
                    if (!names.contains(target)) {
                        problems.add(id + ": scaleTargetRef " + target + " does not exist");
                    }
                }
                case "Ingress" -> {
                    for (JsonNode rule : spec.path("rules")) {
                        for (JsonNode path : rule.path("http").path("paths")) {
                            String svc = path.path("backend").path("service").path("name").asString();
                            if (!names.contains("Service/" + svc)) {
                                problems.add(id + ": backend service " + svc + " does not exist");
                            }
                        }
                    }
                }
                case "ScheduledBackup" -> {
                    String cluster = spec.path("cluster").path("name").asString();
                    if (!names.contains("Cluster/" + cluster)) {
                        problems.add(id + ": cluster " + cluster + " does not exist");
                    }
                }
                case "Cluster" -> {
                    for (JsonNode plugin : spec.path("plugins")) {
                        String store = plugin.path("parameters").path("barmanObjectName").asString("");
                        if (!store.isEmpty() && !names.contains("ObjectStore/" + store)) {
                            problems.add(id + ": ObjectStore " + store + " does not exist");
                        }
                    }
                }
                case "KeycloakRealmImport" -> {
                    String kc = spec.path("keycloakCRName").asString();
                    if (!names.contains("Keycloak/" + kc)) {
                        problems.add(id + ": keycloakCRName " + kc + " does not exist");
                    }
                }
                default -> {
                }
            }
            configMapRefs(o, names, id, problems);
        }
    }

    private static void configMapRefs(JsonNode node, Set<String> names, String id, List<String> problems) {
        if (node.isObject()) {
            for (String key : List.of("configMapRef", "configMap", "configMapKeyRef")) {
                JsonNode ref = node.get(key);
                if (ref != null && ref.has("name") && !ref.path("optional").asBoolean(false)
                        && !names.contains("ConfigMap/" + ref.get("name").asString())) {
                    problems.add(id + ": ConfigMap " + ref.get("name").asString() + " does not exist");
                }
            }
            for (Map.Entry<String, JsonNode> p : node.properties()) {
                configMapRefs(p.getValue(), names, id, problems);
            }
        } else if (node.isArray()) {
            for (JsonNode n : node) {
                configMapRefs(n, names, id, problems);
            }
        }
    }

    /** Whether some workload's pod template carries all the given labels. */
    private static boolean selects(List<ObjectNode> objects, JsonNode labels) {
        if (!labels.isObject() || labels.isEmpty()) {
            return false;
        }
        for (ObjectNode o : objects) {
            JsonNode podLabels = o.path("spec").path("template").path("metadata").path("labels");
            if (!podLabels.isObject()) {
                continue;
            }
            boolean all = true;
            for (Map.Entry<String, JsonNode> l : labels.properties()) {
                if (!l.getValue().equals(podLabels.get(l.getKey()))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
