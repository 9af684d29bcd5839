package vn.lhh.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.lhh.common.search.SearchHit;
import vn.lhh.common.search.SearchKind;
import vn.lhh.common.search.SearchProvider;
import vn.lhh.common.time.ProvinceClock;

/** Calendar events in the search box: what the caller may see (visibility or taking part), the latest first. */
@ApplicationScoped
public class CalendarSearch implements SearchProvider {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    CalendarService service;

    @Override
    public SearchKind kind() {
        return SearchKind.CALENDAR_EVENTS;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return service.search(query, limit).stream()
                .map(e -> SearchHit.of(kind(), e.id(), e.title(), SearchHit.line(WHEN.format(e.startsAt().atZone(ProvinceClock.ZONE)), e.place()),
                        "/calendar/events/" + e.id()))
                .toList();
    }
}
