import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type components } from '@/lib/api/client';
import { fileBody } from '@/lib/api/files';
import { unwrap } from '@/lib/api/problem';
import { getConfig } from '@/lib/config';

export type Post = components['schemas']['Post'];
export type PostSummary = components['schemas']['PostSummary'];
export type PostInput = components['schemas']['PostInput'];
export type PostKind = components['schemas']['PostKind'];
export type PostStatus = components['schemas']['PostStatus'];
export type PostAudience = PostInput['audience'];

export const POST_KINDS: PostKind[] = ['news', 'announcement', 'event'];
export const POST_STATUSES: PostStatus[] = ['draft', 'scheduled', 'published', 'unpublished'];
export const POST_AUDIENCES: PostAudience[] = ['public', 'members', 'internal'];
export const IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;
export const MAX_COVER_BYTES = 5 * 1024 * 1024;

/** What a post list asks for: the public news (published, what the caller may read) or the office's board. */
export interface PostQuery {
  q?: string;
  kind?: PostKind;
  tag?: string;
  status?: PostStatus;
  pinned?: boolean;
  page: number;
  size: number;
}

export const postKeys = {
  lists: ['posts', 'list'] as const,
  list: (query: PostQuery) => ['posts', 'list', query] as const,
  post: (id: string) => ['posts', 'post', id] as const,
};

/** A URL of the API (the cover's URL is relative to its base) as an absolute address. */
export function apiHref(relative: string): string {
  return `${getConfig().apiUrl}${relative}`;
}

export function usePosts(query: PostQuery) {
  return useQuery({
    queryKey: postKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/posts', {
          params: {
            query: {
              q: query.q || undefined,
              kind: query.kind,
              tag: query.tag || undefined,
              status: query.status,
              pinned: query.pinned === undefined ? undefined : query.pinned,
              page: query.page,
              size: query.size,
            },
          },
          signal,
        }),
      ),
  });
}

export function usePost(id: string) {
  return useQuery({
    queryKey: postKeys.post(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/posts/{id}', { params: { path: { id } }, signal })),
  });
}

/** After a write that returns the post: keep it, refresh the lists (the home page's too). */
function useStorePost() {
  const queryClient = useQueryClient();
  return (saved: Post) => {
    queryClient.setQueryData(postKeys.post(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: postKeys.lists });
    void queryClient.invalidateQueries({ queryKey: ['home', 'posts'] });
  };
}

export function useCreatePost() {
  const store = useStorePost();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: PostInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/posts', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: store,
  });
}

export function useReplacePost(id: string) {
  const store = useStorePost();
  return useMutation({
    mutationFn: async ({ body, version }: { body: PostInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/posts/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useTransitionPost(id: string) {
  const store = useStorePost();
  return useMutation({
    mutationFn: async ({
      to,
      scheduledAt,
      version,
    }: {
      to: PostStatus;
      scheduledAt?: string;
      version: number;
    }) =>
      unwrap(
        await api().POST('/api/v1/posts/{id}/transitions', {
          body: { to, scheduledAt },
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useDeletePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/posts/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: postKeys.post(id) });
      void queryClient.invalidateQueries({ queryKey: postKeys.lists });
      void queryClient.invalidateQueries({ queryKey: ['home', 'posts'] });
    },
  });
}

/** Replaces the cover; the version (If-Match) keeps a concurrent replacement from being lost. */
export function useUploadCover(id: string, version: number) {
  const store = useStorePost();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api().PUT('/api/v1/posts/{id}/cover', {
          ...fileBody(file, IMAGE_TYPES),
          params: { path: { id }, query: { fileName: file.name }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useRemoveCover(id: string, version: number) {
  const store = useStorePost();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api().DELETE('/api/v1/posts/{id}/cover', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

/** The cover read with the caller's token (a draft's or a members' post's cover is not public). */
export async function fetchCover(id: string, signal?: AbortSignal): Promise<Blob> {
  return unwrap(
    await api().GET('/api/v1/posts/{id}/cover', { params: { path: { id } }, parseAs: 'blob', signal }),
  ) as Blob;
}
