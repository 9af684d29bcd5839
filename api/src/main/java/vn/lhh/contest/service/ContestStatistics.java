package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.contest.ContestEdition;
import vn.lhh.contest.ContestRepository;
import vn.lhh.contest.EntryStatus;
import vn.lhh.contest.dto.ContestDtos.Count;
import vn.lhh.contest.dto.ContestDtos.StatisticsDto;

/**
 * An edition's entries counted for the office's charts. Districts and schools are grouped by their
 * search keys (so "THCS Đặng Thai Mai" and "thcs dang thai mai" count as one) and shown as first written.
 */
@ApplicationScoped
public class ContestStatistics {
    @Inject
    ContestRepository repo;
    @Inject
    EditionService editions;

    public StatisticsDto of(UUID editionId, boolean includeDrafts) {
        ContestEdition e = editions.get(editionId);
        String filter = "e.edition_id = :edition" + (includeDrafts ? "" : " AND e.status <> 'draft'");
        Map<String, Object> p = Map.of("edition", e.id);
        List<Count> byDistrict = counts("SELECT e.district_key, (array_agg(e.district ORDER BY e.created_at, e.id))[1], count(*) FROM contest_entry e WHERE " + filter
                + " GROUP BY e.district_key ORDER BY count(*) DESC, e.district_key", p);
        List<Count> bySchool = counts("SELECT e.school_key, (array_agg(e.school ORDER BY e.created_at, e.id))[1], count(*) FROM contest_entry e WHERE " + filter
                + " GROUP BY e.school_key ORDER BY count(*) DESC, e.school_key", p);
        // every category of the edition, also those without entries, in their order
        List<Count> byCategory = counts("SELECT CAST(c.id AS text), c.name, count(e.id) FROM contest_category c LEFT JOIN contest_entry e"
                + " ON e.category_id = c.id AND " + filter + " WHERE c.edition_id = :edition GROUP BY c.id, c.name, c.position ORDER BY c.position, c.name", p);
        List<Count> byGrade = counts("SELECT coalesce(a.value ->> 'grade', 'none'), coalesce(a.value ->> 'grade', 'none'), count(*)"
                + " FROM contest_entry e CROSS JOIN jsonb_array_elements(e.authors) a WHERE " + filter + " GROUP BY 1", p).stream()
                .sorted(Comparator.comparingInt(c -> c.key().equals("none") ? Integer.MAX_VALUE : Integer.parseInt(c.key()))).toList();
        List<Count> byStatus = counts("SELECT e.status, e.status, count(*) FROM contest_entry e WHERE " + filter + " GROUP BY e.status", p).stream()
                .sorted(Comparator.comparingInt(c -> EntryStatus.valueOf(c.key()).ordinal())).toList();
        long entries = byStatus.stream().mapToLong(Count::count).sum();
        long authors = byGrade.stream().mapToLong(Count::count).sum();
        return new StatisticsDto(e.id, includeDrafts, entries, authors, byDistrict, bySchool, byCategory, byGrade, byStatus);
    }

    private List<Count> counts(String sql, Map<String, Object> params) {
        return repo.rows(sql, params).stream().map(r -> new Count((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

}
