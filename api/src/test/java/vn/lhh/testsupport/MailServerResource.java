package vn.lhh.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * A real SMTP and IMAP server for the suite (GreenMail, embedded), on free ports, authentication off: the API
 * sends through SMTP like it would to the union's relay, and tests read any recipient's mailbox over IMAP with
 * the address as login ({@link Mailboxes}). The outage test stops and starts it through {@link Mailboxes#stopServer()}.
 */
public class MailServerResource implements QuarkusTestResourceLifecycleManager {
    /**
     * The outage test stops and starts the server through a JMX bean: the JVM's one MBean server is reachable from
     * any class loader (the test class and this resource may live in different ones), and system properties must
     * stay strings (Narayana reads them all).
     */
    static final String CONTROL = "vn.lhh.test:type=MailServer";

    public interface MailServerControlMBean {
        void stopServer();

        void startServer();
    }

    public class MailServerControl implements MailServerControlMBean {
        @Override
        public void stopServer() {
            synchronized (MailServerResource.this) {
                greenMail.stop();
            }
        }

        @Override
        public void startServer() {
            synchronized (MailServerResource.this) {
                MailServerResource.this.startServer();
            }
        }
    }
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
        try {
            var mbs = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(CONTROL);
            if (mbs.isRegistered(name)) {
                mbs.unregisterMBean(name);
            }
            mbs.registerMBean(new MailServerControl(), name);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
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
