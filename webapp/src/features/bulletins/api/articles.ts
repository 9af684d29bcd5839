import { api } from '@/lib/api/client';
import { fileBody } from '@/lib/api/files';
import { idempotent, useApiMutation, useApiQuery, versioned, type ApiMutationEffects } from '@/lib/api/hooks';
import { type Article, type ArticleInput, type ArticleQuery, bulletinKeys, PDF_TYPES } from './types';

// ---------------------------------------------------------------- articles

export function useArticles(query: ArticleQuery, enabled = true) {
  return useApiQuery(
    bulletinKeys.articles(query),
    (signal) =>
      api().GET('/api/v1/bulletin-articles', {
        params: { query: { ...query, q: query.q || undefined } },
        signal,
      }),
    { enabled, keepPrevious: true },
  );
}

export function useArticle(id: string) {
  return useApiQuery(bulletinKeys.article(id), (signal) =>
    api().GET('/api/v1/bulletin-articles/{id}', { params: { path: { id } }, signal }),
  );
}

// An article's issue lists it in its table of contents.
const ARTICLE_VIEWS = [
  ['bulletins', 'articles'],
  ['bulletins', 'issue'],
  ['bulletins', 'issues'],
];

/** After a write that returns an article: keep it; its issue's table of contents may have changed. */
const storeArticle: ApiMutationEffects<Article, unknown> = {
  onSuccess: (saved, _, queryClient) => queryClient.setQueryData(bulletinKeys.article(saved.id), saved),
  invalidate: ARTICLE_VIEWS,
};

export function useCreateArticle() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: ArticleInput; idempotencyKey: string }) =>
      api().POST('/api/v1/bulletin-articles', { body, params: { header: idempotent(idempotencyKey) } }),
    storeArticle,
  );
}

export function useReplaceArticle(id: string) {
  return useApiMutation(
    ({ body, version }: { body: ArticleInput; version: number }) =>
      api().PUT('/api/v1/bulletin-articles/{id}', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    storeArticle,
  );
}

interface Placement {
  id: string;
  issueId?: string;
  position?: number;
  version: number;
}

/** Places an article in an issue at a position (default: at the end), or takes it out (issueId undefined). */
export function usePlaceArticle() {
  return useApiMutation(
    ({ id, issueId, position, version }: Placement) =>
      api().PUT('/api/v1/bulletin-articles/{id}/placement', {
        body: { issueId, position },
        params: { path: { id }, header: versioned(version) },
      }),
    storeArticle,
  );
}

export function useDeleteArticle() {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/bulletin-articles/{id}', {
        params: { path: { id }, header: versioned(version) },
      }),
    {
      onSuccess: (_, { id }, queryClient) =>
        queryClient.removeQueries({ queryKey: bulletinKeys.article(id) }),
      invalidate: ARTICLE_VIEWS,
    },
  );
}

/** Replaces the file; the version (If-Match) keeps a concurrent replacement from being lost. */
export function useUploadArticlePdf(id: string, version: number) {
  return useApiMutation(
    (file: File) =>
      api().PUT('/api/v1/bulletin-articles/{id}/pdf', {
        ...fileBody(file, PDF_TYPES),
        params: { path: { id }, query: { fileName: file.name }, header: versioned(version) },
      }),
    storeArticle,
  );
}
