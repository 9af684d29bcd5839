package vn.lhh.registry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.paging.Page;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.text.SearchText;

/** Official documents, their numbering counters and the registry's searches. */
@ApplicationScoped
public class RegistryRepository implements PanacheRepositoryBase<OfficialDocument, UUID> {
    /** The series of incoming documents: one registry entry number sequence per year. */
    public static final String INCOMING_SERIES = "-";

    /**
     * Filters of the registry; null means "any". visibleTo: null for the office (everything), else
     * the associations whose documents the caller may read (empty: nothing).
     */
    public record Filter(String q, String number, DocumentDirection direction, DocumentType type, LocalDate from, LocalDate to,
                         Integer year, UUID associationId, Collection<UUID> visibleTo) {
    }

    public static final Map<String, String> SORTABLE = Map.of(
            "documentDate", "d.documentDate",
            "number", "d.number",
            "year", "d.year",
            "createdAt", "d.createdAt",
            "receivedOn", "d.receivedOn");

    /**
     * The next number of a series in a year, taken in the caller's transaction. The single upsert
     * locks the counter row until the transaction ends: concurrent registrations of the same series
     * wait for each other, and a registration that rolls back gives its number back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextNumber(DocumentDirection direction, String series, int year) {
        Object n = getEntityManager().createNativeQuery("""
                        INSERT INTO document_counter (direction, type_code, year, last_number) VALUES (?1, ?2, ?3, 1)
                        ON CONFLICT (direction, type_code, year) DO UPDATE SET last_number = document_counter.last_number + 1
                        RETURNING last_number""")
                .setParameter(1, direction.name()).setParameter(2, series).setParameter(3, year)
                .getSingleResult();
        return ((Number) n).intValue();
    }

    /**
     * Records that a number was given outside the system (a document registered before the system
     * was used): the series goes on after it. Numbers before it are the paper registry's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raiseCounter(DocumentDirection direction, String series, int year, int number) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO document_counter (direction, type_code, year, last_number) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (direction, type_code, year) DO UPDATE SET last_number = GREATEST(document_counter.last_number, EXCLUDED.last_number)""")
                .setParameter(1, direction.name()).setParameter(2, series).setParameter(3, year).setParameter(4, number)
                .executeUpdate();
    }

    /** The last number given in a series and year (0 when none), for the tests and the office's checks. */
    public int lastNumber(DocumentDirection direction, String series, int year) {
        List<?> rows = getEntityManager().createNativeQuery(
                        "SELECT last_number FROM document_counter WHERE direction = ?1 AND type_code = ?2 AND year = ?3")
                .setParameter(1, direction.name()).setParameter(2, series).setParameter(3, year)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    public Page<OfficialDocument> search(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        List<String> tokens = SearchText.tokens(f.q());
        for (int i = 0; i < tokens.size(); i++) {
            where.append(" and d.searchKey like :q").append(i).append(" escape '\\'");
            params.put("q" + i, SearchText.containsPattern(tokens.get(i)));
        }
        String number = SearchText.normalize(f.number()).replace(" ", "");
        if (!number.isEmpty()) {
            where.append(" and d.numberKey like :number escape '\\'");
            params.put("number", SearchText.containsPattern(number));
        }
        if (f.direction() != null) {
            where.append(" and d.direction = :direction");
            params.put("direction", f.direction());
        }
        if (f.type() != null) {
            where.append(" and d.type = :type");
            params.put("type", f.type());
        }
        if (f.from() != null) {
            where.append(" and d.documentDate >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and d.documentDate <= :to");
            params.put("to", f.to());
        }
        if (f.year() != null) {
            where.append(" and d.year = :year");
            params.put("year", f.year());
        }
        if (f.associationId() != null) {
            where.append(" and exists (select 1 from OfficialDocument x join x.recipients r where x.id = d.id and r.associationId = :association)");
            params.put("association", f.associationId());
        }
        if (f.visibleTo() != null) {
            if (f.visibleTo().isEmpty()) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
            where.append(" and exists (select 1 from OfficialDocument y join y.recipients v where y.id = d.id and v.associationId in :visible)");
            params.put("visible", f.visibleTo());
        }
        var em = getEntityManager();
        var query = em.createQuery("select d from OfficialDocument d where " + where + " order by " + page.orderBy(), OfficialDocument.class);
        var count = em.createQuery("select count(d) from OfficialDocument d where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(), page.size(),
                count.getSingleResult());
    }
}
