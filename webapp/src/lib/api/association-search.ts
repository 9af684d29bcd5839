import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

/**
 * Member associations matching q (accent-insensitive on the server), at most 20: the options of the
 * association pickers (a task's lead unit or coordinators, an expert's affiliations).
 */
export function useAssociationSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ['association-search', q] as const,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/associations', {
          params: { query: { q: q.trim() || undefined, size: 20 } },
          signal,
        }),
      ),
  });
}
