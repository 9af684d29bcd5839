package vn.lhh.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed contract (openapi/openapi.yaml) is what integrators build on: it must be
 * exactly what the running API serves. After an intended API change, regenerate it with
 * {@code ./mvnw -pl api test -Dtest=OpenApiContractTest -Dlhh.openapi.update=true}.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path COMMITTED = Path.of(System.getProperty("lhh.openapi.file", "../openapi/openapi.yaml"));

    private static String served() {
        return given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void committedContractMatchesTheServedOne() throws IOException {
        String served = served();
        if (Boolean.getBoolean("lhh.openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi/openapi.yaml is missing: run with -Dlhh.openapi.update=true");
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "openapi/openapi.yaml differs from the served spec: if the change is intended, regenerate it (see this test's Javadoc)");
    }

    @Test
    void everyOperationIsFullyDescribed() throws IOException {
        JsonNode spec = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            assertTrue(path.getKey().startsWith("/api/v1/"), "path outside /api/v1: " + path.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode o = op.getValue();
                if (!o.hasNonNull("operationId") || !operationIds.add(o.get("operationId").asText())) {
                    problems.add(where + ": missing or duplicate operationId");
                }
                if (!o.hasNonNull("summary")) {
                    problems.add(where + ": no summary");
                }
                if (!o.has("tags") || o.get("tags").isEmpty()) {
                    problems.add(where + ": no tag");
                }
                JsonNode responses = o.get("responses");
                if (responses == null || !responses.has("500")) {
                    problems.add(where + ": error responses not documented");
                }
                boolean secured = o.has("security") && !o.get("security").isEmpty();
                if (secured && !(responses.has("401") && responses.has("403"))) {
                    problems.add(where + ": secured but 401/403 not documented");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertFalse(operationIds.isEmpty());
    }
}
