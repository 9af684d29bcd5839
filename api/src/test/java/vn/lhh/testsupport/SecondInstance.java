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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another instance of this API, started from the packaged app (target/quarkus-app, built before the
 * tests by the build-for-tests execution) in the prod profile as a separate process: its own
 * database on the test PostgreSQL, the test Keycloak, a free port. Closing it kills the process
 * and drops the database; a shutdown hook does the same if the test JVM ends first.
 */
public final class SecondInstance implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern JDBC = Pattern.compile("(jdbc:postgresql://[^/]+/)[^?]*(.*)");

    private final Process process;
    private final Path log;
    private final String adminJdbcUrl;
    private final String database;
    private final Thread killer;
    public final int port;
    public final String baseUrl;

    private SecondInstance(Process process, Path log, String adminJdbcUrl, String database, int port) {
        this.process = process;
        this.log = log;
        this.adminJdbcUrl = adminJdbcUrl;
        this.database = database;
        this.port = port;
        this.baseUrl = "http://localhost:" + port;
        this.killer = new Thread(this::kill, "second-instance-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts it and waits until /q/health/ready answers 200; on failure prints its log and cleans up. */
    public static SecondInstance start(String name, Map<String, String> config) {
        Path jar = Path.of(System.getProperty("lhh.app.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged app at " + jar.toAbsolutePath()
                    + ": run the tests through Maven (process-test-classes builds it)");
        }
        String jdbc = System.getProperty("lhh.test.jdbc-url");
        String keycloak = System.getProperty("lhh.test.keycloak-url");
        if (jdbc == null || keycloak == null) {
            throw new IllegalStateException("the test PostgreSQL and Keycloak are not running");
        }
        Matcher m = JDBC.matcher(jdbc);
        if (!m.matches()) {
            throw new IllegalStateException("unexpected JDBC URL " + jdbc);
        }
        String database = "lhh_" + name + "_" + UUID.randomUUID().toString().substring(0, 8);
        sql(jdbc, "CREATE DATABASE " + database);
        int port = KeycloakResource.freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived test process: quick start over peak speed
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m", "-Xshare:auto",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + m.group(1) + database,
                "-Dquarkus.datasource.username=postgres",
                "-Dquarkus.datasource.password=postgres",
                "-Dquarkus.oidc.auth-server-url=" + keycloak + "/realms/lhh",
                "-Dlhh.union.name=LHH " + name));
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        Path log = Path.of("target", "instance-" + name + ".log").toAbsolutePath();
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            sql(jdbc, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            throw new UncheckedIOException(e);
        }
        SecondInstance instance = new SecondInstance(process, log, jdbc, database, port);
        try {
            instance.waitUntilReady();
        } catch (RuntimeException e) {
            System.err.println(instance.log());
            instance.close();
            throw e;
        }
        return instance;
    }

    private void waitUntilReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second instance exited early (" + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).build(),
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
        sql(adminJdbcUrl, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
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
