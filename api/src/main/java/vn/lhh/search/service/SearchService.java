package vn.lhh.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.lhh.common.problem.ProblemException;
import vn.lhh.common.search.SearchHit;
import vn.lhh.common.search.SearchKind;
import vn.lhh.common.search.SearchProvider;
import vn.lhh.common.text.InputText;
import vn.lhh.common.text.SearchText;
import vn.lhh.search.dto.SearchDtos.SearchGroup;
import vn.lhh.search.dto.SearchDtos.SearchResults;

/**
 * One search box for everything: the words go to each feature's {@link SearchProvider}, which answers with its
 * own list rules and access decisions (so nothing shows here that its feature would not let the caller open).
 * This class only checks the input, bounds the work and groups the hits in the fixed order of {@link SearchKind}.
 */
@ApplicationScoped
public class SearchService {
    public static final int MAX_QUERY_LENGTH = 200;
    /** Fewer letters than this would match a large part of every table. */
    public static final int MIN_QUERY_LETTERS = 2;
    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;

    @Inject
    Instance<SearchProvider> providers;

    /** @param kinds the kinds to search (empty: all); @param limit hits per kind, already within 1 to {@link #MAX_LIMIT} */
    public SearchResults search(String q, Set<SearchKind> kinds, int limit) {
        String query = query(q);
        Set<SearchKind> wanted = kinds.isEmpty() ? EnumSet.allOf(SearchKind.class) : kinds;
        List<SearchProvider> ordered = providers.stream().filter(p -> wanted.contains(p.kind()))
                .sorted(Comparator.comparing(SearchProvider::kind)).toList();
        List<SearchGroup> groups = new ArrayList<>();
        for (SearchProvider p : ordered) {
            // one more than shown tells whether the feature's list has more
            List<SearchHit> hits = p.search(query, limit + 1);
            if (!hits.isEmpty()) {
                groups.add(new SearchGroup(p.kind().apiName, hits.subList(0, Math.min(limit, hits.size())), hits.size() > limit));
            }
        }
        return new SearchResults(query, groups);
    }

    /** The words as the features get them: NFC without invisible characters, trimmed; refused when empty, too short or too long. */
    static String query(String q) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidField("q", "validation.max-length", MAX_QUERY_LENGTH);
        }
        String query = q == null ? "" : InputText.normalize(q).strip();
        if (query.isEmpty()) {
            throw ProblemException.invalidField("q", "jakarta.validation.constraints.NotBlank.message");
        }
        if (String.join("", SearchText.words(query)).length() < MIN_QUERY_LETTERS) {
            throw ProblemException.invalidField("q", "validation.search-too-short", MIN_QUERY_LETTERS);
        }
        return query;
    }

    /** The kinds of a comma list of API names ("experts,posts"); empty or absent: all. An unknown name is refused. */
    public static Set<SearchKind> kinds(String list) {
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        if (list == null || list.isBlank()) {
            return kinds;
        }
        for (String name : list.split(",", -1)) {
            kinds.add(SearchKind.of(name.strip())
                    .orElseThrow(() -> ProblemException.invalidField("kinds", "validation.one-of", SearchKind.NAMES)));
        }
        return kinds;
    }
}
