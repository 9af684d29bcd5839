package vn.lhh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.lhh.partner.WebhookEvent;
import vn.lhh.partner.rest.WebhooksContractFilter;
import vn.lhh.partner.service.WebhookSignature;

/**
 * What integrators are promised by the committed contract (issue #22), read from openapi/openapi.yaml without
 * starting the application (OpenApiContractTest proves that file is what the API serves): every operation's
 * request body and success response has an example, every example matches its schema (OpenAPI 3.1 schemas are
 * JSON Schema 2020-12, formats asserted), the webhooks sent to partners are described with a verifiable
 * signature, and info.version is the project's version. Binary bodies (PDF, XLSX, DOCX, images) are the only
 * ones without an example: the bytes are the file.
 */
class OpenApiExamplesTest {
    private static final Path FILE = Path.of(System.getProperty("lhh.openapi.file", "../openapi/openapi.yaml"));
    private static final JsonNode SPEC = YAMLMapper.builder().build().readTree(FILE.toFile());
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    /** One body that needs an example: where it is, its media type and its media object. */
    private record Body(String where, String mediaType, JsonNode media) {
    }

    private static List<Body> bodies(JsonNode operations, String prefix) {
        List<Body> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : operations.properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!op.getValue().has("responses")) {
                    continue; // path-level parameters and the like
                }
                String where = prefix + op.getKey().toUpperCase() + " " + path.getKey();
                op.getValue().path("requestBody").path("content").properties()
                        .forEach(m -> out.add(new Body(where + " request", m.getKey(), m.getValue())));
                for (Map.Entry<String, JsonNode> r : op.getValue().get("responses").properties()) {
                    if (r.getKey().startsWith("2") && !r.getValue().has("$ref")) {
                        r.getValue().path("content").properties()
                                .forEach(m -> out.add(new Body(where + " " + r.getKey(), m.getKey(), m.getValue())));
                    }
                }
            }
        }
        return out;
    }

    private static List<Body> allBodies() {
        List<Body> all = bodies(SPEC.get("paths"), "");
        all.addAll(bodies(SPEC.path("webhooks"), "webhook "));
        return all;
    }

    private static boolean binary(Body b) {
        return "binary".equals(b.media().path("schema").path("format").asString(""));
    }

    @Test
    void everyRequestBodyAndSuccessResponseHasAnExample() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Body b : allBodies()) {
            if (binary(b)) {
                continue;
            }
            checked++;
            if (!b.media().has("example") && b.media().path("examples").isEmpty()) {
                missing.add(b.where() + " " + b.mediaType());
            }
        }
        assertTrue(checked > 250, "the contract lists only " + checked + " bodies: is it the whole contract?");
        assertTrue(missing.isEmpty(), "no example for:\n" + String.join("\n", missing));
    }

    @Test
    void everyJsonExampleMatchesItsSchema() {
        List<String> problems = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (Body b : allBodies()) {
            if (!b.mediaType().contains("json") || !b.media().has("schema")) {
                continue;
            }
            ObjectNode root = ((ObjectNode) b.media().get("schema")).deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", SPEC.get("components"));
            List<JsonNode> examples = new ArrayList<>();
            if (b.media().has("example")) {
                examples.add(b.media().get("example"));
            }
            b.media().path("examples").forEach(e -> examples.add(e.path("value")));
            for (JsonNode example : examples) {
                REGISTRY.getSchema(root).validate(json.writeValueAsString(example), InputFormat.JSON).stream().limit(3)
                        .forEach(e -> problems.add(b.where() + ": " + e.getInstanceLocation() + " " + e.getMessage()));
            }
        }
        assertTrue(problems.isEmpty(), "examples that do not match their schema:\n" + String.join("\n", problems));
    }

    @Test
    void theWebhooksSentToPartnersAreDescribedWithAVerifiableSignature() {
        assertTrue(SPEC.get("openapi").asString().startsWith("3.1"), "webhooks need OpenAPI 3.1");
        JsonNode webhooks = SPEC.path("webhooks");
        JsonMapper json = JsonMapper.builder().build();
        for (WebhookEvent event : WebhookEvent.values()) {
            JsonNode op = webhooks.path(event.name()).path("post");
            assertFalse(op.isMissingNode(), "webhook " + event + " is not described");
            Map<String, String> headers = new java.util.HashMap<>();
            op.path("parameters").forEach(p -> {
                assertEquals("header", p.get("in").asString());
                headers.put(p.get("name").asString(), p.get("example").asString());
            });
            JsonNode body = op.path("requestBody").path("content").path("application/json").path("example");
            assertEquals(event.name(), "issue_" + body.path("change").asString(), "the example's change is its event's");
            // an integrator's verifier, fed the contract's example, accepts it: the documented scheme is the one used
            assertTrue(WebhookSignature.verify(WebhooksContractFilter.EXAMPLE_SECRET, headers.get("webhook-id"),
                    headers.get("webhook-timestamp"), json.writeValueAsString(body), headers.get("webhook-signature"),
                    Instant.ofEpochSecond(Long.parseLong(headers.get("webhook-timestamp"))), Duration.ofMinutes(5)),
                    "the example signature of " + event + " does not verify");
            assertTrue(op.path("responses").has("2XX"));
        }
    }

    @Test
    void infoVersionIsTheProjectVersion() {
        String project = System.getProperty("lhh.project.version");
        assertTrue(project != null && !project.isBlank(), "surefire passes lhh.project.version");
        assertEquals(project, SPEC.path("info").path("version").asString(),
                "info.version follows the Maven project version: regenerate the contract after a version change");
    }
}
