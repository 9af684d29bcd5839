package vn.lhh.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Strict JSON schemas for every kind the manifests use.
 *
 * <p><b>Kubernetes API kinds</b> come from the {@code schema/validation-schema.json} resources of the fabric8
 * {@code kubernetes-model-*} jars (Maven Central; JSON Schema draft-07 generated from the Kubernetes Go API types).
 * They are made strict and official-shaped here, as the "-strict" variants of the Kubernetes JSON schemas are:
 * every object schema with declared properties gets {@code additionalProperties: false} (maps keep their value
 * schema), {@code IntOrString} becomes integer-or-string, {@code Quantity} string-or-number and {@code MicroTime}
 * string (fabric8 models them as Java objects), and fabric8's Java generator hints are dropped.
 *
 * <p><b>Custom resources</b> come from the CustomResourceDefinition files in {@code schemas/crds/}: each version's
 * {@code openAPIV3Schema} is turned into JSON Schema the way the API server treats a structural schema (unknown
 * fields rejected unless {@code x-kubernetes-preserve-unknown-fields}; {@code x-kubernetes-int-or-string};
 * {@code nullable}); {@code metadata} is checked with the Kubernetes ObjectMeta schema.
 */
public final class Schemas {

    private static final String OBJECT_META = "kubernetes_apimachinery_ObjectMeta";
    private static final Set<String> JSON_SCHEMA_FORMATS = Set.of("date-time", "date", "time", "email", "hostname",
            "ipv4", "ipv6", "uri", "uri-reference", "uuid", "regex");

    private final ObjectNode definitions = Yaml.JSON.createObjectNode();
    /** "apps/v1 Deployment" → definition name. */
    private final Map<String, String> builtIn = new TreeMap<>();
    /** "postgresql.cnpg.io/v1 Cluster" → converted JSON schema of the whole object. */
    private final Map<String, ObjectNode> custom = new TreeMap<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private Schemas() {
    }

    /** Kubernetes schemas from the classpath plus the CRDs in {@code crdDir}. */
    public static Schemas load(Path crdDir) {
        Schemas s = new Schemas();
        s.loadKubernetes();
        s.loadCrds(crdDir);
        return s;
    }

    public Set<String> kinds() {
        Set<String> all = new java.util.TreeSet<>(builtIn.keySet());
        all.addAll(custom.keySet());
        return Collections.unmodifiableSet(all);
    }

    /** The schema for an object, or null when none is known for its apiVersion and kind. */
    public Schema schemaFor(String apiVersion, String kind) {
        String key = apiVersion + " " + kind;
        if (!builtIn.containsKey(key) && !custom.containsKey(key)) {
            return null;
        }
        return compiled.computeIfAbsent(key, k -> {
            ObjectNode root = Yaml.JSON.createObjectNode();
            root.put("$schema", "http://json-schema.org/draft-07/schema#");
            root.set("definitions", definitions);
            ObjectNode ref = Yaml.JSON.createObjectNode();
            if (builtIn.containsKey(k)) {
                ref.put("$ref", "#/definitions/" + builtIn.get(k));
            } else {
                ref = custom.get(k);
            }
            root.putArray("allOf").add(ref);
            root.putArray("required").add("apiVersion").add("kind").add("metadata");
            return registry.getSchema(root);
        });
    }

    // ------------------------------------------------------------------ Kubernetes (fabric8 model jars)

    private void loadKubernetes() {
        List<URL> urls;
        try {
            urls = Collections.list(Schemas.class.getClassLoader().getResources("schema/validation-schema.json"));
        } catch (IOException e) {
            throw new ManifestException("cannot list schema resources: " + e.getMessage(), e);
        }
        if (urls.isEmpty()) {
            throw new ManifestException("no schema/validation-schema.json on the classpath (fabric8 model jars)");
        }
        for (URL url : urls) {
            JsonNode schema;
            try (InputStream in = url.openStream()) {
                schema = Yaml.JSON.readTree(in);
            } catch (IOException e) {
                throw new ManifestException("cannot read " + url + ": " + e.getMessage(), e);
            }
            for (Map.Entry<String, JsonNode> e : schema.path("definitions").properties()) {
                if (!definitions.has(e.getKey())) {
                    definitions.set(e.getKey(), e.getValue().deepCopy());
                }
            }
        }
        List<String> names = new ArrayList<>(definitions.propertyNames());
        for (String name : names) {
            ObjectNode def = (ObjectNode) definitions.get(name);
            JsonNode props = def.path("properties");
            String apiVersion = props.path("apiVersion").path("default").asString("");
            String kind = props.path("kind").path("default").asString("");
            // fabric8 models these as Java classes; in YAML they are scalars (the names differ between jars)
            String javaType = def.path("javaType").asString(def.path("existingJavaType").asString(""));
            if (javaType.endsWith("IntOrString")) {
                definitions.set(name, typeUnion("integer", "string"));
            } else if (javaType.equals("Quantity") || javaType.endsWith(".Quantity")) {
                definitions.set(name, typeUnion("string", "number"));
            } else if (javaType.endsWith(".MicroTime")) {
                definitions.set(name, typeUnion("string"));
            } else {
                strictify(def);
                if (!apiVersion.isEmpty() && !kind.isEmpty() && def.path("properties").has("metadata")) {
                    builtIn.put(apiVersion + " " + kind, name);
                }
            }
        }
    }

    private static ObjectNode typeUnion(String... types) {
        ObjectNode n = Yaml.JSON.createObjectNode();
        ArrayNode t = n.putArray("type");
        for (String type : types) {
            t.add(type);
        }
        return n;
    }

    /** additionalProperties false on every object schema with properties; fabric8's Java hints removed. */
    private static void strictify(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("javaType", "existingJavaType", "javaOmitEmpty", "javaInterfaces", "javaExtends"));
            if (o.has("required") && o.get("required").isBoolean()) {
                o.remove("required");
            }
            if (o.has("properties") && o.get("properties").isObject()) {
                JsonNode ap = o.get("additionalProperties");
                if (ap == null || ap.isBoolean()) {
                    o.put("additionalProperties", false);
                }
                for (Map.Entry<String, JsonNode> p : o.get("properties").properties()) {
                    strictify(p.getValue());
                }
            }
            for (String k : List.of("items", "additionalProperties")) {
                if (o.has(k) && o.get(k).isObject()) {
                    strictify(o.get(k));
                }
            }
        }
    }

    // ------------------------------------------------------------------ custom resources (CRD files)

    private void loadCrds(Path crdDir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(crdDir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new ManifestException("cannot list " + crdDir + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            for (ObjectNode crd : Yaml.readObjects(file)) {
                if (!"CustomResourceDefinition".equals(crd.path("kind").asString())) {
                    throw new ManifestException(file + ": only CustomResourceDefinition documents belong here");
                }
                String group = crd.path("spec").path("group").asString();
                String kind = crd.path("spec").path("names").path("kind").asString();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    JsonNode schema = version.path("schema").path("openAPIV3Schema");
                    if (!schema.isObject()) {
                        throw new ManifestException(file + ": version " + version.path("name").asString()
                                + " has no openAPIV3Schema");
                    }
                    ObjectNode converted = convertOpenApi((ObjectNode) schema.deepCopy());
                    ObjectNode props = (ObjectNode) converted.get("properties");
                    ObjectNode meta = Yaml.JSON.createObjectNode();
                    meta.put("$ref", "#/definitions/" + OBJECT_META);
                    props.set("metadata", meta);
                    String apiVersion = group + "/" + version.path("name").asString();
                    props.set("apiVersion", Yaml.JSON.createObjectNode().set("enum",
                            Yaml.JSON.createArrayNode().add(apiVersion)));
                    props.set("kind", Yaml.JSON.createObjectNode().set("enum", Yaml.JSON.createArrayNode().add(kind)));
                    custom.put(apiVersion + " " + kind, converted);
                }
            }
        }
    }

    /** A structural OpenAPI v3 schema (as in a CRD) as strict JSON Schema. */
    static ObjectNode convertOpenApi(ObjectNode s) {
        boolean preserve = s.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        boolean intOrString = s.path("x-kubernetes-int-or-string").asBoolean(false);
        boolean nullable = s.path("nullable").asBoolean(false);
        List<String> drop = new ArrayList<>();
        for (String k : s.propertyNames()) {
            if (k.startsWith("x-kubernetes-") || k.equals("nullable") || k.equals("example")
                    || k.equals("externalDocs")) {
                drop.add(k);
            }
        }
        s.remove(drop);
        if (s.has("format") && !JSON_SCHEMA_FORMATS.contains(s.get("format").asString())) {
            s.remove("format");
        }
        if (intOrString) {
            s.remove("type");
            s.set("type", Yaml.JSON.createArrayNode().add("integer").add("string"));
        }
        if (s.has("properties")) {
            for (Map.Entry<String, JsonNode> p : s.get("properties").properties()) {
                convertOpenApi((ObjectNode) p.getValue());
            }
            if (!s.has("additionalProperties") && !preserve) {
                s.put("additionalProperties", false);
            }
        }
        if (s.has("items") && s.get("items").isObject()) {
            convertOpenApi((ObjectNode) s.get("items"));
        }
        if (s.has("additionalProperties") && s.get("additionalProperties").isObject()) {
            convertOpenApi((ObjectNode) s.get("additionalProperties"));
        }
        for (String k : List.of("allOf", "anyOf", "oneOf")) {
            if (s.has(k)) {
                for (JsonNode sub : s.get(k)) {
                    convertOpenApi((ObjectNode) sub);
                }
            }
        }
        if (nullable && s.has("type") && s.get("type").isString()) {
            String t = s.get("type").asString();
            s.set("type", Yaml.JSON.createArrayNode().add(t).add("null"));
        }
        return s;
    }

    /** For tests and the README: how many kinds each source contributed. */
    public Map<String, Integer> summary() {
        Map<String, Integer> m = new HashMap<>();
        m.put("kubernetes", builtIn.size());
        m.put("custom", custom.size());
        return m;
    }
}
