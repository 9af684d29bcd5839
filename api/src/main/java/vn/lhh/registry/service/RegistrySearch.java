package vn.lhh.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.search.SearchHit;
import vn.lhh.common.search.SearchKind;
import vn.lhh.common.search.SearchProvider;
import vn.lhh.common.security.CurrentUser;
import vn.lhh.common.security.Roles;
import vn.lhh.registry.RegistryRepository;

/**
 * Official documents in the search box: the registry's search for whom the registry is (the office; an officer
 * the documents addressed to their association), newest first. The words also match the symbol: "106/CTr-LHH".
 */
@ApplicationScoped
public class RegistrySearch implements SearchProvider {
    @Inject
    RegistryService service;
    @Inject
    CurrentUser user;

    @Override
    public SearchKind kind() {
        return SearchKind.OFFICIAL_DOCUMENTS;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        if (!(user.isStaffOrAdmin() || user.hasRole(Roles.ASSOCIATION_OFFICER))) {
            return List.of();
        }
        var filter = new RegistryRepository.Filter(query, null, null, null, null, null, null, null, service.visibleAssociations());
        PageRequest page = PageRequest.of(null, Integer.toString(limit), null, "-documentDate,-number", RegistryRepository.SORTABLE, "d.id");
        return service.list(filter, page).items().stream()
                .map(d -> SearchHit.of(kind(), d.id(), d.subject(), SearchHit.line(d.symbol(), d.documentDate(), d.issuingBody()),
                        "/registry/" + d.id()))
                .toList();
    }
}
