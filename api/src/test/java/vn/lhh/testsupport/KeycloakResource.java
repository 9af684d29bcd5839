package vn.lhh.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (the official distribution, unpacked by the build into .cache/) with the
 * project's realm, on free ports, in-memory database so every run imports the realm afresh.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {
    /** Four minutes; a machine shared by several builds may need more (-Dlhh.test.keycloak-ready-seconds=600). */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("lhh.test.keycloak-ready-seconds", 240));
    private Process process;

    @Override
    public Map<String, String> start() {
        Path home = Path.of(System.getProperty("lhh.keycloak.home", "../.cache/keycloak/keycloak-26.7.3"));
        Path realm = Path.of(System.getProperty("lhh.realm.file", "../deploy/keycloak/realm-lhh.json"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home.toAbsolutePath()
                    + ": run the build through Maven (generate-test-resources unpacks it)");
        }
        int httpPort = freePort();
        int managementPort = freePort();
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve("realm-lhh.json"), StandardCopyOption.REPLACE_EXISTING);
            Path log = Path.of("target/keycloak.log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                    "--health-enabled=true", "--import-realm", "--db=dev-mem",
                    // the browser tests log the same demo user in from two browsers at once (see deploy/local/run.sh)
                    "--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            process = pb.start();
            waitUntilReady(managementPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = "http://localhost:" + httpPort;
        System.setProperty("lhh.test.keycloak-url", base);
        return Map.of("quarkus.oidc.auth-server-url", base + "/realms/lhh");
    }

    private void waitUntilReady(int managementPort, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited early; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + managementPort + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    @Override
    public void stop() {
        if (process == null) {
            return;
        }
        // kc.sh stays the parent of the Java process: stop the whole tree.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
