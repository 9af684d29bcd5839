package vn.lhh.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A real SMTP and IMAP server for the suite (GreenMail, embedded), on free ports, authentication off: the API
 * sends through SMTP like it would to the union's relay, and tests read any recipient's mailbox over IMAP with
 * the address as login ({@link Mailboxes}). The outage test stops and starts it through {@link Mailboxes#stopServer()}.
 */
public class MailServerResource implements QuarkusTestResourceLifecycleManager {
    /** A JDK type under a system property: the test class and this resource may live in different class loaders. */
    static final String CONTROL = "lhh.test.mail-control";
    private GreenMail greenMail;
    private int smtpPort;
    private int imapPort;

    @Override
    public Map<String, String> start() {
        smtpPort = KeycloakResource.freePort();
        imapPort = KeycloakResource.freePort();
        startServer();
        System.setProperty("lhh.test.smtp-port", Integer.toString(smtpPort));
        System.setProperty("lhh.test.imap-port", Integer.toString(imapPort));
        Consumer<String> control = command -> {
            synchronized (this) {
                if ("stop".equals(command)) {
                    greenMail.stop();
                } else if ("start".equals(command)) {
                    startServer();
                }
            }
        };
        System.getProperties().put(CONTROL, control);
        return Map.of("quarkus.mailer.host", "localhost", "quarkus.mailer.port", Integer.toString(smtpPort));
    }

    private void startServer() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
