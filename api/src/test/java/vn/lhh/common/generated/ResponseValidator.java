package vn.lhh.common.generated;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates response bodies against the committed openapi/openapi.yaml. OpenAPI 3.1 schemas are JSON Schema
 * 2020-12, so each response schema is compiled as a 2020-12 schema whose document also holds the spec's
 * components (the $refs point there). Formats (date, date-time, uuid, email, uri) are asserted.
 */
final class ResponseValidator {
    private final JsonNode spec;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(com.networknt.schema.SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    ResponseValidator() {
        spec = YAMLMapper.builder().build().readTree(OpenApiSpec.FILE.toFile());
    }

    /**
     * The problems of a response (empty when it matches). A status the operation does not document, or a JSON
     * body where the spec has another media type, is itself a problem.
     */
    List<String> validate(String method, String path, int status, String contentType, String body) {
        JsonNode responses = spec.path("paths").path(path).path(method).path("responses");
        JsonNode response = responses.path(String.valueOf(status));
        if (response.isMissingNode()) {
            response = responses.path("default");
        }
        if (response.isMissingNode()) {
            return List.of("status " + status + " is not documented");
        }
        response = deref(response);
        String media = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode content = response.path("content");
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        if (!media.endsWith("json")) {
            return content.isMissingNode() || content.has(media) || content.has("*/*")
                    ? List.of() : List.of("media type " + media + " is not documented for " + status);
        }
        JsonNode mediaNode = content.path(media);
        if (mediaNode.isMissingNode()) {
            return List.of("media type " + media + " is not documented for " + status + " (documented: "
                    + content.propertyNames() + ")");
        }
        JsonNode schemaNode = mediaNode.path("schema");
        if (schemaNode.isMissingNode()) {
            return List.of();
        }
        String key = method + " " + path + " " + status + " " + media;
        Schema schema = compiled.computeIfAbsent(key, k -> {
            ObjectNode root = ((ObjectNode) schemaNode).deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", spec.get("components"));
            return registry.getSchema(root);
        });
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        return errors.stream().limit(5).map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private JsonNode deref(JsonNode n) {
        while (n.has("$ref")) {
            n = spec.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }
}
