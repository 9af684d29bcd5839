package vn.lhh.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal Kustomize renderer: exactly the kustomization features this repository uses, so the manifests can be
 * rendered and validated in the Maven build without a kustomize binary (none is packaged by Debian, npm or Maven
 * Central). The output equals {@code kubectl kustomize} for these features ({@code KustomizeParityTest} compares
 * the two whenever kubectl is on the PATH). Anything else in a kustomization is refused with a clear message
 * rather than silently ignored.
 *
 * <p>Supported: {@code resources} (files, and folders holding a kustomization), {@code namespace},
 * {@code images} ({@code name}, {@code newName}, {@code newTag}, {@code digest}; applied to every
 * {@code containers}/{@code initContainers} list), {@code patches} (from {@code path} or inline {@code patch};
 * a mapping is a strategic-merge patch, a list is an RFC 6902 JSON patch that needs a {@code target}).
 *
 * <p>Strategic merge, as implemented: mappings merge recursively, {@code null} deletes a key, lists of the
 * built-in Kubernetes kinds merge by their merge key ({@code containers}, {@code initContainers},
 * {@code env}, {@code volumes}, {@code imagePullSecrets} by {@code name}; {@code volumeMounts} by
 * {@code mountPath}; {@code ports} by {@code containerPort}, or {@code port} for Services;
 * {@code topologySpreadConstraints} by {@code topologyKey}); every other list, and every list of a custom
 * resource, is replaced. {@code $patch} directives are not supported.
 */
public final class Kustomize {

    private static final Set<String> SUPPORTED_FIELDS = Set.of("apiVersion", "kind", "resources", "namespace",
            "images", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleBinding", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "ClusterIssuer");
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling",
            "networking.k8s.io", "rbac.authorization.k8s.io");
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name", "initContainers", "name", "ephemeralContainers", "name", "env", "name",
            "volumes", "name", "imagePullSecrets", "name", "volumeMounts", "mountPath",
            "topologySpreadConstraints", "topologyKey");

    private Kustomize() {
    }

    /** Renders the kustomization in {@code dir}, like {@code kubectl kustomize dir}. */
    public static List<ObjectNode> build(Path dir) {
        return build(dir.toAbsolutePath().normalize(), new LinkedHashSet<>());
    }

    private static List<ObjectNode> build(Path dir, Set<Path> visiting) {
        if (!visiting.add(dir)) {
            throw new ManifestException("kustomization cycle through " + dir);
        }
        Path file = kustomizationFile(dir);
        List<JsonNode> docs = Yaml.readAll(file);
        if (docs.size() != 1 || !docs.get(0).isObject()) {
            throw new ManifestException(file + ": must hold exactly one mapping");
        }
        ObjectNode k = (ObjectNode) docs.get(0);
        for (String field : k.propertyNames()) {
            if (!SUPPORTED_FIELDS.contains(field)) {
                throw new ManifestException(file + ": field '" + field + "' is not supported by the built-in renderer"
                        + " (supported: " + SUPPORTED_FIELDS + "); see deploy/README.md");
            }
        }
        if (k.has("kind") && !"Kustomization".equals(k.get("kind").asString())) {
            throw new ManifestException(file + ": kind must be Kustomization");
        }

        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : list(k, "resources", file)) {
            String ref = entry.asString();
            if (ref.contains("://") || ref.startsWith("github.com/")) {
                throw new ManifestException(file + ": remote resource '" + ref + "' is not supported");
            }
            Path p = dir.resolve(ref).normalize();
            if (Files.isDirectory(p)) {
                resources.addAll(build(p, visiting));
            } else if (Files.isRegularFile(p)) {
                resources.addAll(Yaml.readObjects(p));
            } else {
                throw new ManifestException(file + ": resource '" + ref + "' does not exist");
            }
        }

        for (JsonNode patch : list(k, "patches", file)) {
            applyPatch(resources, patch, dir, file);
        }

        if (k.has("namespace")) {
            String ns = k.get("namespace").asString();
            for (ObjectNode r : resources) {
                if (!CLUSTER_SCOPED.contains(r.path("kind").asString())) {
                    metadata(r).put("namespace", ns);
                }
            }
        }

        for (JsonNode image : list(k, "images", file)) {
            for (String f : image.propertyNames()) {
                if (!Set.of("name", "newName", "newTag", "digest").contains(f)) {
                    throw new ManifestException(file + ": images." + f + " is not supported");
                }
            }
            for (ObjectNode r : resources) {
                setImages(r, image);
            }
        }
        visiting.remove(dir);
        return resources;
    }

    private static Path kustomizationFile(Path dir) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new ManifestException("no kustomization.yaml in " + dir);
    }

    private static Iterable<JsonNode> list(ObjectNode k, String field, Path file) {
        JsonNode n = k.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new ManifestException(file + ": " + field + " must be a list");
        }
        return n;
    }

    // ---------------------------------------------------------------- patches

    private static void applyPatch(List<ObjectNode> resources, JsonNode spec, Path dir, Path file) {
        for (String f : spec.propertyNames()) {
            if (!Set.of("path", "patch", "target").contains(f)) {
                throw new ManifestException(file + ": patches[]." + f + " is not supported");
            }
        }
        String where;
        List<JsonNode> docs;
        if (spec.has("path")) {
            Path p = dir.resolve(spec.get("path").asString()).normalize();
            where = p.toString();
            docs = Yaml.readAll(p);
        } else if (spec.has("patch")) {
            where = file + " (inline patch)";
            docs = Yaml.readAll(spec.get("patch").asString(), where);
        } else {
            throw new ManifestException(file + ": a patch needs 'path' or 'patch'");
        }
        if (docs.size() != 1) {
            throw new ManifestException(where + ": a patch must be exactly one document");
        }
        JsonNode body = docs.get(0);
        JsonNode target = spec.get("target");
        if (body.isArray()) {
            if (target == null) {
                throw new ManifestException(where + ": a JSON 6902 patch needs a target");
            }
            List<ObjectNode> matched = select(resources, target);
            if (matched.isEmpty()) {
                throw new ManifestException(where + ": no resource matches target " + target);
            }
            for (ObjectNode r : matched) {
                JsonPatch.apply(r, (ArrayNode) body, where);
            }
        } else if (body.isObject()) {
            List<ObjectNode> matched;
            if (target != null) {
                matched = select(resources, target);
            } else {
                ObjectNode t = Yaml.JSON.createObjectNode();
                t.put("kind", body.path("kind").asString());
                t.put("name", body.path("metadata").path("name").asString());
                if (body.path("metadata").has("namespace")) {
                    t.put("namespace", body.path("metadata").path("namespace").asString());
                }
                matched = select(resources, t);
            }
            if (matched.isEmpty()) {
                throw new ManifestException(where + ": no resource matches the strategic-merge patch");
            }
            for (ObjectNode r : matched) {
                ObjectNode patch = (ObjectNode) body.deepCopy();
                if (target != null) {
                    // with an explicit target the patch's own identity is not applied
                    patch.remove("apiVersion");
                    patch.remove("kind");
                    JsonNode md = patch.get("metadata");
                    if (md instanceof ObjectNode m) {
                        m.remove("name");
                        m.remove("namespace");
                    }
                }
                mergeObject(r, patch, isBuiltIn(r), where);
            }
        } else {
            throw new ManifestException(where + ": a patch must be a mapping or a list");
        }
    }

    private static List<ObjectNode> select(List<ObjectNode> resources, JsonNode target) {
        for (String f : target.propertyNames()) {
            if (!Set.of("group", "version", "kind", "name", "namespace").contains(f)) {
                throw new ManifestException("patch target field '" + f + "' is not supported");
            }
        }
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode r : resources) {
            String apiVersion = r.path("apiVersion").asString();
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
            if (matches(target, "group", group) && matches(target, "version", version)
                    && matches(target, "kind", r.path("kind").asString())
                    && matches(target, "name", r.path("metadata").path("name").asString())
                    && matches(target, "namespace", r.path("metadata").path("namespace").asString(""))) {
                out.add(r);
            }
        }
        return out;
    }

    /** Kustomize treats target fields as anchored regular expressions; an absent field matches anything. */
    private static boolean matches(JsonNode target, String field, String value) {
        JsonNode t = target.get(field);
        if (t == null || t.isNull() || t.asString().isEmpty()) {
            return true;
        }
        return Pattern.matches(t.asString(), value);
    }

    private static boolean isBuiltIn(ObjectNode r) {
        String apiVersion = r.path("apiVersion").asString();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return BUILT_IN_GROUPS.contains(group);
    }

    static void mergeObject(ObjectNode target, ObjectNode patch, boolean builtIn, String where) {
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.startsWith("$")) {
                throw new ManifestException(where + ": strategic-merge directive '" + key + "' is not supported");
            }
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (current instanceof ObjectNode c && value instanceof ObjectNode v) {
                mergeObject(c, v, builtIn, where);
            } else if (current instanceof ArrayNode c && value instanceof ArrayNode v && builtIn) {
                target.set(key, mergeList(key, c, v, where));
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static ArrayNode mergeList(String key, ArrayNode current, ArrayNode patch, String where) {
        String mergeKey = MERGE_KEYS.get(key);
        if ("ports".equals(key)) {
            mergeKey = allHave(current, "containerPort") && allHave(patch, "containerPort") ? "containerPort"
                    : allHave(current, "port") && allHave(patch, "port") ? "port" : null;
        }
        if (mergeKey == null || !allHave(current, mergeKey) || !allHave(patch, mergeKey)) {
            return patch.deepCopy();
        }
        ArrayNode out = current.deepCopy();
        for (JsonNode p : patch) {
            ObjectNode match = null;
            for (JsonNode c : out) {
                if (c.get(mergeKey).equals(p.get(mergeKey))) {
                    match = (ObjectNode) c;
                    break;
                }
            }
            if (match != null) {
                mergeObject(match, (ObjectNode) p, true, where);
            } else {
                out.add(p.deepCopy());
            }
        }
        return out;
    }

    private static boolean allHave(ArrayNode list, String key) {
        for (JsonNode n : list) {
            if (!n.isObject() || !n.has(key)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- images

    private static void setImages(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if ((e.getKey().equals("containers") || e.getKey().equals("initContainers")) && e.getValue().isArray()) {
                    for (JsonNode c : e.getValue()) {
                        if (c instanceof ObjectNode container && container.has("image")) {
                            String updated = updateImage(container.get("image").asString(), image);
                            if (updated != null) {
                                container.put("image", updated);
                            }
                        }
                    }
                }
                setImages(e.getValue(), image);
            }
        } else if (node.isArray()) {
            Iterator<JsonNode> it = node.iterator();
            while (it.hasNext()) {
                setImages(it.next(), image);
            }
        }
    }

    /** The new reference, or null when {@code ref} is another image. */
    static String updateImage(String ref, JsonNode image) {
        String name = ref;
        String tag = null;
        String digest = null;
        int at = name.indexOf('@');
        if (at >= 0) {
            digest = name.substring(at + 1);
            name = name.substring(0, at);
        }
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            tag = name.substring(colon + 1);
            name = name.substring(0, colon);
        }
        if (!name.equals(image.path("name").asString())) {
            return null;
        }
        if (image.has("newName")) {
            name = image.get("newName").asString();
        }
        if (image.has("digest")) {
            return name + "@" + image.get("digest").asString();
        }
        if (image.has("newTag")) {
            return name + ":" + image.get("newTag").asString();
        }
        return name + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
    }

    private static ObjectNode metadata(ObjectNode r) {
        JsonNode m = r.get("metadata");
        if (m instanceof ObjectNode o) {
            return o;
        }
        return r.putObject("metadata");
    }
}
