package vn.lhh.calendar;

import vn.lhh.common.persistence.FeatureRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.lhh.common.paging.Page;
import vn.lhh.common.text.SearchText;

/** Calendar queries. Visibility is decided in SQL, so that paging and counts see only what the caller may see. */
@ApplicationScoped
public class CalendarRepository implements FeatureRepository<CalendarEvent, UUID> {

    /** Who is looking: the office sees everything; others see by visibility and by taking part. */
    public record Viewer(String username, boolean office, boolean member, Set<UUID> associationIds) {
        public static Viewer anonymous() {
            return new Viewer(null, false, false, Set.of());
        }

        public boolean takesPart(CalendarEvent e) {
            if (username == null && associationIds.isEmpty()) {
                return false;
            }
            if (username != null && username.equals(e.chairUsername)) {
                return true;
            }
            return e.participants.stream().anyMatch(p -> (username != null && username.equals(p.username))
                    || (p.associationId != null && associationIds.contains(p.associationId)));
        }

        public boolean sees(CalendarEvent e) {
            return office || e.visibility == Visibility.everyone || (member && e.visibility == Visibility.members) || takesPart(e);
        }
    }

    public record Filter(Instant from, Instant to, EventKind kind, boolean onlyMine) {
    }

    /** Events overlapping [from, to) that the viewer may see, earliest first. */
    @SuppressWarnings("unchecked")
    public Page<CalendarEvent> inRange(Filter f, Viewer v, int page, int size) {
        StringBuilder where = new StringBuilder("e.starts_at < :to and e.ends_at > :from");
        Map<String, Object> params = new HashMap<>();
        params.put("from", f.from());
        params.put("to", f.to());
        if (f.kind() != null) {
            where.append(" and e.kind = :kind");
            params.put("kind", f.kind().name());
        }
        // the viewer's parameters are bound only when the condition is used
        Map<String, Object> partParams = new HashMap<>();
        String takesPart = takesPartSql(v, partParams);
        if (f.onlyMine() || !v.office()) {
            params.putAll(partParams);
        }
        if (f.onlyMine()) {
            where.append(" and ").append(takesPart);
        } else if (!v.office()) {
            where.append(" and ").append(visibleSql(v, takesPart));
        }
        Query ids = getEntityManager().createNativeQuery("select e.id from calendar_event e where " + where
                + " order by e.starts_at, e.ends_at, e.id limit :limit offset :offset", UUID.class);
        Query count = getEntityManager().createNativeQuery("select count(*) from calendar_event e where " + where, Long.class);
        params.forEach((k, val) -> {
            ids.setParameter(k, val);
            count.setParameter(k, val);
        });
        ids.setParameter("limit", size).setParameter("offset", (page - 1) * size);
        List<UUID> found = ids.getResultList();
        return new Page<>(byIdsInOrder(found), page, size, ((Number) count.getSingleResult()).longValue());
    }

    /** The SQL condition "a viewer outside the office sees e" ({@link Viewer#sees}), given the takes-part condition. */
    private static String visibleSql(Viewer v, String takesPart) {
        return "(e.visibility = 'everyone'" + (v.member() ? " or e.visibility = 'members'" : "") + " or " + takesPart + ")";
    }

    /**
     * Events the viewer may see whose search key (title, place, chairperson; V26) has every word, the latest
     * first; at most {@code limit}. The words are matched through the key's trigram index.
     */
    @SuppressWarnings("unchecked")
    public List<CalendarEvent> search(String q, Viewer v, int limit) {
        List<String> tokens = SearchText.tokens(q);
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            where.append(" and e.search_key like :q").append(i).append(" escape '\\'");
            params.put("q" + i, SearchText.containsPattern(tokens.get(i)));
        }
        if (!v.office()) {
            where.append(" and ").append(visibleSql(v, takesPartSql(v, params)));
        }
        Query ids = getEntityManager().createNativeQuery("select e.id from calendar_event e where " + where
                + " order by e.starts_at desc, e.id limit :limit", UUID.class);
        params.forEach(ids::setParameter);
        return byIdsInOrder(ids.setParameter("limit", limit).getResultList());
    }

    /** The SQL condition "the viewer takes part in e" (false for a viewer without a name or associations). */
    private static String takesPartSql(Viewer v, Map<String, Object> params) {
        List<String> or = new ArrayList<>();
        if (v.username() != null) {
            params.put("me", v.username());
            or.add("e.chair_username = :me");
            or.add("exists (select 1 from calendar_participant p where p.event_id = e.id and p.username = :me)");
        }
        if (!v.associationIds().isEmpty()) {
            params.put("mine", v.associationIds());
            or.add("exists (select 1 from calendar_participant p where p.event_id = e.id and p.association_id in (:mine))");
        }
        return or.isEmpty() ? "false" : "(" + String.join(" or ", or) + ")";
    }

    public List<CalendarEvent> byIdsInOrder(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, CalendarEvent> byId = new LinkedHashMap<>();
        for (UUID id : ids) {
            byId.put(id, null);
        }
        list("id in ?1", ids).forEach(e -> byId.put(e.id, e));
        return byId.values().stream().filter(e -> e != null).toList();
    }

    /** A clash: another event overlapping in time that shares a person (as chairperson or participant). */
    public record Clash(UUID eventId, UUID otherId, String username) {
    }

    /**
     * For each given event, the other events that overlap it in time and share a person (chairperson or
     * user participant). Only events near the given ones in time are looked at (the range index).
     */
    @SuppressWarnings("unchecked")
    public List<Clash> clashes(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        String sql = """
                with target as (select id, starts_at, ends_at from calendar_event where id in (:ids)),
                     span as (select min(starts_at) s, max(ends_at) e from target),
                     near as (select ce.id, ce.starts_at, ce.ends_at, ce.chair_username from calendar_event ce, span
                              where ce.starts_at < span.e and ce.ends_at > span.s),
                     people as (select id as event_id, chair_username as username from near where chair_username is not null
                                union
                                select p.event_id, p.username from calendar_participant p join near n on n.id = p.event_id
                                where p.username is not null)
                select a.event_id, b.event_id, a.username
                from people a
                join people b on b.username = a.username and b.event_id <> a.event_id
                join near ea on ea.id = a.event_id
                join near eb on eb.id = b.event_id
                where a.event_id in (select id from target) and eb.starts_at < ea.ends_at and ea.starts_at < eb.ends_at
                order by eb.starts_at, b.event_id, a.username
                """;
        List<Object[]> rows = getEntityManager().createNativeQuery(sql).setParameter("ids", eventIds).getResultList();
        return rows.stream().map(r -> new Clash((UUID) r[0], (UUID) r[1], (String) r[2])).toList();
    }

    public long registrationCount(UUID eventId) {
        return getEntityManager().createQuery("select count(r) from Registration r where r.eventId = ?1 and r.confirmedAt is not null", Long.class)
                .setParameter(1, eventId).getSingleResult();
    }

    public Map<UUID, Long> registrationCounts(Collection<UUID> eventIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!eventIds.isEmpty()) {
            getEntityManager().createQuery("select r.eventId, count(r) from Registration r where r.eventId in ?1 and r.confirmedAt is not null group by r.eventId", Object[].class)
                    .setParameter(1, eventIds).getResultList().forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        }
        return counts;
    }

    /** The registration of an address for a workshop, pending or confirmed (one per address: a unique index). */
    public Registration byEmail(UUID eventId, String email) {
        return getEntityManager().createQuery("select r from Registration r where r.eventId = ?1 and lower(r.email) = ?2", Registration.class)
                .setParameter(1, eventId).setParameter(2, email.toLowerCase()).getResultStream().findFirst().orElse(null);
    }

    /** The pending registration whose confirmation link carries this secret (its SHA-256). */
    public Registration byConfirmTokenHash(String hash) {
        return getEntityManager().createQuery("select r from Registration r where r.confirmTokenHash = ?1", Registration.class)
                .setParameter(1, hash).getResultStream().findFirst().orElse(null);
    }

    /** Forgets pending registrations whose link expired: personal data nobody confirmed. */
    public int deleteExpiredPending(Instant now) {
        return getEntityManager().createQuery("delete from Registration r where r.confirmedAt is null and r.confirmExpiresAt <= ?1")
                .setParameter(1, now).executeUpdate();
    }

    public Page<Registration> registrations(UUID eventId, int page, int size) {
        List<Registration> items = getEntityManager().createQuery("select r from Registration r where r.eventId = ?1 and r.confirmedAt is not null order by r.confirmedAt, r.id", Registration.class)
                .setParameter(1, eventId).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, registrationCount(eventId));
    }

    /** Events a user takes part in (the personal feed): as chairperson, as a participant, or through an association they act for. */
    public List<CalendarEvent> ofPerson(String username, Set<UUID> associationIds, Instant from, Instant to, int max) {
        Page<CalendarEvent> p = inRange(new Filter(from, to, null, true), new Viewer(username, false, false, associationIds), 1, max);
        return p.items();
    }

    public List<CalendarEvent> everyoneEvents(Instant from, Instant to, int max) {
        return getEntityManager().createQuery("select e from CalendarEvent e where e.visibility = ?1 and e.startsAt < ?3 and e.endsAt > ?2 "
                        + "order by e.startsAt, e.id", CalendarEvent.class)
                .setParameter(1, Visibility.everyone).setParameter(2, from).setParameter(3, to).setMaxResults(max).getResultList();
    }

    public static Set<String> usernames(Collection<Clash> clashes) {
        Set<String> s = new TreeSet<>();
        clashes.forEach(c -> s.add(c.username()));
        return s;
    }

    /** Events starting in [from, to), for the reminders. */
    public List<CalendarEvent> startingBetween(Instant from, Instant to) {
        return list("startsAt >= ?1 and startsAt < ?2 order by startsAt, id", from, to);
    }

    /** Every registration of a workshop, oldest first (the workshop reminder). */
    public List<Registration> allRegistrations(UUID eventId) {
        return getEntityManager().createQuery("select r from Registration r where r.eventId = ?1 and r.confirmedAt is not null order by r.confirmedAt, r.id", Registration.class)
                .setParameter(1, eventId).getResultList();
    }

    /** The personal feed token with this hash, or null. */
    public FeedToken feedTokenByHash(String tokenHash) {
        return getEntityManager().createQuery("select t from FeedToken t where t.tokenHash = ?1", FeedToken.class)
                .setParameter(1, tokenHash).getResultStream().findFirst().orElse(null);
    }
}
