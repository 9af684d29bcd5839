package vn.lhh.localrun;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** Starts the embedded PostgreSQL of the local run (only ever loaded when the library is present). */
final class LocalPostgres {
    static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(LocalPostgres.class);

    private LocalPostgres() {
    }

    static String start() {
        int port = Integer.getInteger("lhh.localrun.port", 15432);
        Path dataDir = Path.of(System.getProperty("lhh.localrun.data-dir",
                Path.of(System.getProperty("user.dir")).resolve("../.cache/local/postgres").toString())).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    LOG.warn("could not stop the local PostgreSQL", e);
                }
            }, "local-postgres-stop"));
            LOG.infof("Local PostgreSQL on port %d, data in %s (delete that folder to reset)", port, dataDir);
            return pg.getJdbcUrl(USER, USER);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the local PostgreSQL in " + dataDir, e);
        }
    }
}
