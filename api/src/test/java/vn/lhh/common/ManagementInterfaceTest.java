package vn.lhh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lhh.testsupport.SecondInstance;

/**
 * Issue #22: in production, health and metrics are served by Quarkus' management interface on a
 * port of its own, never on the public port (not even through an encoded dot-segment such as
 * {@code /api/%2E%2E/q/metrics}), while the contract stays public for integrators. The packaged app
 * (built in the prod profile, where the build-time switch is on) runs as a second instance.
 */
@QuarkusTest
class ManagementInterfaceTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static SecondInstance prod;

    @BeforeAll
    static void start() {
        prod = SecondInstance.startOn("management", SecondInstance.testDatabase(), Map.of());
    }

    @AfterAll
    static void stop() {
        if (prod != null) {
            prod.close();
        }
    }

    @Test
    void thePublicPortServesNeitherHealthNorMetrics() throws Exception {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics",
                "/api/%2E%2E/q/metrics", "/api/%2e%2e/q/health/ready", "/api/v1/%2E%2E/%2E%2E/q/metrics", "/q/../q/metrics"}) {
            HttpResponse<String> r = get(prod.baseUrl + path);
            assertNotEquals(200, r.statusCode(), path + " → " + r.body());
            assertFalse(r.body().contains("jvm_memory") || r.body().contains("\"checks\""), path + " → " + r.body());
        }
        // a raw request line, as an attacker would send it (a client library may normalise the path first)
        for (String target : new String[] {"/api/../q/metrics", "/api/%2E%2E/q/metrics", "/%2E%2E/q/health/ready"}) {
            String answer = raw(prod.port, target);
            assertFalse(answer.startsWith("HTTP/1.1 200"), target + " → " + answer);
            assertFalse(answer.contains("jvm_memory") || answer.contains("\"checks\""), target + " → " + answer);
        }
    }

    @Test
    void theManagementPortServesHealthAndMetrics() throws Exception {
        HttpResponse<String> ready = get(prod.managementUrl + "/q/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"status\": \"UP\"") || ready.body().contains("\"status\":\"UP\""), ready.body());
        assertEquals(200, get(prod.managementUrl + "/q/health/live").statusCode());
        HttpResponse<String> metrics = get(prod.managementUrl + "/q/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), metrics.body());
    }

    @Test
    void theContractStaysOnThePublicPortOnly() throws Exception {
        HttpResponse<String> contract = get(prod.baseUrl + "/q/openapi");
        assertEquals(200, contract.statusCode(), contract.body());
        assertTrue(contract.body().startsWith("---") || contract.body().contains("openapi:"), contract.body());
        assertTrue(contract.body().contains("/api/v1/associations"), "the contract lists the API");
        assertNotEquals(200, get(prod.managementUrl + "/q/openapi").statusCode());
        // the API itself answers on the public port, not on the management one
        assertEquals(200, get(prod.baseUrl + "/api/v1/associations").statusCode());
        assertNotEquals(200, get(prod.managementUrl + "/api/v1/associations").statusCode());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request target byte for byte and returns the whole answer. */
    private static String raw(int port, String target) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
