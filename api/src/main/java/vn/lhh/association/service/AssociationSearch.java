package vn.lhh.association.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.lhh.association.AssociationRepository;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.search.SearchHit;
import vn.lhh.common.search.SearchKind;
import vn.lhh.common.search.SearchProvider;

/** Associations in the search box: the directory's own list (outside the office only active ones), by name. */
@ApplicationScoped
public class AssociationSearch implements SearchProvider {
    @Inject
    AssociationService service;

    @Override
    public SearchKind kind() {
        return SearchKind.ASSOCIATIONS;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        PageRequest page = PageRequest.of(null, Integer.toString(limit), null, "name", AssociationRepository.SORTABLE, "a.id");
        return service.list(query, null, null, null, page).items().stream()
                .map(a -> SearchHit.of(kind(), a.id, a.name, SearchHit.line(a.abbreviation, a.field), "/associations/" + a.id))
                .toList();
    }
}
