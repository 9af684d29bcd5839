package vn.lhh.testsupport;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import java.util.function.Predicate;

/** Reads the test mail server's mailboxes over IMAP (login: the address, any password), as a mail client would. */
public final class Mailboxes {
    /**
     * How long a test waits for a mail the dispatcher owes it. In the whole suite the outbox holds the mails of
     * every earlier test, so a mail can wait behind a backlog of a minute; a passing wait ends at the mail.
     */
    public static final Duration DELIVERY = Duration.ofSeconds(90);

    private Mailboxes() {
    }

    /** Every message in the address's inbox, oldest first, fully loaded (usable after the connection closes). */
    public static List<MimeMessage> messages(String address) {
        try (Store store = connect(address)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<MimeMessage> out = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                out.add(new MimeMessage((MimeMessage) m));
            }
            inbox.close(false);
            return out;
        } catch (MessagingException e) {
            throw new IllegalStateException("IMAP: " + e.getMessage(), e);
        }
    }

    /**
     * The address's messages matching {@code which}, waiting until there are at least {@code count} (or the time is
     * up). One IMAP connection for the whole wait; each poll reads only the messages that arrived since the last one,
     * their envelopes fetched in one command, and copies only those that match: an office mailbox holds thousands of
     * the suite's mails, and copying all of them at every poll took minutes.
     */
    public static List<MimeMessage> await(String address, Predicate<MimeMessage> which, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = new ArrayList<>();
        try (Store store = connect(address)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int examined = 0;
            do {
                int total = inbox.getMessageCount(); // on an open folder this asks the server for new arrivals
                if (total > examined) {
                    Message[] arrived = inbox.getMessages(examined + 1, total);
                    FetchProfile envelopes = new FetchProfile();
                    envelopes.add(FetchProfile.Item.ENVELOPE);
                    inbox.fetch(arrived, envelopes);
                    for (Message m : arrived) {
                        if (which.test((MimeMessage) m)) {
                            found.add(new MimeMessage((MimeMessage) m));
                        }
                    }
                    examined = total;
                }
                if (found.size() >= count) {
                    break;
                }
                sleep(200);
            } while (System.nanoTime() < deadline);
            inbox.close(false);
            return found;
        } catch (MessagingException e) {
            throw new IllegalStateException("IMAP: " + e.getMessage(), e);
        }
    }

    private static Store connect(String address) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", System.getProperty("lhh.test.imap-port"));
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "30000");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect(address, "any");
        return store;
    }

    /** Messages whose subject contains {@code text}. */
    public static Predicate<MimeMessage> subjectContains(String text) {
        return m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(text);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The message as it travelled (headers and encoded body). */
    public static String raw(MimeMessage m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the SMTP/IMAP server (its stored mails go with it). */
    public static void stopServer() {
        control("stopServer");
    }

    /** Starts it again on the same ports. */
    public static void startServer() {
        control("startServer");
    }

    private static void control(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(MailServerResource.CONTROL), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("the test mail server's control: " + e.getMessage(), e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
