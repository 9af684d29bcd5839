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
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.problem.ProblemType;

/**
 * Who a username is (e-mail address, display name) and who holds a role, read from Keycloak's admin REST API
 * with the API's own service account (client lhh-api-directory, read-only realm-management roles). Used to address
 * notifications and to refuse, when written, a record that names a user without the right role (the handlers of
 * an incoming document).
 * <p>
 * Why Keycloak and not the e-mail claim recorded when a user calls the API: the office must be reachable
 * by role ("→ the office") including members who never opened the app since they joined, a changed address
 * must take effect without the user signing in again, and Keycloak already is the one place people are
 * managed. Answers are cached for a short while ({@code lhh.directory.cache}); the directory is
 * only asked when a mail is sent or the office's members are listed, never per inbox request.
 */
@ApplicationScoped
public class UserDirectory {
    private static final Logger LOG = Logger.getLogger(UserDirectory.class);
    /** A person with an account: where mail goes and how to greet them (Vietnamese order: family name first). */
    public record Person(String username, String email, String displayName, boolean enabled) {
    }

    /** Keycloak could not be asked: the caller retries later. */
    public static class DirectoryUnavailable extends RuntimeException {
        public DirectoryUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> realmUrl;
    @ConfigProperty(name = "lhh.directory.client-id", defaultValue = "lhh-api-directory")
    String clientId;
    @ConfigProperty(name = "lhh.directory.client-secret")
    Optional<String> clientSecret;
    @ConfigProperty(name = "lhh.directory.cache", defaultValue = "5m")
    Duration cacheFor;
    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentHashMap<String, Cached<Optional<Person>>> people = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Cached<List<String>>> roles = new ConcurrentHashMap<>();
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    private record Cached<T>(T value, Instant until) {
    }

    /** The person behind a username; empty when Keycloak does not know it. */
    public Optional<Person> person(String username) {
        Cached<Optional<Person>> c = people.get(username);
        if (c != null && c.until().isAfter(Instant.now())) {
            return c.value();
        }
        JsonNode users = get("/users?exact=true&briefRepresentation=false&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        Optional<Person> p = Optional.empty();
        for (JsonNode u : users) {
            if (username.equalsIgnoreCase(u.path("username").asText())) {
                p = Optional.of(toPerson(u));
            }
        }
        people.put(username, new Cached<>(p, Instant.now().plus(cacheFor)));
        return p;
    }

    /** A user as a picker shows them: the username and a display name (family name first). */
    public record DirectoryUser(String username, String displayName) {
    }

    /** The enabled users holding any of these realm roles, ordered by display name; 503 problem when Keycloak is away. */
    public List<DirectoryUser> withAnyRole(String... roleNames) {
        try {
            TreeSet<String> names = new TreeSet<>();
            for (String role : roleNames) {
                names.addAll(usernamesWithRole(role));
            }
            List<DirectoryUser> list = new ArrayList<>();
            for (String username : names) {
                person(username).filter(Person::enabled).ifPresent(p -> list.add(new DirectoryUser(p.username(), p.displayName())));
            }
            list.sort(Comparator.comparing(DirectoryUser::displayName).thenComparing(DirectoryUser::username));
            return list;
        } catch (DirectoryUnavailable e) {
            LOG.warnf("user directory: %s", e.getMessage());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "problem.service-unavailable.directory");
        }
    }

    /** The user by username when they hold one of these realm roles; empty when unknown, disabled or without them. */
    public Optional<DirectoryUser> find(String username, String... roleNames) {
        return withAnyRole(roleNames).stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** Usernames of the enabled users holding a realm role, sorted. */
    public List<String> usernamesWithRole(String role) {
        Cached<List<String>> c = roles.get(role);
        if (c != null && c.until().isAfter(Instant.now())) {
            return c.value();
        }
        TreeSet<String> names = new TreeSet<>();
        int first = 0;
        while (true) {
            JsonNode page = get("/roles/" + URLEncoder.encode(role, StandardCharsets.UTF_8).replace("+", "%20")
                    + "/users?briefRepresentation=false&first=" + first + "&max=200");
            for (JsonNode u : page) {
                Person p = toPerson(u);
                if (p.enabled() && !p.username().startsWith("service-account-")) {
                    names.add(p.username());
                    people.put(p.username(), new Cached<>(Optional.of(p), Instant.now().plus(cacheFor)));
                }
            }
            if (page.size() < 200) {
                break;
            }
            first += 200;
        }
        List<String> list = List.copyOf(new ArrayList<>(names));
        roles.put(role, new Cached<>(list, Instant.now().plus(cacheFor)));
        return list;
    }

    private static Person toPerson(JsonNode u) {
        String first = u.path("firstName").asText("").trim();
        String last = u.path("lastName").asText("").trim();
        String name = (last + " " + first).trim();
        String email = u.hasNonNull("email") ? u.get("email").asText() : null;
        return new Person(u.path("username").asText(), email, name.isEmpty() ? u.path("username").asText() : name,
                u.path("enabled").asBoolean(true));
    }

    private JsonNode get(String path) {
        String base = realmUrl.orElseThrow(() -> new DirectoryUnavailable("quarkus.oidc.auth-server-url is not set", null));
        URI uri = URI.create(base.replaceFirst("/realms/", "/admin/realms/") + path);
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token(base)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 401) {
                tokenExpires = Instant.EPOCH;
            }
            if (r.statusCode() != 200) {
                throw new DirectoryUnavailable("Keycloak answered " + r.statusCode() + " to " + uri.getPath(), null);
            }
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new DirectoryUnavailable("Keycloak is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailable("interrupted", e);
        }
    }

    private synchronized String token(String base) throws IOException, InterruptedException {
        if (token != null && tokenExpires.isAfter(Instant.now().plusSeconds(10))) {
            return token;
        }
        String secret = clientSecret.orElseThrow(() -> new DirectoryUnavailable(
                "lhh.directory.client-secret is not set", null));
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new DirectoryUnavailable("Keycloak refused the directory client's token (" + r.statusCode() + ")", null);
        }
        JsonNode t = json.readTree(r.body());
        token = t.path("access_token").asText();
        tokenExpires = Instant.now().plusSeconds(t.path("expires_in").asLong(60));
        return token;
    }
}
