package vn.lhh.contest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.search.SearchHit;
import vn.lhh.common.search.SearchKind;
import vn.lhh.common.search.SearchProvider;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;
import vn.lhh.contest.ContestRepository;

/** Contest entries in the search box: the entry list's search for whom it is (the office: all; a coordinator: those it registered). */
@ApplicationScoped
public class EntrySearch implements SearchProvider {
    @Inject
    EntryService service;
    @Inject
    CurrentUser user;

    @Override
    public SearchKind kind() {
        return SearchKind.CONTEST_ENTRIES;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        if (!(user.isStaffOrAdmin() || user.hasRole(Roles.CONTEST_COORDINATOR))) {
            return List.of();
        }
        var filter = new ContestRepository.EntryFilter(null, null, null, null, null, null, query, null);
        PageRequest page = PageRequest.of(null, Integer.toString(limit), null, "-number", ContestRepository.ENTRY_SORTABLE, "e.id");
        return service.list(filter, page).items().stream()
                .map(e -> SearchHit.of(kind(), e.id(), e.title(), SearchHit.line(e.code(), e.school(), e.district()), "/contest-entries/" + e.id()))
                .toList();
    }
}
