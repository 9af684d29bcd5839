package vn.lhh.testsupport.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.lhh.testsupport.AccessMatrix;
import vn.lhh.testsupport.access.AccessCatalogue.Declaration;

/**
 * Every operation of {@code openapi/openapi.yaml} × every actor of {@link Actors#ALL}, with real Keycloak
 * tokens: one dynamic test per cell. Fails when an operation has no declaration (a new endpoint cannot ship
 * unchecked) or a declaration names no operation of the spec. Declarations: see {@link AccessCatalogue}.
 * Run only some features' cells with {@code -Dlhh.access.features=<feature name>,...} (names given to
 * {@link AccessCatalogue#feature}).
 */
@QuarkusTest
class OperationAccessMatrixTest {
    private static final Path SPEC = Path.of(System.getProperty("lhh.openapi.file", "../openapi/openapi.yaml"));
    private static final Pattern PATH = Pattern.compile("^  (/\\S+):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");
    private static final Pattern OPERATION_ID = Pattern.compile("^      operationId:\\s*\"?([^\"\\s]+)\"?\\s*$");

    /** operationId → "METHOD /path", in the order of the spec. */
    static Map<String, String> operationsOfTheSpec() throws IOException {
        Map<String, String> ops = new LinkedHashMap<>();
        boolean inPaths = false;
        String path = null;
        String method = null;
        for (String line : Files.readAllLines(SPEC, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue; // blank lines inside block scalars
            }
            if (!line.startsWith(" ")) {
                inPaths = line.startsWith("paths:");
                continue;
            }
            if (!inPaths) {
                continue;
            }
            Matcher m;
            if ((m = PATH.matcher(line)).matches()) {
                path = m.group(1);
                method = null;
            } else if ((m = METHOD.matcher(line)).matches()) {
                method = m.group(1).toUpperCase();
            } else if ((m = OPERATION_ID.matcher(line)).matches() && method != null) {
                ops.put(m.group(1), method + " " + path);
            }
        }
        return ops;
    }

    @TestFactory
    Stream<DynamicNode> everyOperationForEveryActor() throws IOException {
        Map<String, String> spec = operationsOfTheSpec();
        AccessCatalogue catalogue = AccessCatalogue.discover();
        Set<String> declared = catalogue.declarations().stream().map(Declaration::operationId).collect(Collectors.toCollection(TreeSet::new));
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("every operation of the spec has a declaration", () -> {
            assertTrue(spec.size() > 0, "no operation read from " + SPEC.toAbsolutePath());
            List<String> missing = spec.entrySet().stream().filter(e -> !declared.contains(e.getKey()))
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
            if (!missing.isEmpty()) {
                fail(missing.size() + " operation(s) of openapi.yaml have no authorization declaration (see AccessCatalogue's how-to):\n  "
                        + String.join("\n  ", missing));
            }
        }));
        nodes.add(DynamicTest.dynamicTest("every declaration names an operation of the spec", () -> {
            List<String> unknown = declared.stream().filter(id -> !spec.containsKey(id)).toList();
            assertEquals(List.of(), unknown, "declared operationIds not in openapi.yaml");
        }));
        Set<String> only = only();
        for (Declaration d : catalogue.declarations()) {
            if (!only.isEmpty() && !only.contains(d.feature())) {
                continue;
            }
            String where = spec.getOrDefault(d.operationId(), "not in the spec");
            nodes.add(DynamicContainer.dynamicContainer(d.name() + " — " + where, Actors.ALL.stream().map(actor ->
                    DynamicTest.dynamicTest(d.name() + " as " + actor, () -> cell(d, actor)))));
        }
        for (AccessCatalogue.Feature<?> f : catalogue.features()) {
            if (!only.isEmpty() && !only.contains(f.name())) {
                continue;
            }
            nodes.add(DynamicTest.dynamicTest("clean up " + f.name(), f::cleanUp));
        }
        return nodes.stream();
    }

    /** -Dlhh.access.features=news,calendars runs only those features' cells (the completeness checks always run). */
    private static Set<String> only() {
        String p = System.getProperty("lhh.access.features", "").trim();
        return p.isEmpty() ? Set.of() : Set.of(p.split("\\s*,\\s*"));
    }

    private static void cell(Declaration d, String actor) {
        Outcome expected = d.expect().of(actor);
        Object scene = d.scene().get();
        Response r = d.call().call(AccessMatrix.as(actor), scene);
        int status = r.statusCode();
        String body = r.asString();
        String label = d.name() + " as " + actor + ": expected " + expected + ", got " + status + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        if (!expected.accepts(status)) {
            System.out.println("[access matrix] FAILED " + label); // visible while the long run goes on
        }
        assertTrue(expected.accepts(status), label);
        if (status >= 400) {
            String type = r.contentType() == null ? "" : r.contentType().split(";")[0].trim();
            assertEquals("application/problem+json", type, d.name() + " as " + actor + ": a " + status + " must be problem+json");
        }
    }
}
