package vn.lhh.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The built-in renderer gives what {@code kubectl kustomize} gives for this repository's kustomizations. Runs
 * only where kubectl is on the PATH (it is not a build requirement); skipped elsewhere.
 */
class KustomizeParityTest {

    @Test
    void productionOverlayRendersLikeKubectl() throws Exception {
        assertSameAsKubectl(Paths.PRODUCTION);
    }

    @Test
    void baseRendersLikeKubectl() throws Exception {
        assertSameAsKubectl(Paths.BASE);
    }

    private static void assertSameAsKubectl(Path dir) throws Exception {
        String kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not on the PATH");
        Process p = new ProcessBuilder(kubectl, "kustomize", dir.toString()).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assertEquals(0, p.exitValue(), "kubectl kustomize failed: " + err);
        List<ObjectNode> theirs = new ArrayList<>();
        for (JsonNode d : Yaml.readAll(new String(out, StandardCharsets.UTF_8), "kubectl kustomize " + dir)) {
            theirs.add((ObjectNode) d);
        }
        assertEquals(byId(theirs), byId(Kustomize.build(dir)));
    }

    private static Map<String, String> byId(List<ObjectNode> objects) {
        Map<String, String> m = new TreeMap<>();
        for (ObjectNode o : objects) {
            m.put(o.path("kind").asString() + "/" + o.path("metadata").path("namespace").asString("") + "/"
                    + o.path("metadata").path("name").asString(), Yaml.write(List.of(sorted(o))));
        }
        return m;
    }

    /** Key order does not matter to Kubernetes; compare with keys sorted (list order does matter). */
    private static JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            ObjectNode s = Yaml.JSON.createObjectNode();
            new TreeMap<>(Map.ofEntries(n.properties().toArray(Map.Entry[]::new)))
                    .forEach((k, v) -> s.set((String) k, sorted((JsonNode) v)));
            return s;
        }
        if (n.isArray()) {
            var a = Yaml.JSON.createArrayNode();
            n.forEach(e -> a.add(sorted(e)));
            return a;
        }
        return n;
    }

    private static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path f = Path.of(dir, command);
            if (Files.isExecutable(f)) {
                return f.toString();
            }
        }
        return null;
    }
}
