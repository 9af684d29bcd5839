import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

/** Experts matching q (accent-insensitive on the server), at most 10: the options of the expert pickers. */
export function useExpertSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['expert-search', q] as const,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/experts', {
          params: { query: { q: q.trim() || undefined, size: 10 } },
          signal,
        }),
      ).items,
  });
}

/** The display name of a linked expert (for a link made earlier, whose option is not loaded). */
export function useExpertName(id: string | undefined) {
  return useQuery({
    queryKey: ['expert-name', id ?? ''] as const,
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/experts/{id}', { params: { path: { id: id! } }, signal })).displayName,
  });
}
