package vn.lhh.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.lhh.common.search.SearchHit;
import vn.lhh.common.search.SearchKind;
import vn.lhh.common.search.SearchProvider;

/** Consultations in the search box: the office's board, or an expert's own assignments (see {@link ConsultationService#search}). */
@ApplicationScoped
public class ConsultationSearch implements SearchProvider {
    @Inject
    ConsultationService service;

    @Override
    public SearchKind kind() {
        return SearchKind.CONSULTATIONS;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return service.search(query, limit).stream()
                .map(c -> SearchHit.of(kind(), c.id(), c.subject(), SearchHit.line(c.requestReference(), c.requestingBody(), c.deadline()),
                        "/consultations/" + c.id()))
                .toList();
    }
}
