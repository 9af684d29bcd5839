package vn.lhh.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.search.SearchHit;
import vn.lhh.common.search.SearchKind;
import vn.lhh.common.search.SearchProvider;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;
import vn.lhh.common.time.ProvinceClock;
import vn.lhh.program.ProgramRepository;

/** Program tasks in the search box: the tracking list's text search, for whom the list is (office and association officers). */
@ApplicationScoped
public class ProgramTaskSearch implements SearchProvider {
    @Inject
    ProgramTaskService service;
    @Inject
    CurrentUser user;

    @Override
    public SearchKind kind() {
        return SearchKind.PROGRAM_TASKS;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        if (!(user.isStaffOrAdmin() || user.hasRole(Roles.ASSOCIATION_OFFICER))) {
            return List.of();
        }
        var filter = new ProgramRepository.TaskFilter(null, null, null, null, null, null, query, ProvinceClock.today());
        PageRequest page = PageRequest.of(null, Integer.toString(limit), null, "year,position", ProgramRepository.TASK_SORTABLE, "t.id");
        return service.list(filter, page).items().stream()
                .map(t -> SearchHit.of(kind(), t.id(), t.shortTitle() != null ? t.shortTitle() : t.text(),
                        SearchHit.line(t.label(), t.year(), t.leadUnit(), t.shortTitle() != null ? t.text() : null), "/program-tasks/" + t.id()))
                .toList();
    }
}
