import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The latest published issue of the bulletin (undefined before the first one), for the home page. */
export function useLatestBulletin() {
  return useQuery({
    queryKey: ['bulletins', 'issues', 'latest'] as const,
    staleTime: 60_000,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/bulletins', {
          params: { query: { status: 'published', sort: '-month', size: 1 } },
          signal,
        }),
      ).items[0] ?? null,
  });
}
