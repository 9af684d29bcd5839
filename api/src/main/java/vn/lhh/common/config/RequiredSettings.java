package vn.lhh.common.config;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Refuses to start a production instance (the prod profile, or any other but dev and test) that
 * lacks a setting it cannot work without, naming every missing one with its environment variable,
 * before anything else starts (this runs while the runtime configuration is built, so no
 * half-started instance connects anywhere). The dev and test profiles have their own values in
 * application.properties; production has none on purpose: a forgotten database, Keycloak, browser
 * origin or union identity must not fall back to a developer's localhost or another union's letterhead.
 */
public class RequiredSettings implements ConfigSourceFactory {

    /** A setting production must be given, and why. */
    public record Setting(String property, String purpose) {
        /** The environment variable Quarkus maps to the property (MicroProfile Config rules). */
        public String envVar() {
            return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
        }
    }

    public static final List<Setting> REQUIRED = List.of(
            new Setting("quarkus.datasource.jdbc.url", "the PostgreSQL database, e.g. jdbc:postgresql://db:5432/lhh"),
            new Setting("quarkus.datasource.username", "the database user"),
            new Setting("quarkus.datasource.password", "the database user's password"),
            new Setting("quarkus.oidc.auth-server-url", "the Keycloak realm that issues tokens, e.g. https://sso.example.vn/realms/lhh"),
            new Setting("quarkus.http.cors.origins", "the SPA's origin(s), comma-separated, e.g. https://lhh.example.vn"),
            new Setting("lhh.union.name", "the union's name on its letterhead"),
            new Setting("lhh.union.place", "the union's province (place line of documents)"),
            new Setting("lhh.union.signer-title", "the signer's title on documents (a line break between its lines)"),
            new Setting("quarkus.http.proxy.trusted-proxies", "the addresses or CIDR ranges of the proxies in front of the API "
                    + "(the ingress controller's pods, e.g. 10.0.0.0/8), the only callers whose X-Forwarded-* headers are believed"),
            new Setting("lhh.paging.cursor-key", "the secret key that signs list cursors, the same on every instance "
                    + "(e.g. 32 random bytes in base64: openssl rand -base64 32)"));

    /** The notifications' recipient directory (Keycloak service account): office messages need it, mail or not. */
    public static final List<Setting> NOTIFICATIONS = List.of(
            new Setting("lhh.directory.client-secret", "the secret of the Keycloak client lhh-api-directory "
                    + "(service account with realm-management view-users, query-users, view-realm) that resolves recipients"));

    /** Mail: required unless lhh.mail.enabled=false (then notifications stay in the in-app inbox, and the start-up log says so). */
    public static final List<Setting> MAIL = List.of(
            new Setting("quarkus.mailer.host", "the SMTP relay's host name"),
            new Setting("quarkus.mailer.port", "the SMTP relay's port (587 with QUARKUS_MAILER_START_TLS=REQUIRED, 465 with QUARKUS_MAILER_TLS=true)"),
            new Setting("quarkus.mailer.from", "the sender of notification e-mails, e.g. Thong bao LHH <thong-bao@lhh.example.vn>"),
            new Setting("lhh.notifications.app-url", "the SPA's public URL, for the links in e-mails, e.g. https://lhh.example.vn"),
            new Setting("lhh.notifications.api-url", "the API's public URL, for the one-click unsubscribe links, e.g. https://lhh.example.vn"));

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // every profile but the local run's and the tests' (prod, or a custom one such as staging), and only when
        // an application is starting: not while the build reads the configuration
        List<String> profiles = context.getProfiles();
        if (profiles.contains("dev") || profiles.contains("test") || ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of();
        }
        List<Setting> required = new ArrayList<>(REQUIRED);
        required.addAll(NOTIFICATIONS);
        ConfigValue mail = context.getValue("lhh.mail.enabled");
        if (mail == null || mail.getValue() == null || !"false".equalsIgnoreCase(mail.getValue().trim())) {
            required.addAll(MAIL);
        }
        List<Setting> missing = new ArrayList<>();
        for (Setting s : required) {
            ConfigValue v = context.getValue(s.property());
            if (v == null || v.getValue() == null || v.getValue().isBlank()) {
                missing.add(s);
            }
        }
        if (!missing.isEmpty()) {
            String message = message(missing);
            // logging is not set up yet (its settings are being read): say it plainly first, then fail the start
            System.err.println(message);
            throw new IllegalStateException(message);
        }
        return List.of();
    }

    static String message(List<Setting> missing) {
        StringBuilder m = new StringBuilder("LHH API cannot start: ").append(missing.size())
                .append(missing.size() == 1 ? " required setting is" : " required settings are")
                .append(" missing in production (set the environment variable or the property):");
        for (Setting s : missing) {
            m.append("\n  - ").append(s.envVar()).append(" (").append(s.property()).append("): ").append(s.purpose());
        }
        return m.toString();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(Integer.MIN_VALUE);
    }
}
