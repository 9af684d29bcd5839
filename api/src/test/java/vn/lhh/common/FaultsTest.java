package vn.lhh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.lhh.testsupport.KeycloakResource;
import vn.lhh.testsupport.SecondInstance;
import vn.lhh.testsupport.TcpProxy;

/**
 * Faults (issue #9), on the packaged app in the prod profile with services of its own, so that
 * nothing the rest of the suite uses is ever stopped: an embedded PostgreSQL of its own (stopped
 * and started again on the same port and data folder) and the test Keycloak behind a TCP relay
 * that the test cuts ({@link TcpProxy}).
 * <ol>
 * <li>Keycloak down: tokens issued before keep working (the signing keys are cached), while the
 * token endpoint is out of reach.</li>
 * <li>Database down during write traffic: every request fails fast (503 problem+json with
 * Retry-After, within the pool's acquisition timeout), readiness goes down and liveness stays up;
 * when the database is back everything recovers without a restart, and every write that was
 * answered 201 is in the database.</li>
 * <li>A crash between accepting a write and answering: a create held inside its transaction when the
 * process is killed leaves nothing, and its retry with the same Idempotency-Key creates it once; a
 * create that committed before the crash is replayed on retry, not created again.</li>
 * </ol>
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsTest {
    /** the production setting (application.properties): how long a request waits for a pooled connection */
    private static final Duration ACQUISITION_TIMEOUT = Duration.ofSeconds(5);
    /** what a busy shared test machine may add to it */
    private static final Duration SLACK = Duration.ofSeconds(6);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path dataDir;
    private static int pgPort;
    private static EmbeddedPostgres pg;
    private static TcpProxy keycloak;
    private static SecondInstance api;
    private static Map<String, String> config;

    private static synchronized SecondInstance api() {
        if (api == null) {
            try {
                dataDir = Files.createTempDirectory("lhh-faults-pg");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pgPort = KeycloakResource.freePort();
            startPostgres();
            int keycloakPort = URI.create(System.getProperty("lhh.test.keycloak-url")).getPort();
            keycloak = new TcpProxy(keycloakPort).start();
            config = Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + pgPort + "/postgres",
                    "quarkus.oidc.auth-server-url", keycloakUrl() + "/realms/lhh");
            api = SecondInstance.startWith("faults", config);
        }
        return api;
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        stopPostgres();
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder: the OS cleans it up
            }
        }
    }

    // ----------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void keycloakDownAlreadyIssuedTokensKeepWorking() throws Exception {
        SecondInstance i = api();
        String admin = token("admin");
        String staff = token("staff");
        assertEquals(201, create(i, admin, null, "Hội Trước khi mất Keycloak").statusCode());
        keycloak.stop();
        try {
            // nobody can log in now (a refused connection, or a kept-alive one closed by the stopped relay)
            assertThrows(IOException.class, () -> token("expert"));
            // but the tokens issued before still pass: signature checked with the cached keys, roles applied
            HttpResponse<String> created = create(i, admin, null, "Hội Khi Keycloak ngừng");
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(200, send(i, "GET", "/api/v1/audit-events?size=1", admin, null, Map.of()).statusCode());
            assertEquals(200, send(i, "GET", "/api/v1/associations?size=1", staff, null, Map.of()).statusCode());
            // and their roles still count: staff may not read the audit log
            assertEquals(403, send(i, "GET", "/api/v1/audit-events?size=1", staff, null, Map.of()).statusCode());
            // a forged token is still refused
            HttpResponse<String> forged = send(i, "GET", "/api/v1/audit-events?size=1", admin.substring(0, admin.length() - 4) + "AAAA",
                    null, Map.of());
            assertEquals(401, forged.statusCode(), forged.body());
            assertEquals("application/problem+json", forged.headers().firstValue("Content-Type").orElse(""));
        } finally {
            keycloak.start();
        }
        assertNotNull(token("expert"));
    }

    @Test
    @Order(2)
    void databaseDownFailsFastAndRecoversWithoutLosingAcknowledgedWrites() throws Exception {
        SecondInstance i = api();
        String admin = token("admin");
        // the production profile: HSTS is sent there (and only there, see SecurityHeadersTest)
        HttpResponse<String> first = send(i, "GET", "/api/v1/associations?size=1", null, null, Map.of());
        assertEquals(200, first.statusCode());
        assertEquals("max-age=31536000; includeSubDomains", first.headers().firstValue("Strict-Transport-Security").orElse(null));

        // write traffic all along: one create after another, each remembered with its answer
        AtomicBoolean running = new AtomicBoolean(true);
        List<String[]> answers = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            int n = 0;
            while (running.get()) {
                String name = "Hội Ghi liên tục " + UUID.randomUUID().toString().substring(0, 8) + " " + n++;
                try {
                    HttpResponse<String> r = create(i, admin, "fault-" + UUID.randomUUID(), name);
                    answers.add(new String[] {Integer.toString(r.statusCode()), name, r.body(),
                            r.headers().firstValue("Retry-After").orElse(""), r.headers().firstValue("Content-Type").orElse("")});
                    Thread.sleep(r.statusCode() == 201 ? 50 : 200);
                } catch (Exception e) {
                    answers.add(new String[] {"exception", name, e.toString(), "", ""});
                }
            }
        });
        waitFor(() -> answers.stream().filter(a -> a[0].equals("201")).count() >= 5, Duration.ofSeconds(60), "writes before the outage");

        stopPostgres();
        try {
            long downSince = System.nanoTime();
            // every kind of request fails fast with a clear 503 while the database is away
            for (String path : List.of("/api/v1/associations?size=5", "/api/v1/experts?q=nguyen")) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = send(i, "GET", path, null, null, Map.of("Accept-Language", "en"));
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                assertEquals(503, r.statusCode(), path + " → " + r.body());
                assertTrue(took.compareTo(ACQUISITION_TIMEOUT.plus(SLACK)) < 0, path + " took " + took);
                assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
                assertEquals("5", r.headers().firstValue("Retry-After").orElse(null));
                JsonNode p = JSON.readTree(r.body());
                assertEquals(503, p.get("status").asInt());
                assertTrue(p.get("detail").asText().contains("database is temporarily unavailable"), r.body());
                assertFalse(r.body().contains("SQL") || r.body().contains("jdbc") || r.body().contains("Exception"), r.body());
            }
            long t0 = System.nanoTime();
            HttpResponse<String> ready = send(i, "GET", "/q/health/ready", null, null, Map.of());
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(ACQUISITION_TIMEOUT.plus(SLACK)) < 0);
            assertEquals(200, send(i, "GET", "/q/health/live", null, null, Map.of()).statusCode());
            // keep the writer running against the dead database for a few seconds
            while (Duration.ofNanos(System.nanoTime() - downSince).toSeconds() < 5) {
                Thread.sleep(200);
            }
        } finally {
            startPostgres();
        }

        // back by itself: ready again, writes succeed again, no restart
        waitFor(() -> status(i, "/q/health/ready") == 200, Duration.ofSeconds(60), "readiness after the outage");
        int before = answers.size();
        waitFor(() -> answers.subList(before, answers.size()).stream().anyMatch(a -> a[0].equals("201")),
                Duration.ofSeconds(60), "a successful write after the outage");
        running.set(false);
        writer.get();

        List<String[]> all = new ArrayList<>(answers);
        long failed = all.stream().filter(a -> !a[0].equals("201")).count();
        assertTrue(failed > 0, "the outage was not seen by the writer");
        for (String[] a : all) {
            if (!a[0].equals("201")) {
                // a write during the outage: refused as unavailable, nothing else (no 500, no hang)
                assertEquals("503", a[0], a[2]);
                assertEquals("5", a[3]);
                assertEquals("application/problem+json", a[4]);
            }
        }
        // every acknowledged write is there
        List<String> acknowledged = all.stream().filter(a -> a[0].equals("201")).map(a -> a[1]).toList();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM association WHERE name = ?")) {
            for (String name : acknowledged) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "acknowledged write lost or doubled: " + name);
                }
            }
        }
        for (String[] a : all.subList(all.size() - 3, all.size())) {
            if (a[0].equals("201")) {
                String id = JSON.readTree(a[2]).get("id").asText();
                assertEquals(200, send(i, "GET", "/api/v1/associations/" + id, null, null, Map.of()).statusCode());
            }
        }
    }

    @Test
    @Order(3)
    void aCrashBetweenAcceptingAWriteAndAnsweringDoesNotDuplicateItOnRetry() throws Exception {
        SecondInstance i = api();
        String admin = token("admin");
        // (a) committed, then the process dies: the client never learns the answer and retries later
        String committedKey = "crash-after-" + UUID.randomUUID();
        String committedName = "Hội Đã ghi trước sự cố " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> firstAnswer = create(i, admin, committedKey, committedName);
        assertEquals(201, firstAnswer.statusCode(), firstAnswer.body());
        String committedId = JSON.readTree(firstAnswer.body()).get("id").asText();

        // (b) accepted and inside its transaction (held on a table lock) when the process dies
        String heldKey = "crash-during-" + UUID.randomUUID();
        String heldName = "Hội Đang ghi khi sự cố " + UUID.randomUUID().toString().substring(0, 8);
        CompletableFuture<HttpResponse<String>> held;
        try (Connection lock = connect()) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.execute("LOCK TABLE association IN ACCESS EXCLUSIVE MODE");
            }
            held = CompletableFuture.supplyAsync(() -> {
                try {
                    return create(i, admin, heldKey, heldName);
                } catch (Exception e) {
                    return null;
                }
            });
            waitFor(() -> waitingOnLock() > 0, Duration.ofSeconds(60), "the create to wait inside its transaction");
            i.crash();
            lock.commit();
        }
        assertNull(held.get(), "the crashed process answered");
        api = null;
        api = SecondInstance.startWith("faults-restarted", config);
        SecondInstance restarted = api;
        // nothing of the interrupted create survived
        assertEquals(0, countByName(heldName));

        HttpResponse<String> retryHeld = create(restarted, admin, heldKey, heldName);
        assertEquals(201, retryHeld.statusCode(), retryHeld.body());
        assertTrue(retryHeld.headers().firstValue("Idempotent-Replayed").isEmpty());
        HttpResponse<String> retryCommitted = create(restarted, admin, committedKey, committedName);
        assertEquals(201, retryCommitted.statusCode(), retryCommitted.body());
        assertEquals("true", retryCommitted.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(committedId, JSON.readTree(retryCommitted.body()).get("id").asText());
        // and once more each, for good measure: still one row each
        assertEquals("true", create(restarted, admin, heldKey, heldName).headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(1, countByName(heldName));
        assertEquals(1, countByName(committedName));
    }

    @Test
    @Order(4)
    void aBackupRestoresIntoAnEmptyDatabaseWithTheSameDataAndFiles() throws Exception {
        SecondInstance i = api();
        String staff = token("staff");
        // a stored file too: a bulletin issue with its PDF (files live in PostgreSQL)
        HttpResponse<String> issue = send(i, "POST", "/api/v1/bulletins", staff, JSON.writeValueAsString(
                vn.lhh.bulletin.BulletinFixtures.issueBody("Tập san sao lưu")), Map.of());
        assertEquals(201, issue.statusCode(), issue.body());
        String issueId = JSON.readTree(issue.body()).get("id").asText();
        byte[] pdf = vn.lhh.bulletin.BulletinFixtures.pdf("Bản sao lưu có tệp");
        HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(URI.create(i.baseUrl + "/api/v1/bulletins/" + issueId + "/pdf?fileName=sao-luu.pdf"))
                .header("Authorization", "Bearer " + staff).header("Content-Type", "application/pdf")
                .header("If-Match", issue.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, upload.statusCode(), upload.body());

        Path dir = Files.createTempDirectory("lhh-backup");
        Path archive = dir.resolve("lhh.dump");
        Map<String, String> env = Map.of("PGHOST", "localhost", "PGPORT", Integer.toString(pgPort), "PGUSER", "postgres",
                "PGPASSWORD", "postgres", "PGDATABASE", "postgres");
        Path scripts = Path.of(System.getProperty("lhh.backup.dir", "../deploy/backup"));
        // the documented procedure, as documented, while the API keeps running
        run(env, scripts.resolve("backup.sh").toString(), archive.toString());
        assertTrue(Files.size(archive) > 0);
        assertTrue(Files.exists(dir.resolve("lhh.dump.sha256")));
        run(env, scripts.resolve("restore.sh").toString(), archive.toString(), "lhh_restored");
        // a second restore over it is refused: never over a database with data
        assertThrows(AssertionError.class, () -> run(env, scripts.resolve("restore.sh").toString(), archive.toString(), "lhh_restored"));

        // every table, row for row, and every sequence, the same in the restored database
        Map<String, String> source = fingerprint("postgres");
        Map<String, String> restored = fingerprint("lhh_restored");
        assertTrue(source.containsKey("table stored_file") && source.containsKey("table association")
                && source.containsKey("table flyway_schema_history"), source.keySet().toString());
        assertEquals(source, restored);
        // the stored file, byte for byte
        try (Connection c = connect("lhh_restored");
             PreparedStatement ps = c.prepareStatement("SELECT content FROM stored_file WHERE owner_id = ?::uuid")) {
            ps.setString(1, issueId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the issue's PDF is not in the restored database");
                org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, rs.getBytes(1));
            }
        }
    }

    /** Row count and a digest of all rows of each table of the public schema, and each sequence's value. */
    private static Map<String, String> fingerprint(String database) throws SQLException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '-') FROM \"" + t + "\" x")) {
                    rs.next();
                    out.put("table " + t, rs.getLong(1) + " rows " + rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'")) {
                while (rs.next()) {
                    out.put("sequence " + rs.getString(1), String.valueOf(rs.getObject(2)));
                }
            }
        }
        return out;
    }

    private static void run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish\n" + output);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (" + p.exitValue() + ")\n" + output);
        }
    }

    // ----------------------------------------------------------------------------------------------

    private static HttpResponse<String> create(SecondInstance i, String token, String key, String name) throws Exception {
        Map<String, String> headers = new HashMap<>();
        if (key != null) {
            headers.put("Idempotency-Key", key);
        }
        return send(i, "POST", "/api/v1/associations", token,
                JSON.writeValueAsString(Map.of("name", name, "field", "Kỹ thuật", "memberCount", 10)), headers);
    }

    private static HttpResponse<String> send(SecondInstance i, String method, String path, String token, String body,
                                             Map<String, String> headers) throws IOException, InterruptedException {
        // health and metrics are on the production instance's management port (issue #22)
        String base = path.startsWith("/q/health") || path.startsWith("/q/metrics") ? i.managementUrl : i.baseUrl;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(SecondInstance i, String path) {
        try {
            return send(i, "GET", path, null, null, Map.of()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A token fetched through the relay, so that its issuer is the one this instance knows. */
    private static String token(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=lhh-cli&password=demo&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(keycloakUrl() + "/realms/lhh/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    private static String keycloakUrl() {
        return "http://localhost:" + keycloak.port;
    }

    /**
     * PostgreSQL 15 (zonky's binaries, copied by the build): the backup test runs Debian 12's pg_dump and
     * pg_restore, version 15, which refuse a newer server. The app supports PostgreSQL 14 and later.
     */
    private static void startPostgres() {
        Path binaries = Path.of(System.getProperty("lhh.postgres15.jar", "target/postgres-15/postgres-15.jar"));
        try {
            pg = EmbeddedPostgres.builder()
                    .setPgBinaryResolver((system, hardware) -> {
                        java.util.zip.ZipFile jar = new java.util.zip.ZipFile(binaries.toFile());
                        // named as zonky's own resolver names it: postgres-linux-x86_64.txz
                        var entry = jar.getEntry(("postgres-" + system + "-" + hardware + ".txz").toLowerCase(java.util.Locale.ROOT));
                        if (entry == null) {
                            jar.close();
                            throw new IOException("no PostgreSQL 15 binaries for " + system + "-" + hardware + " in " + binaries);
                        }
                        return new java.io.FilterInputStream(jar.getInputStream(entry)) {
                            @Override
                            public void close() throws IOException {
                                super.close();
                                jar.close();
                            }
                        };
                    })
                    .setPort(pgPort)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopPostgres() {
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pg = null;
        }
    }

    private static Connection connect() throws SQLException {
        return pg.getPostgresDatabase().getConnection();
    }

    private static Connection connect(String database) throws SQLException {
        return pg.getDatabase("postgres", database).getConnection();
    }

    private static int countByName(String name) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM association WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int waitingOnLock() {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check check, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.ok()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + "\n" + (api == null ? "" : api.log()));
    }
}
