package vn.lhh.expert.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.lhh.common.search.SearchHit;
import vn.lhh.common.search.SearchKind;
import vn.lhh.common.search.SearchProvider;
import vn.lhh.expert.ExpertRepository;

/** Experts in the search box: the network's search (each profile as the caller's audience may see it), by relevance. */
@ApplicationScoped
public class ExpertSearch implements SearchProvider {
    @Inject
    ExpertService service;

    @Override
    public SearchKind kind() {
        return SearchKind.EXPERTS;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        var filter = new ExpertRepository.Filter(query, null, null, null, null, null, false);
        return service.search(filter, 1, limit, null).items().stream()
                .map(e -> SearchHit.of(kind(), e.id(), e.displayName(), SearchHit.line(e.position(), e.organisation()), "/experts/" + e.id()))
                .toList();
    }
}
