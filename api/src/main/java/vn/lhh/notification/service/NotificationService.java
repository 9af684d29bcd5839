package vn.lhh.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.lhh.association.service.AssociationService;
import vn.lhh.common.security.Roles;
import vn.lhh.common.security.UserDirectory;
import vn.lhh.notification.NotificationChannel;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.NotificationRepository;

/**
 * Notifications: what other features call to tell people something (issue 17). Every call writes rows in the
 * CALLER's transaction (an outbox: {@code @Transactional(MANDATORY)}, so the notification exists exactly when the
 * event that caused it was committed); the dispatcher sends the e-mails later, with retries, and the inbox shows
 * the in-app ones at once. Calls never break the caller's transaction (no exception on a duplicate).
 *
 * <h2>Once-only</h2>
 * A row is unique per (kind, occurrenceKey, recipient), enforced by the database: a scheduler firing twice, on two
 * instances, or after a restart queues nothing more, and the call returns false. Choose the occurrence key so that
 * it names the event and its moment, e.g. {@code "congress:" + id + ":due:" + dueDate} or
 * {@code "assignment:" + assignmentId}; a new deadline = a new key = a new reminder.
 *
 * <h2>Calling it</h2>
 * <pre>{@code
 * @Inject NotificationService notifications;
 *
 * @Transactional                  // or inside any method already in a transaction
 * void assign(...) {
 *     ... the feature's own writes ...
 *     notifications.notifyUser("expert", NotificationKind.CONSULTATION_ASSIGNED, "consultation-assignment:" + a.id,
 *             Map.of("consultationTitle", c.title, "dueDate", a.dueDate), "/consultations/" + c.id);
 *     notifications.notifyOffice(kind, key, data, link);                 // staff + admin (Keycloak roles)
 *     notifications.notifyUsers(notifications.associationOfficers(associationId), kind, key, data, link);
 *     notifications.notifyAddress("ban@example.vn", kind, key, data, null); // registrants, subscribers: no account
 * }
 * }</pre>
 * {@code link} is the SPA path of the record (starting with "/"; e-mails make it absolute with
 * {@code lhh.notifications.app-url}); null when there is no page. A notification must never name a record the
 * recipient cannot open: choose recipients and data with that in mind (no minors' personal data in e-mails).
 *
 * <h2>Adding a kind</h2>
 * A constant in {@link NotificationKind} (code in kebab-case + template base name) and three files in
 * {@code src/main/resources/templates/notification/}: {@code <template>.subject.txt} (one line: "Vietnamese /
 * English"), {@code <template>.txt} and {@code <template>.html} (Vietnamese first, then English). Templates see
 * the data's keys (after a JSON round trip: dates become "2027-03-01" strings, numbers stay numbers) plus
 * {@code union} (lhh.union.name), {@code link} (absolute URL or null), {@code recipientName} (null for bare
 * addresses and in the subject) and {@code unsubscribeUrl}; these reserved names may not be data keys. A missing
 * value is an error at rendering (Qute's strict mode): use {@code {value ?: ''}} for optional ones. The subject
 * is reduced to one line (no CR/LF can reach a header); the HTML part is escaped by Qute.
 */
@ApplicationScoped
public class NotificationService {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    // deliberately simple: one @, no spaces or control characters, a dot in the domain
    private static final Pattern EMAIL = Pattern.compile("[^\\s@\\p{Cntrl}<>,;\"]{1,64}@[^\\s@\\p{Cntrl}<>,;\"]+\\.[^\\s@\\p{Cntrl}<>,;\"]+");
    private static final Pattern LINK = Pattern.compile("/[\\x21-\\x7E]{0,498}");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    NotificationRepository repository;
    @Inject
    NotificationTemplates templates;
    @Inject
    UserDirectory directory;
    @Inject
    AssociationService associations;
    @Inject
    DigestSchedule digestSchedule;
    @Inject
    ObjectMapper json;

    /**
     * Queues a notification for a Keycloak user (inbox and/or e-mail as their preference for this kind says).
     *
     * @return true when queued now; false when (kind, occurrenceKey, username) was already queued
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean notifyUser(String username, NotificationKind kind, String occurrenceKey, Map<String, Object> data, String link) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("not a username: " + username);
        }
        NotificationChannel channel = NotificationChannel.BOTH;
        boolean digest = false;
        var pref = repository.preference(username, kind.code());
        if (pref.isPresent()) {
            channel = NotificationChannel.ofCode((String) pref.get()[0]);
            digest = (Boolean) pref.get()[1];
        }
        String mode = !channel.email() ? "none" : digest ? "digest" : "single";
        return queue(kind, occurrenceKey, "user", username, data, link, channel.inApp(), mode);
    }

    /** Queues a notification for each user (duplicates removed); returns how many were queued now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notifyUsers(Collection<String> usernames, NotificationKind kind, String occurrenceKey, Map<String, Object> data, String link) {
        int n = 0;
        for (String u : new LinkedHashSet<>(usernames)) {
            if (notifyUser(u, kind, occurrenceKey, data, link)) {
                n++;
            }
        }
        return n;
    }

    /** Queues a notification for every member of the office (staff and admin roles); returns how many were queued now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notifyOffice(NotificationKind kind, String occurrenceKey, Map<String, Object> data, String link) {
        return notifyUsers(officeUsernames(), kind, occurrenceKey, data, link);
    }

    /**
     * Queues an e-mail to an address without an account (a registrant, a subscriber): no inbox, sent unless the
     * address turned this kind off through an unsubscribe link.
     *
     * @return true when queued now; false when already queued for this address and occurrence
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean notifyAddress(String email, NotificationKind kind, String occurrenceKey, Map<String, Object> data, String link) {
        if (email == null || email.length() > 320 || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        String address = email.toLowerCase(Locale.ROOT);
        String mode = repository.addressOptedOut(address, kind.code()) ? "none" : "single";
        return queue(kind, occurrenceKey, "address", address, data, link, false, mode);
    }

    /** Lifts an address's opt-out of a kind (its owner asked for these mails again, e.g. by confirming a subscription). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void allowAddress(String email, NotificationKind kind) {
        repository.allowAddress(email.toLowerCase(Locale.ROOT), kind.code());
    }

    /** Usernames of the office (realm roles staff and admin), from Keycloak (cached briefly). */
    public Set<String> officeUsernames() {
        Set<String> office = new LinkedHashSet<>(directory.usernamesWithRole(Roles.STAFF));
        office.addAll(directory.usernamesWithRole(Roles.ADMIN));
        return office;
    }

    /** Usernames linked to an association as its officers (the association feature's link). */
    public List<String> associationOfficers(UUID associationId) {
        return associations.officerUsernames(associationId);
    }

    /** A user's e-mail address and display name, when Keycloak knows them. */
    public Optional<UserDirectory.Person> person(String username) {
        return directory.person(username);
    }

    private boolean queue(NotificationKind kind, String occurrenceKey, String type, String recipient, Map<String, Object> data,
                          String link, boolean inApp, String mode) {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (occurrenceKey == null || occurrenceKey.isBlank() || occurrenceKey.length() > 300) {
            throw new IllegalArgumentException("occurrenceKey must have 1 to 300 characters");
        }
        if (link != null && !LINK.matcher(link).matches()) {
            throw new IllegalArgumentException("link must be an SPA path starting with / (printable ASCII, at most 499 characters)");
        }
        Map<String, Object> values = data == null ? Map.of() : data;
        for (String reserved : NotificationTemplates.RESERVED) {
            if (values.containsKey(reserved)) {
                throw new IllegalArgumentException("data may not use the reserved name " + reserved);
            }
        }
        String dataJson;
        Map<String, Object> stored;
        try {
            dataJson = json.writeValueAsString(values);
            // the subject is rendered from what the dispatcher will read back, so both see the same values
            stored = json.readValue(dataJson, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("data must be JSON-serialisable", e);
        }
        String title = templates.subject(kind, new LinkedHashMap<>(stored));
        Instant next = "digest".equals(mode) ? digestSchedule.nextDigestAt(Instant.now()) : Instant.now();
        return repository.insertOnce(new NotificationRepository.NewNotification(UUID.randomUUID(), kind, occurrenceKey, type, recipient,
                dataJson, link, title, inApp, mode, next));
    }
}
