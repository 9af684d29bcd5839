package vn.lhh.bulletin.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import vn.lhh.bulletin.BulletinRepository;
import vn.lhh.bulletin.IssueStatus;
import vn.lhh.bulletin.dto.BulletinDtos.ArticleDto;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.search.SearchHit;
import vn.lhh.common.search.SearchKind;
import vn.lhh.common.search.SearchProvider;

/**
 * Bulletin articles in the search box: the archive's full-text search (articles of published issues; the office
 * every article), by relevance. Outside the office an article opens in its issue, the public page that shows it.
 */
@ApplicationScoped
public class ArticleSearch implements SearchProvider {
    @Inject
    ArticleService service;
    @Inject
    BulletinService issues;

    @Override
    public SearchKind kind() {
        return SearchKind.BULLETIN_ARTICLES;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        boolean office = issues.isOffice();
        var filter = new BulletinRepository.ArticleFilter(query, null, null, null, null, office ? null : Set.of(IssueStatus.published));
        PageRequest page = PageRequest.of(null, Integer.toString(limit), null, "relevance", BulletinRepository.ARTICLE_SORTABLE, "a.id");
        return service.list(filter, page).items().stream()
                .map(a -> SearchHit.of(kind(), a.id(), a.title(), subtitle(a),
                        office || a.issue() == null ? "/bulletin-board/articles/" + a.id() : "/bulletins/" + a.issue().id()))
                .toList();
    }

    private static String subtitle(ArticleDto a) {
        return SearchHit.line(String.join(", ", a.authors().stream().map(x -> x.name()).toList()),
                a.issue() == null ? null : a.issue().title());
    }
}
