import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type components } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/problem';

export type InboxNotification = components['schemas']['InboxNotification'];
export type NotificationPreference = components['schemas']['NotificationPreference'];
export type Channel = NotificationPreference['channel'];

export const CHANNELS: Channel[] = ['both', 'in_app', 'email', 'none'];
/** The bell asks once a minute (one indexed count), and again when the window regains focus. */
export const UNREAD_POLL_MS = 60_000;

const KEY = ['notifications'] as const;

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'unread-count'],
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/me/notifications/unread-count', { signal })).unreadCount,
  });
}

export function useInbox(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...KEY, 'inbox', unreadOnly],
    initialPageParam: undefined as string | undefined,
    // queryFn before getNextPageParam: TypeScript infers the page type from the first of them
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api().GET('/api/v1/me/notifications', {
          params: { query: { unread: unreadOnly ? 'true' : undefined, cursor: pageParam, size: 20 } },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api().POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api().POST('/api/v1/me/notifications/read-all')),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export interface VersionedPreferences {
  items: NotificationPreference[];
  etag: string;
}

async function loadPreferences(signal?: AbortSignal): Promise<VersionedPreferences> {
  const result = await api().GET('/api/v1/me/notification-preferences', { signal });
  const data = unwrap(result);
  return { items: data.items, etag: result.response.headers.get('ETag') ?? `"${data.version}"` };
}

export function usePreferences() {
  return useQuery({
    queryKey: [...KEY, 'preferences'],
    queryFn: ({ signal }) => loadPreferences(signal),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ items, etag }: VersionedPreferences) => {
      const result = await api().PUT('/api/v1/me/notification-preferences', {
        params: { header: { 'If-Match': etag } },
        body: { items },
      });
      const data = unwrap(result);
      return { items: data.items, etag: result.response.headers.get('ETag') ?? `"${data.version}"` };
    },
    onSuccess: (saved) => client.setQueryData([...KEY, 'preferences'], saved),
  });
}

export { ApiError };
