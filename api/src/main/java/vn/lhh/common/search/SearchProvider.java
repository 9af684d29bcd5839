package vn.lhh.common.search;

import java.util.List;

/**
 * One feature's part of the search box, implemented in the feature's service package with its own list
 * rules and access decisions: it returns only records the caller could open, and nothing (not an error)
 * when the caller may not search that kind at all. Bounded: at most {@code limit} hits, from an indexed
 * query, best first.
 */
public interface SearchProvider {
    SearchKind kind();

    /** @param query the caller's words (NFC, at most 200 characters, at least two letters or digits); @param limit 1 to 21 */
    List<SearchHit> search(String query, int limit);
}
