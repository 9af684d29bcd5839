package vn.lhh.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;

/**
 * The realm's users as Keycloak knows them, read through its admin API with the API's own machine
 * client (client credentials, read-only realm-management roles). Used where a record names a user
 * who is not the caller (the handlers of an incoming document), so that a typo or a user without the
 * right role is refused when written instead of leaving work nobody sees. Members of a role are
 * cached briefly: roles change rarely and an assignment form asks often.
 */
@ApplicationScoped
public class UserDirectory {
    private static final Logger LOG = Logger.getLogger(UserDirectory.class);
    /** Enough for a union's office; the directory is not a paging API. */
    private static final int MAX_MEMBERS = 1000;

    /** A user as the directory describes them: the username and a display name (family name first, as Vietnamese write it). */
    public record DirectoryUser(String username, String displayName) {
    }

    private record Cached(List<DirectoryUser> users, Instant until) {
    }

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;
    @ConfigProperty(name = "lhh.directory.client-id")
    String clientId;
    @ConfigProperty(name = "lhh.directory.client-secret")
    Optional<String> clientSecret;
    @ConfigProperty(name = "lhh.directory.cache")
    Duration cacheFor;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Cached> cache = new LinkedHashMap<>();
    private String token;
    private Instant tokenUntil = Instant.EPOCH;

    /** The users holding any of these realm roles (directly), by username, ordered by display name. */
    public List<DirectoryUser> withAnyRole(String... roles) {
        Map<String, DirectoryUser> all = new LinkedHashMap<>();
        for (String role : roles) {
            members(role).forEach(u -> all.putIfAbsent(u.username(), u));
        }
        List<DirectoryUser> list = new ArrayList<>(all.values());
        list.sort(Comparator.comparing(DirectoryUser::displayName).thenComparing(DirectoryUser::username));
        return list;
    }

    /** The user by username when they hold one of these realm roles; empty when unknown, disabled or without them. */
    public Optional<DirectoryUser> find(String username, String... roles) {
        return withAnyRole(roles).stream().filter(u -> u.username().equals(username)).findFirst();
    }

    private synchronized List<DirectoryUser> members(String role) {
        Cached c = cache.get(role);
        if (c != null && c.until().isAfter(Instant.now())) {
            return c.users();
        }
        JsonNode body = get("/roles/" + URLEncoder.encode(role, StandardCharsets.UTF_8).replace("+", "%20")
                + "/users?briefRepresentation=true&first=0&max=" + MAX_MEMBERS);
        List<DirectoryUser> users = new ArrayList<>();
        for (JsonNode u : body) {
            if (!u.path("enabled").asBoolean(true)) {
                continue;
            }
            String username = u.path("username").asText();
            String name = (u.path("lastName").asText("") + " " + u.path("firstName").asText("")).trim();
            users.add(new DirectoryUser(username, name.isEmpty() ? username : name));
        }
        cache.put(role, new Cached(List.copyOf(users), Instant.now().plus(cacheFor)));
        return users;
    }

    private JsonNode get(String path) {
        URI uri = URI.create(adminBase() + path);
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token()).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 401) {
                tokenUntil = Instant.EPOCH;
            }
            if (r.statusCode() != 200) {
                LOG.warnf("user directory: %s answered %d", uri, r.statusCode());
                throw unavailable();
            }
            return json.readTree(r.body());
        } catch (IOException e) {
            LOG.warnf("user directory: %s unreachable: %s", uri, e.getMessage());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private String token() throws IOException, InterruptedException {
        if (token != null && tokenUntil.isAfter(Instant.now())) {
            return token;
        }
        if (clientSecret.isEmpty() || clientSecret.get().isBlank()) {
            LOG.warn("user directory: lhh.directory.client-secret is not set");
            throw unavailable();
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret.get(), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(trimmed(realmUrl) + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            LOG.warnf("user directory: token request answered %d", r.statusCode());
            throw unavailable();
        }
        JsonNode body = json.readTree(r.body());
        token = body.path("access_token").asText();
        // renew a little before it expires
        tokenUntil = Instant.now().plusSeconds(Math.max(0, body.path("expires_in").asLong(60) - 10));
        return token;
    }

    /** https://host/realms/lhh → https://host/admin/realms/lhh */
    private String adminBase() {
        String realm = trimmed(realmUrl);
        int at = realm.lastIndexOf("/realms/");
        return realm.substring(0, at) + "/admin" + realm.substring(at);
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "problem.service-unavailable.directory");
    }
}
