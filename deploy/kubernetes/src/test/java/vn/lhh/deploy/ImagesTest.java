package vn.lhh.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue #22: no image can be built on these machines (no registry for base images), so the Dockerfiles and the
 * rendered production manifests are read together and must agree: the images run as the numeric non-root user the
 * pods require, expose exactly the container ports, the API's probes and metrics use the management port the API is
 * configured with (never the public Service or the Ingress), the JVM's heap leaves room below the pod's memory limit,
 * and the SPA is built on a supported Node (22 or later).
 */
class ImagesTest {
    private static final Path API_DOCKERFILE = Paths.REPO.resolve("api/src/main/docker/Dockerfile.jvm");
    private static final Path SPA_DOCKERFILE = Paths.REPO.resolve("webapp/Dockerfile");
    private static final Path API_PROPERTIES = Paths.REPO.resolve("api/src/main/resources/application.properties");
    /** What the UBI OpenJDK run script gives the heap when JAVA_MAX_MEM_RATIO is not set (run-java.sh). */
    private static final int RUN_JAVA_DEFAULT_RATIO = 80;
    /** Room the JVM needs beside the heap: metaspace (~100 MiB for this app), code cache, thread stacks, direct buffers. */
    private static final long NON_HEAP_MIB = 192;
    /** The heap the test suite starts the packaged app with (SecondInstance: -Xmx384m): less is untested. */
    private static final long MIN_HEAP_MIB = 384;

    private static final List<ObjectNode> OBJECTS = Kustomize.build(Paths.PRODUCTION);

    /** Each image and the Deployment and container that runs it. */
    private static final Map<Path, String[]> IMAGES = Map.of(
            API_DOCKERFILE, new String[] {"lhh-api", "api"},
            SPA_DOCKERFILE, new String[] {"lhh-webapp", "nginx"});

    @Test
    void theImagesRunAsTheNumericNonRootUserThePodsRequire() {
        IMAGES.forEach((file, workload) -> {
            Dockerfile d = Dockerfile.read(file);
            String user = d.last("USER");
            assertNotNull(user, file + ": the final stage sets no USER (it would run as root)");
            String uid = user.split(":")[0];
            // runAsNonRoot can only be checked by the kubelet for a numeric user
            assertTrue(uid.matches("[0-9]+"), file + ": USER " + user + " is not numeric");
            assertFalse(Long.parseLong(uid) == 0, file + ": USER is root");
            JsonNode pod = podSpec(workload[0]);
            JsonNode c = container(workload[0], workload[1]);
            boolean nonRoot = c.path("securityContext").path("runAsNonRoot")
                    .asBoolean(pod.path("securityContext").path("runAsNonRoot").asBoolean(false));
            assertTrue(nonRoot, workload[0] + ": runAsNonRoot is not set");
            JsonNode runAs = c.path("securityContext").has("runAsUser") ? c.path("securityContext").path("runAsUser")
                    : pod.path("securityContext").path("runAsUser");
            if (!runAs.isMissingNode()) {
                assertEquals(uid, runAs.asString(), workload[0] + ": runAsUser differs from the image's USER");
            }
            assertTrue(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false),
                    workload[0] + ": the root filesystem should be read-only");
        });
    }

    @Test
    void theExposedPortsAreTheContainerPorts() {
        IMAGES.forEach((file, workload) -> {
            Set<Integer> exposed = new TreeSet<>();
            for (String e : Dockerfile.read(file).all("EXPOSE")) {
                for (String p : e.trim().split("\\s+")) {
                    exposed.add(Integer.parseInt(p.replaceAll("/.*", "")));
                }
            }
            Set<Integer> declared = new TreeSet<>();
            for (JsonNode p : container(workload[0], workload[1]).path("ports")) {
                declared.add(p.path("containerPort").asInt());
            }
            assertEquals(exposed, declared, file + " EXPOSE vs the container ports of " + workload[0]);
        });
    }

    @Test
    void theApisProbesAndMetricsUseTheManagementPortAndNothingPublicDoes() {
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(API_PROPERTIES)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals("true", props.getProperty("%prod.quarkus.management.enabled"),
                "the packaged (prod) app must serve health and metrics on the management interface");
        int management = Integer.parseInt(props.getProperty("quarkus.management.port", "9000"));
        int http = Integer.parseInt(props.getProperty("quarkus.http.port", "8080"));

        JsonNode api = container("lhh-api", "api");
        Map<String, Integer> ports = new HashMap<>();
        for (JsonNode p : api.path("ports")) {
            ports.put(p.path("name").asString(), p.path("containerPort").asInt());
        }
        assertEquals(management, ports.getOrDefault("management", -1), "container port 'management'");
        assertEquals(http, ports.getOrDefault("http", -1), "container port 'http'");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode get = api.path(probe).path("httpGet");
            assertTrue(get.path("path").asString("").startsWith("/q/health/"), probe + " path");
            assertEquals(management, resolve(get.path("port"), ports), probe + " must use the management port");
        }
        // Prometheus: the ServiceMonitor's Service reaches the management port
        ObjectNode monitor = ManifestsTest.find(OBJECTS, "ServiceMonitor", "lhh-api");
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        assertEquals("/q/metrics", endpoint.path("path").asString());
        ObjectNode metricsService = ManifestsTest.find(OBJECTS, "Service", "lhh-api-management");
        for (JsonNode p : metricsService.path("spec").path("ports")) {
            if (p.path("name").asString().equals(endpoint.path("port").asString())) {
                assertEquals(management, resolve(p.path("targetPort"), ports), "the ServiceMonitor's port");
            }
        }
        // the public Service (what the Ingress routes to) carries the API port only
        for (JsonNode p : ManifestsTest.find(OBJECTS, "Service", "lhh-api").path("spec").path("ports")) {
            assertEquals(http, resolve(p.path("targetPort"), ports), "Service lhh-api must not expose the management port");
        }
        // and the Ingress publishes the API and its contract, nothing else of it
        for (JsonNode rule : ManifestsTest.find(OBJECTS, "Ingress", "lhh").path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                JsonNode backend = path.path("backend").path("service");
                if (backend.path("name").asString().startsWith("lhh-api")) {
                    assertEquals("lhh-api", backend.path("name").asString(), "an Ingress backend on " + backend);
                    String p = path.path("path").asString();
                    assertTrue(p.equals("/api") || p.equals("/q/openapi"), "the Ingress publishes " + p + " of the API");
                }
            }
        }
    }

    @Test
    void theJvmHeapLeavesRoomBelowTheMemoryLimit() {
        Dockerfile d = Dockerfile.read(API_DOCKERFILE);
        JsonNode api = container("lhh-api", "api");
        // the container's environment: the image's ENV, then the ConfigMaps of envFrom, then env (later wins)
        Map<String, String> env = new LinkedHashMap<>(d.env());
        for (JsonNode from : api.path("envFrom")) {
            String cm = from.path("configMapRef").path("name").asString("");
            if (!cm.isEmpty()) {
                ManifestsTest.find(OBJECTS, "ConfigMap", cm).path("data").properties()
                        .forEach(e -> env.put(e.getKey(), e.getValue().asString()));
            }
        }
        for (JsonNode e : api.path("env")) {
            if (e.has("value")) {
                env.put(e.path("name").asString(), e.path("value").asString());
            }
        }
        long limit = mebibytes(api.path("resources").path("limits").path("memory").asString(""));
        long request = mebibytes(api.path("resources").path("requests").path("memory").asString(""));
        assertTrue(limit > 0, "the API container has no memory limit");
        assertTrue(request > 0 && request <= limit, "memory request " + request + " MiB vs limit " + limit + " MiB");

        String options = String.join(" ", env.getOrDefault("JAVA_OPTS", ""), env.getOrDefault("JAVA_OPTS_APPEND", ""));
        long heap;
        Matcher xmx = Pattern.compile("-Xmx([0-9]+)([kKmMgG]?)").matcher(options);
        Matcher pct = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(options);
        if (xmx.find()) {
            heap = mebibytes(xmx.group(1) + switch (xmx.group(2).toLowerCase()) {
                case "g" -> "Gi";
                case "m" -> "Mi";
                case "k" -> "Ki";
                default -> "";
            });
        } else {
            // an explicit -XX:MaxRAMPercentage (the last one counts), else the run script's JAVA_MAX_MEM_RATIO
            Double ratio = null;
            while (pct.find()) {
                ratio = Double.parseDouble(pct.group(1));
            }
            if (ratio == null) {
                ratio = env.containsKey("JAVA_MAX_MEM_RATIO") ? Double.parseDouble(env.get("JAVA_MAX_MEM_RATIO"))
                        : RUN_JAVA_DEFAULT_RATIO;
            }
            heap = (long) (limit * ratio / 100);
        }
        assertTrue(heap >= MIN_HEAP_MIB, "heap " + heap + " MiB of a " + limit + " MiB limit: below the tested " + MIN_HEAP_MIB);
        assertTrue(limit - heap >= NON_HEAP_MIB, "heap " + heap + " MiB leaves " + (limit - heap)
                + " MiB of the " + limit + " MiB limit for the rest of the JVM (needs " + NON_HEAP_MIB + "): the pod would be OOM-killed");
    }

    @Test
    void theSpaIsBuiltOnNode22OrLater() {
        Dockerfile d = Dockerfile.read(SPA_DOCKERFILE);
        String build = d.all("FROM").stream().filter(f -> f.matches("(?i).*\\sAS\\s+build\\s*")).findFirst()
                .orElseThrow(() -> new AssertionError(SPA_DOCKERFILE + ": no build stage (FROM ... AS build)"));
        Matcher node = Pattern.compile("^(?:docker\\.io/)?(?:library/)?node:([0-9]+)").matcher(build.trim());
        assertTrue(node.find(), "the build stage is not a node image: " + build);
        assertTrue(Integer.parseInt(node.group(1)) >= 22, "Node " + node.group(1) + " is out of support: " + build);
    }

    // ------------------------------------------------------------------ helpers

    private static JsonNode podSpec(String deployment) {
        return ManifestsTest.find(OBJECTS, "Deployment", deployment).path("spec").path("template").path("spec");
    }

    private static JsonNode container(String deployment, String name) {
        for (JsonNode c : podSpec(deployment).path("containers")) {
            if (name.equals(c.path("name").asString())) {
                return c;
            }
        }
        return fail("no container " + name + " in Deployment/" + deployment);
    }

    private static int resolve(JsonNode port, Map<String, Integer> named) {
        return port.isNumber() ? port.asInt() : named.getOrDefault(port.asString(), -1);
    }

    /** A Kubernetes memory quantity in MiB (binary and decimal suffixes). */
    static long mebibytes(String quantity) {
        Matcher m = Pattern.compile("([0-9]+)(Ki|Mi|Gi|Ti|k|M|G|T)?").matcher(quantity.trim());
        if (!m.matches()) {
            return -1;
        }
        double bytes = Double.parseDouble(m.group(1)) * switch (m.group(2) == null ? "" : m.group(2)) {
            case "Ki" -> 1024d;
            case "Mi" -> 1024d * 1024;
            case "Gi" -> 1024d * 1024 * 1024;
            case "Ti" -> 1024d * 1024 * 1024 * 1024;
            case "k" -> 1e3;
            case "M" -> 1e6;
            case "G" -> 1e9;
            case "T" -> 1e12;
            default -> 1d;
        };
        return (long) (bytes / (1024 * 1024));
    }

    /** The instructions of a Dockerfile's final stage (FROM: of every stage), continuation lines joined. */
    record Dockerfile(Path file, List<String[]> instructions, List<String> froms) {

        static Dockerfile read(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String[]> all = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : lines) {
                String t = line.strip();
                if (current.isEmpty() && (t.isEmpty() || t.startsWith("#"))) {
                    continue;
                }
                if (t.startsWith("#")) {
                    continue;
                }
                if (t.endsWith("\\")) {
                    current.append(t, 0, t.length() - 1).append(' ');
                    continue;
                }
                current.append(t);
                String joined = current.toString().strip();
                current.setLength(0);
                int space = joined.indexOf(' ');
                all.add(new String[] {joined.substring(0, space).toUpperCase(), joined.substring(space + 1).strip()});
            }
            List<String> froms = new ArrayList<>();
            int lastFrom = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i)[0].equals("FROM")) {
                    froms.add(all.get(i)[1]);
                    lastFrom = i;
                }
            }
            return new Dockerfile(file, all.subList(lastFrom, all.size()), froms);
        }

        List<String> all(String instruction) {
            if (instruction.equals("FROM")) {
                return froms;
            }
            return instructions.stream().filter(i -> i[0].equals(instruction)).map(i -> i[1]).toList();
        }

        String last(String instruction) {
            List<String> found = all(instruction);
            return found.isEmpty() ? null : found.get(found.size() - 1);
        }

        /** The final stage's ENV, both forms: {@code ENV K=V K2="v w"} and {@code ENV K value}. */
        Map<String, String> env() {
            Map<String, String> env = new LinkedHashMap<>();
            Pattern pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S*))");
            for (String e : all("ENV")) {
                if (!e.matches("^[A-Za-z_][A-Za-z0-9_]*=.*")) {
                    String[] kv = e.split("\\s+", 2);
                    env.put(kv[0], kv.length > 1 ? kv[1] : "");
                    continue;
                }
                Matcher m = pair.matcher(e);
                while (m.find()) {
                    String v = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
                    env.put(m.group(1), v);
                }
            }
            return env;
        }
    }
}
