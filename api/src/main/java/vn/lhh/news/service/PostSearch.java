package vn.lhh.news.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.lhh.common.paging.PageRequest;
import vn.lhh.common.search.SearchHit;
import vn.lhh.common.search.SearchKind;
import vn.lhh.common.search.SearchProvider;
import vn.lhh.news.PostRepository;
import vn.lhh.news.PostStatus;

/**
 * Posts in the search box: the news list's search, with its rules (published posts of the audiences the caller
 * may read; the office every post). The office's unpublished posts open in the editor.
 */
@ApplicationScoped
public class PostSearch implements SearchProvider {
    @Inject
    PostService service;

    @Override
    public SearchKind kind() {
        return SearchKind.POSTS;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        PageRequest page = PageRequest.of(null, Integer.toString(limit), null, "-publishedAt", PostRepository.SORTABLE, "p.id");
        return service.list(query, null, null, null, null, null, page).items().stream()
                .map(p -> SearchHit.of(kind(), p.id(), p.title(), p.summary(),
                        (p.status() == PostStatus.published ? "/news/" : "/news-board/") + p.id()))
                .toList();
    }
}
