import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/**
 * The home page's news: the pinned announcements (pinned=true) and the latest other posts, public
 * ones only (the home page is the same for everyone; /news lists what a signed-in user may also read).
 */
export function useHomePosts(pinned: boolean, size: number) {
  return useQuery({
    queryKey: ['home', 'posts', { pinned, size }] as const,
    staleTime: 60_000,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/posts', {
          params: { query: { audience: 'public', status: 'published', pinned, sort: '-publishedAt', size } },
          signal,
        }),
      ).items,
  });
}
