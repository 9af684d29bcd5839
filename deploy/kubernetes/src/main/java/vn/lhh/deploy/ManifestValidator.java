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
 * objects resolve (Service and PDB selectors and target ports, HPA targets, Ingress backends, ConfigMaps, Keycloak and
 * CNPG links, ServiceMonitor → Service and port, NetworkPolicy pod selectors and named ports).
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
                    for (JsonNode port : spec.path("ports")) {
                        JsonNode target = port.path("targetPort");
                        if (target.isString() && pods(objects, spec.path("selector")).stream()
                                .noneMatch(pod -> pod.ports().contains(target.asString()))) {
                            problems.add(id + ": targetPort " + target.asString() + " is no container port of the selected pods");
                        }
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
                case "ServiceMonitor" -> serviceMonitor(objects, o, id, problems);
                case "NetworkPolicy" -> networkPolicy(objects, o, id, problems);
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

    /** A ServiceMonitor selects a Service by its labels and scrapes one of that Service's named ports. */
    private static void serviceMonitor(List<ObjectNode> objects, ObjectNode o, String id, List<String> problems) {
        JsonNode labels = o.path("spec").path("selector").path("matchLabels");
        List<ObjectNode> services = new ArrayList<>();
        for (ObjectNode candidate : objects) {
            if ("Service".equals(candidate.path("kind").asString())
                    && hasAll(candidate.path("metadata").path("labels"), labels)) {
                services.add(candidate);
            }
        }
        if (!labels.isObject() || labels.isEmpty() || services.isEmpty()) {
            problems.add(id + ": spec.selector matches no Service");
            return;
        }
        for (JsonNode endpoint : o.path("spec").path("endpoints")) {
            String port = endpoint.path("port").asString("");
            for (ObjectNode svc : services) {
                boolean named = false;
                for (JsonNode p : svc.path("spec").path("ports")) {
                    named |= port.equals(p.path("name").asString());
                }
                if (!named) {
                    problems.add(id + ": endpoint port " + port + " is not a port of Service/"
                            + svc.path("metadata").path("name").asString());
                }
            }
        }
    }

    /**
     * A NetworkPolicy's podSelector (unless empty: every pod) and the podSelectors of its same-namespace peers select
     * pods that exist (workloads here, or the pods the CNPG and Keycloak operators create), and a named port it
     * allows is a container port of the selected pods.
     */
    private static void networkPolicy(List<ObjectNode> objects, ObjectNode o, String id, List<String> problems) {
        JsonNode selector = o.path("spec").path("podSelector").path("matchLabels");
        boolean all = !selector.isObject() || selector.isEmpty();
        List<Pod> selected = all ? List.of() : pods(objects, selector);
        if (!all && selected.isEmpty()) {
            problems.add(id + ": spec.podSelector matches no pods");
        }
        for (JsonNode rule : o.path("spec").path("ingress")) {
            for (JsonNode peer : rule.path("from")) {
                JsonNode peerPods = peer.path("podSelector").path("matchLabels");
                if (!peer.has("namespaceSelector") && peerPods.isObject() && !peerPods.isEmpty()
                        && pods(objects, peerPods).isEmpty()) {
                    problems.add(id + ": a peer's podSelector " + peerPods + " matches no pods");
                }
            }
            for (JsonNode port : rule.path("ports")) {
                JsonNode p = port.path("port");
                if (p.isString() && !selected.isEmpty() && selected.stream().noneMatch(pod -> pod.ports().contains(p.asString()))) {
                    problems.add(id + ": port " + p.asString() + " is no container port of the selected pods");
                }
            }
        }
    }

    /** A pod some object here makes: its labels and the names of its container ports (none known for operators' pods). */
    record Pod(String owner, JsonNode labels, Set<String> ports) {
    }

    /** The pods whose labels include all of {@code labels}. */
    static List<Pod> pods(List<ObjectNode> objects, JsonNode labels) {
        List<Pod> found = new ArrayList<>();
        if (!labels.isObject() || labels.isEmpty()) {
            return found;
        }
        for (ObjectNode o : objects) {
            String name = o.path("metadata").path("name").asString();
            String owner = o.path("kind").asString() + "/" + name;
            ObjectNode podLabels = Yaml.JSON.createObjectNode();
            Set<String> ports = new HashSet<>();
            switch (o.path("kind").asString()) {
                case "Cluster" -> podLabels.put("cnpg.io/cluster", name);
                case "Keycloak" -> podLabels.put("app", "keycloak").put("app.kubernetes.io/instance", name)
                        .put("app.kubernetes.io/managed-by", "keycloak-operator");
                default -> {
                    JsonNode template = o.path("spec").path("template");
                    if (!template.path("metadata").path("labels").isObject()) {
                        continue;
                    }
                    podLabels.setAll((ObjectNode) template.path("metadata").path("labels"));
                    for (JsonNode c : template.path("spec").path("containers")) {
                        for (JsonNode p : c.path("ports")) {
                            if (p.has("name")) {
                                ports.add(p.path("name").asString());
                            }
                        }
                    }
                }
            }
            if (hasAll(podLabels, labels)) {
                found.add(new Pod(owner, podLabels, ports));
            }
        }
        return found;
    }

    private static boolean hasAll(JsonNode have, JsonNode wanted) {
        if (!have.isObject() || !wanted.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> l : wanted.properties()) {
            if (!l.getValue().equals(have.get(l.getKey()))) {
                return false;
            }
        }
        return true;
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
