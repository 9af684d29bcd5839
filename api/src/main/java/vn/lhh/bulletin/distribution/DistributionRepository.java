package vn.lhh.bulletin.distribution;

import vn.lhh.common.persistence.FeatureRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.text.SearchText;

/** Recipients, lists and records of the bulletin's free distribution, and the sums over them. */
@ApplicationScoped
public class DistributionRepository implements FeatureRepository<DistributionRecipient, UUID> {

    /** district: a normalized key (SearchText.normalize); active: null for any. */
    public record RecipientFilter(String q, RecipientKind kind, String districtKey, Boolean active) {
    }

    public static final Map<String, String> RECIPIENT_SORTABLE = Map.of(
            "name", "r.nameKey",
            "district", "r.districtKey",
            "kind", "r.kind",
            "copies", "r.copies",
            "updatedAt", "r.updatedAt");

    public static final Map<String, String> LIST_SORTABLE = Map.of(
            "name", "l.nameKey",
            "updatedAt", "l.updatedAt");

    public static final Map<String, String> RECORD_SORTABLE = Map.of(
            "recipient", "lower(r.recipientName)",
            "district", "coalesce(lower(r.recipientDistrict), '')",
            "sentOn", "r.sentOn",
            "copies", "r.copies",
            "createdAt", "r.createdAt");

    public Page<DistributionRecipient> recipients(RecipientFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        matchWords(where, params, "r.searchKey", f.q());
        if (f.kind() != null) {
            where.append(" and r.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.districtKey() != null) {
            where.append(" and r.districtKey = :district");
            params.put("district", f.districtKey());
        }
        if (f.active() != null) {
            where.append(" and r.active = :active");
            params.put("active", f.active());
        }
        return page(DistributionRecipient.class, "r", where, params, page);
    }

    public Page<DistributionList> lists(String q, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        matchWords(where, params, "l.nameKey", q);
        return page(DistributionList.class, "l", where, params, page);
    }

    public Page<DistributionRecord> records(UUID issueId, RecipientKind kind, PageRequest page) {
        StringBuilder where = new StringBuilder("r.issueId = :issue");
        Map<String, Object> params = new HashMap<>();
        params.put("issue", issueId);
        if (kind != null) {
            where.append(" and r.recipientKind = :kind");
            params.put("kind", kind);
        }
        return page(DistributionRecord.class, "r", where, params, page);
    }

    /** Every word of the query somewhere in the key, accents and case aside. */
    private static void matchWords(StringBuilder where, Map<String, Object> params, String key, String q) {
        List<String> tokens = SearchText.tokens(q);
        for (int i = 0; i < tokens.size(); i++) {
            where.append(" and ").append(key).append(" like :q").append(i).append(" escape '\\'");
            params.put("q" + i, SearchText.containsPattern(tokens.get(i)));
        }
    }

    private <T> Page<T> page(Class<T> type, String alias, StringBuilder where, Map<String, Object> params, PageRequest page) {
        String entity = type.getSimpleName();
        var query = getEntityManager().createQuery("select " + alias + " from " + entity + " " + alias + " where " + where
                + " order by " + page.orderBy(), type);
        var count = getEntityManager().createQuery("select count(" + alias + ") from " + entity + " " + alias + " where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(), page.size(),
                count.getSingleResult());
    }

    public Map<UUID, DistributionRecipient> recipientsById(Collection<UUID> ids) {
        Map<UUID, DistributionRecipient> m = new HashMap<>();
        if (!ids.isEmpty()) {
            list("id in ?1", ids).forEach(r -> m.put(r.id, r));
        }
        return m;
    }

    /** Another recipient of the same kind and district with the same name, however spelled. */
    public boolean recipientNameTaken(RecipientKind kind, String districtKey, String nameKey, UUID except) {
        return count("kind = ?1 and districtKey = ?2 and nameKey = ?3 and id <> ?4", kind, districtKey, nameKey, except) > 0;
    }

    public boolean listNameTaken(String nameKey, UUID except) {
        return getEntityManager().createQuery("select count(l) from DistributionList l where l.nameKey = ?1 and l.id <> ?2", Long.class)
                .setParameter(1, nameKey).setParameter(2, except).getSingleResult() > 0;
    }

    public DistributionList findList(UUID id) {
        return getEntityManager().find(DistributionList.class, id);
    }

    public List<DistributionList> listsWith(UUID recipientId) {
        return getEntityManager().createQuery("select distinct l from DistributionList l join l.members m where m.recipientId = ?1",
                DistributionList.class).setParameter(1, recipientId).getResultList();
    }

    /** Per list: [members, active members, copies a sending takes (active members, override or default)]. */
    @SuppressWarnings("unchecked")
    public Map<UUID, long[]> listStats(Collection<UUID> listIds) {
        Map<UUID, long[]> stats = new HashMap<>();
        if (listIds.isEmpty()) {
            return stats;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT m.list_id, count(*), count(*) FILTER (WHERE r.active),
                               coalesce(sum(coalesce(m.copies, r.copies)) FILTER (WHERE r.active), 0)
                        FROM distribution_list_member m JOIN distribution_recipient r ON r.id = m.recipient_id
                        WHERE m.list_id IN (:ids) GROUP BY m.list_id""")
                .setParameter("ids", listIds).getResultList();
        rows.forEach(r -> stats.put((UUID) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()}));
        return stats;
    }

    /** Records per recipient. */
    public Map<UUID, Long> recordCounts(Collection<UUID> recipientIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!recipientIds.isEmpty()) {
            getEntityManager().createQuery("select r.recipientId, count(r) from DistributionRecord r where r.recipientId in ?1 group by r.recipientId",
                            Object[].class)
                    .setParameter(1, recipientIds).getResultList()
                    .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    public DistributionRecord findRecord(UUID id) {
        return getEntityManager().find(DistributionRecord.class, id);
    }

    public Set<UUID> recordedRecipients(UUID issueId) {
        return new HashSet<>(getEntityManager().createQuery("select r.recipientId from DistributionRecord r where r.issueId = ?1", UUID.class)
                .setParameter(1, issueId).getResultList());
    }

    /**
     * Serialises the creation of records for one issue, so that a sending to a list sees every record
     * made before it and skips those recipients instead of failing on the unique key. The two-key form
     * keeps these locks apart from the single-key ones other features take.
     */
    public void lockIssue(UUID issueId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, hashtext(?2))) l")
                .setParameter(1, LOCK_CLASS).setParameter(2, issueId.toString()).getSingleResult();
    }

    /** "DS" (distribution) as a number: the first key of this feature's advisory locks. */
    private static final int LOCK_CLASS = 0x4453;

    /** Per kind over an issue's records: [kind, recipients, records, copies]. */
    public List<Object[]> issueTotals(UUID issueId) {
        return getEntityManager().createQuery("""
                        select r.recipientKind, count(distinct r.recipientId), count(r), sum(r.copies)
                        from DistributionRecord r where r.issueId = ?1 group by r.recipientKind""", Object[].class)
                .setParameter(1, issueId).getResultList();
    }

    /** Per month of sentOn in [from, to): [month, issues, records, copies]. */
    public List<Object[]> monthTotals(LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("""
                        select extract(month from r.sentOn), count(distinct r.issueId), count(r), sum(r.copies)
                        from DistributionRecord r where r.sentOn >= ?1 and r.sentOn < ?2
                        group by extract(month from r.sentOn)""", Object[].class)
                .setParameter(1, from).setParameter(2, to).getResultList();
    }

    /** Over [from, to): [issues, recipients, records, copies]. */
    public Object[] periodTotal(LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("""
                        select count(distinct r.issueId), count(distinct r.recipientId), count(r), coalesce(sum(r.copies), 0)
                        from DistributionRecord r where r.sentOn >= ?1 and r.sentOn < ?2""", Object[].class)
                .setParameter(1, from).setParameter(2, to).getSingleResult();
    }

    /** Per kind over [from, to): [kind, recipients, records, copies]. */
    public List<Object[]> kindTotals(LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("""
                        select r.recipientKind, count(distinct r.recipientId), count(r), sum(r.copies)
                        from DistributionRecord r where r.sentOn >= ?1 and r.sentOn < ?2 group by r.recipientKind""", Object[].class)
                .setParameter(1, from).setParameter(2, to).getResultList();
    }
}
