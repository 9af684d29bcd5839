package vn.lhh.notification.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.List;
import vn.lhh.testsupport.Mailboxes;

/** What a trigger's e-mail looks like in the recipient's mailbox on the real test SMTP/IMAP server. */
public final class Mails {
    private Mails() {
    }

    /** Waits for exactly one mail to the address whose subject contains the text, and returns it. */
    public static MimeMessage one(String address, String subjectPart) {
        // generous: on a busy machine the dispatcher may have a backlog of other tests' mails before this one
        List<MimeMessage> found = Mailboxes.await(address, Mailboxes.subjectContains(subjectPart), 1, Mailboxes.DELIVERY);
        assertEquals(1, found.size(), "mails to " + address + " about " + subjectPart);
        return found.get(0);
    }

    /** The plain-text part (the first text/plain found). */
    public static String text(MimeMessage m) {
        try {
            return text((Object) m.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart p = mp.getBodyPart(i);
                if (p.isMimeType("text/plain")) {
                    return (String) p.getContent();
                }
                if (p.getContent() instanceof Multipart inner) {
                    String t = text(inner);
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /** Subject with diacritics intact, the link in the body, and the one-click unsubscribe headers. */
    public static void check(MimeMessage m, String subjectPart, String linkPart) {
        try {
            assertTrue(m.getSubject().contains(subjectPart), m.getSubject());
            String body = text(m);
            assertNotNull(body);
            assertTrue(body.contains(linkPart), body);
            assertNotNull(m.getHeader("List-Unsubscribe"), "List-Unsubscribe");
            assertNotNull(m.getHeader("List-Unsubscribe-Post"), "List-Unsubscribe-Post");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
