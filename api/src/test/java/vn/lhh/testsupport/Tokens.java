package vn.lhh.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Real access tokens from the test Keycloak: password grant for demo users, client credentials for the partner. */
public final class Tokens {
    private record Cached(String token, long expiresAtMillis) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /** A bearer token of a demo user (admin, staff, officer, officer2, expert) or "partner" (client credentials). */
    public static String of(String who) {
        Cached c = CACHE.get(who);
        if (c != null && c.expiresAtMillis() > System.currentTimeMillis() + 30_000) {
            return c.token();
        }
        Map<String, String> form = who.equals("partner")
                ? Map.of("grant_type", "client_credentials", "client_id", "partner-demo", "client_secret", "partner-demo-secret")
                : Map.of("grant_type", "password", "client_id", "lhh-cli", "username", who, "password", "demo");
        JsonNode body = post(form);
        Cached fresh = new Cached(body.get("access_token").asText(),
                System.currentTimeMillis() + body.get("expires_in").asLong() * 1000);
        CACHE.put(who, fresh);
        return fresh.token();
    }

    public static String bearer(String who) {
        return "Bearer " + of(who);
    }

    private static JsonNode post(Map<String, String> form) {
        String base = System.getProperty("lhh.test.keycloak-url");
        if (base == null) {
            throw new IllegalStateException("the test Keycloak is not running");
        }
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                                    URI.create(base + "/realms/lhh/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("token request failed: " + r.statusCode() + " " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
