package vn.lhh.common.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The committed contract, read as the generator needs it: operations, parameters, request bodies, security. */
final class OpenApiSpec {
    static final Path FILE = Path.of(System.getProperty("lhh.openapi.file", "../openapi/openapi.yaml"));
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String method, String path, String operationId, List<Param> params, Map<String, JsonNode> bodies,
                     boolean bodyRequired, JsonNode responses, List<String> roles, boolean secured) {
        Param param(String in, String name) {
            return params.stream().filter(p -> p.in().equals(in) && p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        }

        JsonNode jsonBody() {
            return bodies.get("application/json");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    final JsonNode root;
    final List<Operation> operations = new ArrayList<>();

    OpenApiSpec() {
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode o = op.getValue();
                List<Param> params = new ArrayList<>();
                for (JsonNode p : o.path("parameters")) {
                    p = deref(p);
                    params.add(new Param(p.get("name").asText(), p.get("in").asText(), p.path("required").asBoolean(false),
                            schema(p.path("schema"))));
                }
                Map<String, JsonNode> bodies = new LinkedHashMap<>();
                JsonNode rb = deref(o.path("requestBody"));
                for (Iterator<Map.Entry<String, JsonNode>> c = rb.path("content").fields(); c.hasNext(); ) {
                    var e = c.next();
                    bodies.put(e.getKey(), schema(e.getValue().path("schema")));
                }
                List<String> roles = new ArrayList<>();
                boolean secured = o.has("security");
                for (JsonNode req : o.path("security")) {
                    req.path("keycloak").forEach(r -> roles.add(r.asText()));
                }
                operations.add(new Operation(op.getKey(), path.getKey(), o.path("operationId").asText(), params, bodies,
                        rb.path("required").asBoolean(false), o.path("responses"), roles, secured));
            }
        }
    }

    /** Follows a $ref; the referring node's own keywords (maxLength, description...) win over the target's. */
    JsonNode deref(JsonNode n) {
        int guard = 0;
        while (n != null && n.has("$ref") && guard++ < 20) {
            String ref = n.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            ObjectNode merged = target.deepCopy();
            n.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            n = merged;
        }
        return n;
    }

    JsonNode schema(JsonNode n) {
        return n == null || n.isMissingNode() ? n : deref(n);
    }

    /** The schema's type, ignoring "null" in a type list. */
    static String type(JsonNode s) {
        JsonNode t = s.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!x.asText().equals("null")) {
                    return x.asText();
                }
            }
            return "null";
        }
        if (t.isTextual()) {
            return t.asText();
        }
        if (s.has("properties")) {
            return "object";
        }
        if (s.has("enum")) {
            return "string";
        }
        return "";
    }
}
