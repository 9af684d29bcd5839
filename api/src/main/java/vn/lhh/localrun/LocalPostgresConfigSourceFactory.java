package vn.lhh.localrun;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The local run's database: in the dev profile only, when no datasource URL is configured and
 * the embedded PostgreSQL library is on the classpath (it is not in the packaged app), starts a
 * real PostgreSQL once per JVM with a data directory that survives restarts, and points the
 * datasource at it. Production never reaches this: it has no dev profile and sets its own URL.
 */
public class LocalPostgresConfigSourceFactory implements ConfigSourceFactory {
    static final String URL_PROPERTY = "lhh.localrun.jdbc-url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev")) {
            return List.of();
        }
        ConfigValue configured = context.getValue("quarkus.datasource.jdbc.url");
        if (configured != null && configured.getValue() != null && !configured.getValue().isBlank()) {
            return List.of();
        }
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false,
                    LocalPostgresConfigSourceFactory.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return List.of();
        }
        // Live reload builds new class loaders; the system property makes the server start once per JVM.
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = LocalPostgres.start();
            System.setProperty(URL_PROPERTY, url);
        }
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", LocalPostgres.USER), "lhh-local-postgres", 275));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(275);
    }
}
