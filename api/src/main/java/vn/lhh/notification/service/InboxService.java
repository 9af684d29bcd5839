package vn.lhh.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.lhh.common.etag.ETags;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.notification.Notification;
import vn.lhh.notification.NotificationChannel;
import vn.lhh.notification.NotificationKind;
import vn.lhh.notification.NotificationRepository;
import vn.lhh.notification.dto.NotificationDtos.InboxItem;
import vn.lhh.notification.dto.NotificationDtos.InboxPage;
import vn.lhh.notification.dto.NotificationDtos.Preference;
import vn.lhh.notification.dto.NotificationDtos.Preferences;

/** The caller's own inbox and preferences: every query is bound to the caller's username, nobody reads another's. */
@ApplicationScoped
public class InboxService {
    public static final String ENTITY = "notification";

    @Inject
    NotificationRepository repository;
    @Inject
    CurrentUser user;

    @Transactional
    public InboxPage inbox(boolean unreadOnly, PageRequest page) {
        String me = user.username();
        Page<InboxItem> p = repository.inbox(me, unreadOnly, page).map(InboxService::toItem);
        return new InboxPage(p.items(), p.page(), p.size(), p.total(), p.totalExact(), p.nextCursor(), repository.unreadCount(me));
    }

    @Transactional
    public long unreadCount() {
        return repository.unreadCount(user.username());
    }

    /** Marks one of the caller's entries read (again: no change); another's entry is "not found", so ids reveal nothing. */
    @Transactional
    public InboxItem markRead(UUID id) {
        Notification n = repository.findById(id);
        if (n == null || !Notification.USER.equals(n.recipientType) || !n.recipient.equals(user.username()) || !n.inApp) {
            throw ProblemException.notFound(ENTITY, id);
        }
        if (n.readAt == null) {
            n.readAt = Instant.now();
        }
        return toItem(n);
    }

    @Transactional
    public int markAllRead() {
        return repository.markAllRead(user.username());
    }

    @Transactional
    public Preferences preferences() {
        String me = user.username();
        Map<String, Object[]> stored = repository.preferences(me);
        List<Preference> items = new ArrayList<>();
        for (NotificationKind k : NotificationKind.values()) {
            Object[] p = stored.get(k.code());
            items.add(p == null ? new Preference(k.code(), NotificationChannel.BOTH.code(), false)
                    : new Preference(k.code(), (String) p[0], (Boolean) p[1]));
        }
        return new Preferences(items, repository.preferencesVersion(me));
    }

    @Transactional
    public Preferences replacePreferences(String ifMatch, List<Preference> items) {
        String me = user.username();
        long current = repository.preferencesVersion(me);
        ETags.check(ifMatch, current);
        if (items == null) {
            throw ProblemException.invalidField("items", "validation.notification-required");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Preference p = items.get(i);
            if (p == null || p.kind() == null || NotificationKind.ofCode(p.kind()).isEmpty()) {
                throw ProblemException.invalidField("items[" + i + "].kind", "validation.one-of", kindCodes());
            }
            if (p.channel() == null || !List.of("in_app", "email", "both", "none").contains(p.channel())) {
                throw ProblemException.invalidField("items[" + i + "].channel", "validation.one-of", "in_app, email, both, none");
            }
            if (!seen.add(p.kind())) {
                throw ProblemException.invalidField("items[" + i + "].kind", "validation.notification-duplicate-kind");
            }
        }
        repository.deletePreferences(me);
        for (Preference p : items) {
            repository.savePreference(me, p.kind(), p.channel(), p.digest());
        }
        // the version moves even when nothing is stored (all back to the default), so a stale If-Match is refused
        repository.touchPreferencesVersion(me);
        return preferences();
    }

    private static String kindCodes() {
        return String.join(", ", Arrays.stream(NotificationKind.values()).map(NotificationKind::code).toList());
    }

    static InboxItem toItem(Notification n) {
        return new InboxItem(n.id, n.kind, n.title, n.link, n.data, n.createdAt, n.readAt);
    }
}
