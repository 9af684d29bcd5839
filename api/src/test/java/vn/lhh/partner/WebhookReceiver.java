package vn.lhh.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A partner's webhook endpoint in the test JVM (the JDK's HTTP server): it records every request
 * and answers what the test tells it, per issue, counting the requests for that issue.
 */
final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    record Received(Instant at, String id, String timestamp, String signature, String body, String issueId, String change) {
    }

    /** What to do with the n-th request (from 1) for an issue: the status, or a negative number of milliseconds to stall. */
    private volatile BiFunction<String, Integer, Integer> policy = (issue, n) -> 204;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            JsonNode json = JSON.readTree(body);
            String issue = json.path("issue").path("id").asText();
            received.add(new Received(Instant.now(), exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"), exchange.getRequestHeaders().getFirst("webhook-signature"),
                    body, issue, json.path("change").asText()));
            int answer = policy.apply(issue, counts.computeIfAbsent(issue, k -> new AtomicInteger()).incrementAndGet());
            if (answer < 0) {
                try {
                    Thread.sleep(-answer);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer = 204;
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    void answer(BiFunction<String, Integer, Integer> policy) {
        this.policy = policy;
    }

    List<Received> forIssue(String issueId) {
        return received.stream().filter(r -> r.issueId().equals(issueId)).toList();
    }

    /** Waits until at least n requests for the issue have arrived. */
    List<Received> await(String issueId, int n) {
        return PartnerFixtures.await(n + " webhook requests about " + issueId, () -> forIssue(issueId), got -> got.size() >= n);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
