package vn.lhh.testsupport;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another instance of this API, started from the packaged app (target/quarkus-app, built before the
 * tests by the build-for-tests execution) in the prod profile as a separate process: its own
 * database on the test PostgreSQL (or a shared one: {@link #startOn}), the test Keycloak, a free
 * port, every setting production requires. Closing it kills the process and drops the database it
 * created; a shutdown hook does the same if the test JVM ends first. {@link #runUntilExit} launches
 * one that is expected not to start (a required setting left out).
 */
public final class SecondInstance implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern JDBC = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private final Process process;
    private final Path log;
    private final String adminJdbcUrl;
    private final String database;
    private final boolean ownsDatabase;
    private final Thread killer;
    public final int port;
    public final String baseUrl;
    /** The management interface's port (health, metrics), separate from the public one in production. */
    public final int managementPort;
    public final String managementUrl;

    private SecondInstance(Process process, Path log, String adminJdbcUrl, String database, boolean ownsDatabase, int port,
            int managementPort) {
        this.process = process;
        this.log = log;
        this.adminJdbcUrl = adminJdbcUrl;
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.port = port;
        this.baseUrl = "http://localhost:" + port;
        this.managementPort = managementPort;
        this.managementUrl = "http://localhost:" + managementPort;
        this.killer = new Thread(this::kill, "second-instance-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /**
     * Starts it on a database of its own and waits until /q/health/ready answers 200 on its management port; on failure
     * prints its log and cleans up.
     */
    public static SecondInstance start(String name, Map<String, String> config) {
        String database = createDatabase(name);
        try {
            return launch(name, database, true, config);
        } catch (RuntimeException e) {
            dropDatabase(database);
            throw e;
        }
    }

    /**
     * Starts it on an existing database that other instances use too ({@link #TEST_DATABASE}: the
     * one of this test run's own app; or one from {@link #createDatabase}); closing it leaves the
     * database. The migrations are the same, so its Flyway finds nothing to do (and waits on the
     * others under PostgreSQL's advisory lock when they start together).
     */
    public static SecondInstance startOn(String name, String database, Map<String, String> config) {
        return launch(name, database, false, config);
    }

    /**
     * Starts it on services the caller runs itself: {@code config} must carry
     * {@code quarkus.datasource.jdbc.url} (and may replace {@code quarkus.oidc.auth-server-url});
     * closing it leaves that database alone.
     */
    public static SecondInstance startWith(String name, Map<String, String> config) {
        if (!config.containsKey("quarkus.datasource.jdbc.url")) {
            throw new IllegalArgumentException("startWith needs quarkus.datasource.jdbc.url");
        }
        return launch(name, "unused", false, config);
    }

    /** The database of the test run's own app (the one @QuarkusTest classes use). */
    public static String testDatabase() {
        return jdbc().group(2);
    }

    /** A new, empty database on the test PostgreSQL; the caller drops it ({@link #dropDatabase}). */
    public static String createDatabase(String name) {
        String database = "lhh_" + name.replaceAll("[^a-z0-9_]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8);
        sql(testJdbcUrl(), "CREATE DATABASE " + database);
        return database;
    }

    public static void dropDatabase(String database) {
        sql(testJdbcUrl(), "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /** A JDBC connection to a database of the test PostgreSQL, for checks a test makes directly. */
    public static Connection connect(String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        credentials.setProperty("password", "postgres");
        return new org.postgresql.Driver().connect(jdbc().group(1) + database, credentials);
    }

    /** How a launch that was not meant to start ended: its exit code and everything it printed. */
    public record Exit(int code, String output) {
    }

    /**
     * Launches the packaged app in the prod profile with every required setting except those named
     * in {@code without} (property names), on a database of its own, and waits for it to exit.
     * Fails if it is still running after {@code timeout} (it then kills it).
     */
    public static Exit runUntilExit(String name, Map<String, String> config, Set<String> without, Duration timeout) {
        String database = createDatabase(name);
        Path log = Path.of("target", "instance-" + name + ".log").toAbsolutePath();
        try {
            Process process = spawn(name, database, KeycloakResource.freePort(), KeycloakResource.freePort(), config, without, log);
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the instance " + name + " was still running after " + timeout + "; see " + log);
                }
                return new Exit(process.exitValue(), Files.readString(log));
            } finally {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            dropDatabase(database);
        }
    }

    private static SecondInstance launch(String name, String database, boolean ownsDatabase, Map<String, String> config) {
        int port = KeycloakResource.freePort();
        int managementPort = KeycloakResource.freePort();
        Path log = Path.of("target", "instance-" + name + ".log").toAbsolutePath();
        Process process;
        try {
            process = spawn(name, database, port, managementPort, config, Set.of(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SecondInstance instance = new SecondInstance(process, log, testJdbcUrl(), database, ownsDatabase, port, managementPort);
        try {
            instance.waitUntilReady();
        } catch (RuntimeException e) {
            System.err.println(instance.log());
            instance.close();
            throw e;
        }
        return instance;
    }

    /** The production settings of an instance on the test services: what an operator must give (see RequiredSettings). */
    private static Process spawn(String name, String database, int port, int managementPort, Map<String, String> config,
            Set<String> without, Path log) throws IOException {
        Path jar = Path.of(System.getProperty("lhh.app.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged app at " + jar.toAbsolutePath()
                    + ": run the tests through Maven (process-test-classes builds it)");
        }
        String keycloak = System.getProperty("lhh.test.keycloak-url");
        if (keycloak == null) {
            throw new IllegalStateException("the test Keycloak is not running");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("quarkus.http.port", Integer.toString(port));
        // production serves health and metrics on the management interface (issue #22): a free port of its own here
        settings.put("quarkus.management.port", Integer.toString(managementPort));
        settings.put("quarkus.datasource.jdbc.url", jdbc().group(1) + database);
        settings.put("quarkus.datasource.username", "postgres");
        settings.put("quarkus.datasource.password", "postgres");
        settings.put("quarkus.oidc.auth-server-url", keycloak + "/realms/lhh");
        settings.put("quarkus.http.cors.origins", "http://localhost:5173");
        settings.put("lhh.union.name", "LHH " + name);
        settings.put("lhh.union.place", "Nghệ An");
        settings.put("lhh.union.signer-title", "TM. BAN THƯỜNG VỤ\\nCHỦ TỊCH");
        // the test profile's key, so that a cursor from the test run's instance is valid on this one (as between replicas)
        settings.put("lhh.paging.cursor-key", "lhh-cursor-integrity");
        // the tests reach it directly: none of them is a proxy
        settings.put("quarkus.http.proxy.trusted-proxies", "192.0.2.1");
        // notifications: the test mail server and the demo realm's directory client (a throw-away demo secret)
        settings.put("quarkus.mailer.host", "localhost");
        settings.put("quarkus.mailer.port", System.getProperty("lhh.test.smtp-port", "25"));
        settings.put("quarkus.mailer.from", "thong-bao@lhh.demo");
        settings.put("quarkus.mailer.start-tls", "DISABLED");
        settings.put("lhh.notifications.app-url", "http://localhost:4173");
        settings.put("lhh.notifications.api-url", "http://localhost:" + port);
        settings.put("lhh.directory.client-secret", "lhh-api-directory-demo-secret");
        settings.putAll(config);
        settings.keySet().removeAll(without);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived test process: quick start over peak speed
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m", "-Xshare:auto"));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // only the settings above: none the test JVM's environment happens to have
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("LHH_"));
        return pb.start();
    }

    private static String testJdbcUrl() {
        String jdbc = System.getProperty("lhh.test.jdbc-url");
        if (jdbc == null) {
            throw new IllegalStateException("the test PostgreSQL is not running");
        }
        return jdbc;
    }

    private static Matcher jdbc() {
        String jdbc = testJdbcUrl();
        Matcher m = JDBC.matcher(jdbc);
        if (!m.matches()) {
            throw new IllegalStateException("unexpected JDBC URL " + jdbc);
        }
        return m;
    }

    private void waitUntilReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second instance exited early (" + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(managementUrl + "/q/health/ready")).build(),
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
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the second instance was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    /** Requests to this instance, as a demo user (real token) or anonymous. */
    public RequestSpecification as(String who) {
        return (who.equals("anonymous") ? Api.anonymous() : Api.as(who)).baseUri("http://localhost").port(port);
    }

    /** Its log so far, for a failure report. */
    public String log() {
        try {
            return "----- " + log + " -----\n" + Files.readString(log) + "\n----- end of " + log.getFileName() + " -----";
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** Kills the process at once (SIGKILL: no shutdown hook, no graceful end of requests), as a crash would. */
    public void crash() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void kill() {
        // java runs the app directly, but stop any child too
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
        if (ownsDatabase) {
            sql(adminJdbcUrl, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Its log lines so far. */
    public List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sql(String jdbcUrl, String statement) {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        credentials.setProperty("password", "postgres");
        // the driver directly: DriverManager may not see it from the test's class loader
        try (Connection c = new org.postgresql.Driver().connect(jdbcUrl, credentials); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
