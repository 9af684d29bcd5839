import { api, type components } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned, type ApiMutationEffects } from '@/lib/api/hooks';
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
  return useApiQuery(
    postKeys.list(query),
    (signal) =>
      api().GET('/api/v1/posts', {
        params: { query: { ...query, q: query.q || undefined, tag: query.tag || undefined } },
        signal,
      }),
    { keepPrevious: true },
  );
}

export function usePost(id: string) {
  return useApiQuery(postKeys.post(id), (signal) =>
    api().GET('/api/v1/posts/{id}', { params: { path: { id } }, signal }),
  );
}

// The lists a post appears in (the home page's too).
const POST_LISTS = [postKeys.lists, ['home', 'posts']];

/** After a write that returns the post: keep it, refresh the lists. */
const storePost: ApiMutationEffects<Post, unknown> = {
  onSuccess: (saved, _, queryClient) => queryClient.setQueryData(postKeys.post(saved.id), saved),
  invalidate: POST_LISTS,
};

export function useCreatePost() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: PostInput; idempotencyKey: string }) =>
      api().POST('/api/v1/posts', { body, params: { header: idempotent(idempotencyKey) } }),
    storePost,
  );
}

export function useReplacePost(id: string) {
  return useApiMutation(
    ({ body, version }: { body: PostInput; version: number }) =>
      api().PUT('/api/v1/posts/{id}', { body, params: { path: { id }, header: versioned(version) } }),
    storePost,
  );
}

export function useTransitionPost(id: string) {
  return useApiMutation(
    ({ version, ...body }: { to: PostStatus; scheduledAt?: string; version: number }) =>
      api().POST('/api/v1/posts/{id}/transitions', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    storePost,
  );
}

export function useDeletePost() {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/posts/{id}', { params: { path: { id }, header: versioned(version) } }),
    {
      onSuccess: (_, { id }, queryClient) => queryClient.removeQueries({ queryKey: postKeys.post(id) }),
      invalidate: POST_LISTS,
    },
  );
}

/** Replaces the cover; the version (If-Match) keeps a concurrent replacement from being lost. */
export function useUploadCover(id: string, version: number) {
  return useApiMutation(
    (file: File) =>
      api().PUT('/api/v1/posts/{id}/cover', {
        ...fileBody(file, IMAGE_TYPES),
        params: { path: { id }, query: { fileName: file.name }, header: versioned(version) },
      }),
    storePost,
  );
}

export function useRemoveCover(id: string, version: number) {
  return useApiMutation(
    () => api().DELETE('/api/v1/posts/{id}/cover', { params: { path: { id }, header: versioned(version) } }),
    storePost,
  );
}

/** The cover read with the caller's token (a draft's or a members' post's cover is not public). */
export async function fetchCover(id: string, signal?: AbortSignal): Promise<Blob> {
  return unwrap(
    await api().GET('/api/v1/posts/{id}/cover', { params: { path: { id } }, parseAs: 'blob', signal }),
  ) as Blob;
}
