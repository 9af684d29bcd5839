package vn.lhh.notification.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Says at start-up where notification e-mails go, or that mail is off: an operator must not have to guess. */
@ApplicationScoped
public class MailStartup {
    private static final Logger LOG = Logger.getLogger(MailStartup.class);

    @ConfigProperty(name = "lhh.mail.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "quarkus.mailer.host")
    Optional<String> host;
    @ConfigProperty(name = "quarkus.mailer.port")
    Optional<Integer> port;
    @ConfigProperty(name = "quarkus.mailer.from")
    Optional<String> from;

    void onStart(@Observes StartupEvent e) {
        if (enabled) {
            LOG.infof("Mail: notifications are sent through SMTP %s:%s as %s", host.orElse("localhost"), port.map(String::valueOf).orElse("25"),
                    from.orElse("(no sender set)"));
        } else {
            LOG.warn("Mail is OFF (lhh.mail.enabled=false): notifications stay in the in-app inbox, no e-mail is sent");
        }
    }
}
