import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type components } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export type SearchResults = components['schemas']['SearchResults'];
export type SearchGroup = components['schemas']['SearchGroup'];
export type SearchHit = components['schemas']['SearchHit'];
export type SearchKind = SearchHit['kind'];

/** As the API: fewer letters or digits than this would match too much, and is not sent. */
export const MIN_QUERY_LETTERS = 2;
export const MAX_QUERY_LENGTH = 200;
export const HITS_PER_KIND = 5;

/** The letters and digits of a query (what the API counts), so that "- -" is not sent. */
export function searchable(q: string): boolean {
  const letters = q.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
  return letters.length >= MIN_QUERY_LETTERS && q.length <= MAX_QUERY_LENGTH;
}

/** Every kind's hits the caller may open, grouped by kind in the API's order. */
export function useSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['search', query],
    enabled: searchable(query),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/search', {
          params: { query: { q: query, limit: String(HITS_PER_KIND) } },
          signal,
        }),
      ),
  });
}

/** The hits in the order the list shows them (groups one after another): what the arrow keys walk through. */
export function flatHits(results: SearchResults | undefined): SearchHit[] {
  return results?.groups.flatMap((g) => g.hits) ?? [];
}
