import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type components } from '@/lib/api/client';
import { fileBody } from '@/lib/api/files';
import { unwrap } from '@/lib/api/problem';
import { getConfig } from '@/lib/config';

export type Issue = components['schemas']['BulletinIssue'];
export type IssueSummary = components['schemas']['BulletinIssueSummary'];
export type IssueInput = components['schemas']['BulletinIssueInput'];
export type IssueRef = components['schemas']['BulletinIssueRef'];
export type IssueStatus = components['schemas']['IssueStatus'];
export type TocEntry = components['schemas']['BulletinTocEntry'];
export type BulletinFile = components['schemas']['BulletinFile'];
export type Article = components['schemas']['BulletinArticle'];
export type ArticleInput = components['schemas']['BulletinArticleInput'];
export type ArticleAuthor = components['schemas']['ArticleAuthor'];
export type ExpertSummary = components['schemas']['ExpertSummary'];

export const ISSUE_STATUSES: IssueStatus[] = ['draft', 'in_review', 'scheduled', 'published', 'withdrawn'];

/** What the issue list asks for (the public archive always asks for published issues). */
export interface IssueQuery {
  status?: IssueStatus;
  year?: number;
  page: number;
  size: number;
}

/** The article search: the public archive's (q, year, field) or the office's desk (placed). */
export interface ArticleQuery {
  q?: string;
  year?: number;
  field?: string;
  issueId?: string;
  /** Staff and admin only: the API refuses it for others. */
  placed?: boolean;
  sort?: string;
  page: number;
  size: number;
}

export const bulletinKeys = {
  all: ['bulletins'] as const,
  issues: (query: IssueQuery) => ['bulletins', 'issues', query] as const,
  issue: (id: string) => ['bulletins', 'issue', id] as const,
  years: ['bulletins', 'years'] as const,
  articles: (query: ArticleQuery) => ['bulletins', 'articles', query] as const,
  article: (id: string) => ['bulletins', 'article', id] as const,
};

/** A URL of the API (files carry URLs relative to its base) as an absolute address. */
export function apiHref(relative: string): string {
  return `${getConfig().apiUrl}${relative}`;
}

/** The file offered as a download (Content-Disposition: attachment) rather than shown. */
export function downloadHref(relative: string): string {
  return `${apiHref(relative)}${relative.includes('?') ? '&' : '?'}download=true`;
}

// ---------------------------------------------------------------- issues

export function useIssues(query: IssueQuery) {
  return useQuery({
    queryKey: bulletinKeys.issues(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/bulletins', {
          params: {
            query: { status: query.status, year: query.year, page: query.page, size: query.size },
          },
          signal,
        }),
      ),
  });
}

/** The months of the oldest and the newest published issue: the archive's year choices lie between. */
export function usePublishedYears() {
  return useQuery({
    queryKey: bulletinKeys.years,
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => {
      const first = (sort: string) =>
        api().GET('/api/v1/bulletins', {
          params: { query: { status: 'published', sort, size: 1 } },
          signal,
        });
      const [oldest, newest] = await Promise.all([first('month'), first('-month')]);
      return {
        oldest: unwrap(oldest).items[0]?.month,
        newest: unwrap(newest).items[0]?.month,
      };
    },
  });
}

export function useIssue(id: string) {
  return useQuery({
    queryKey: bulletinKeys.issue(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/bulletins/{id}', { params: { path: { id } }, signal })),
  });
}

/** After a write that returns the issue: keep it, refresh the lists it appears in. */
function useStoreIssue() {
  const queryClient = useQueryClient();
  return (saved: Issue) => {
    queryClient.setQueryData(bulletinKeys.issue(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: ['bulletins', 'issues'] });
    void queryClient.invalidateQueries({ queryKey: bulletinKeys.years });
    // The articles carry their issue's title and status.
    void queryClient.invalidateQueries({ queryKey: ['bulletins', 'articles'] });
  };
}

export function useCreateIssue() {
  const store = useStoreIssue();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: IssueInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/bulletins', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: store,
  });
}

export function useReplaceIssue(id: string) {
  const store = useStoreIssue();
  return useMutation({
    mutationFn: async ({ body, version }: { body: IssueInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/bulletins/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useTransitionIssue(id: string) {
  const store = useStoreIssue();
  return useMutation({
    mutationFn: async ({
      to,
      reason,
      scheduledAt,
      version,
    }: {
      to: IssueStatus;
      reason?: string;
      scheduledAt?: string;
      version: number;
    }) =>
      unwrap(
        await api().POST('/api/v1/bulletins/{id}/transitions', {
          body: { to, reason, scheduledAt },
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useDeleteIssue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/bulletins/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: bulletinKeys.issue(id) });
      void queryClient.invalidateQueries({ queryKey: ['bulletins', 'issues'] });
      // Its articles go back to the unplaced ones.
      void queryClient.invalidateQueries({ queryKey: ['bulletins', 'articles'] });
      void queryClient.invalidateQueries({ queryKey: ['bulletins', 'article'] });
    },
  });
}

export const PDF_TYPES = ['application/pdf'] as const;
export const IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;
export const MAX_ISSUE_PDF_BYTES = 30 * 1024 * 1024;
export const MAX_ARTICLE_PDF_BYTES = 20 * 1024 * 1024;
export const MAX_COVER_BYTES = 5 * 1024 * 1024;

/** Replaces the file; the version (If-Match) keeps a concurrent replacement from being lost. */
export function useUploadIssuePdf(id: string, version: number) {
  const store = useStoreIssue();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api().PUT('/api/v1/bulletins/{id}/pdf', {
          ...fileBody(file, PDF_TYPES),
          params: { path: { id }, query: { fileName: file.name }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

/** Replaces the file; the version (If-Match) keeps a concurrent replacement from being lost. */
export function useUploadCover(id: string, version: number) {
  const store = useStoreIssue();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api().PUT('/api/v1/bulletins/{id}/cover', {
          ...fileBody(file, IMAGE_TYPES),
          params: { path: { id }, query: { fileName: file.name }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

/** The issue's PDF read with the caller's token (an issue not yet published is not public). */
export async function fetchIssuePdf(id: string): Promise<Blob> {
  return unwrap(
    await api().GET('/api/v1/bulletins/{id}/pdf', { params: { path: { id } }, parseAs: 'blob' }),
  ) as Blob;
}

export async function fetchCover(id: string, signal?: AbortSignal): Promise<Blob> {
  return unwrap(
    await api().GET('/api/v1/bulletins/{id}/cover', { params: { path: { id } }, parseAs: 'blob', signal }),
  ) as Blob;
}

export async function fetchArticlePdf(id: string): Promise<Blob> {
  return unwrap(
    await api().GET('/api/v1/bulletin-articles/{id}/pdf', { params: { path: { id } }, parseAs: 'blob' }),
  ) as Blob;
}

// ---------------------------------------------------------------- articles

export function useArticles(query: ArticleQuery, enabled = true) {
  return useQuery({
    queryKey: bulletinKeys.articles(query),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/bulletin-articles', {
          params: {
            query: {
              q: query.q || undefined,
              year: query.year,
              field: query.field,
              issueId: query.issueId,
              placed: query.placed,
              sort: query.sort,
              page: query.page,
              size: query.size,
            },
          },
          signal,
        }),
      ),
  });
}

export function useArticle(id: string) {
  return useQuery({
    queryKey: bulletinKeys.article(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/bulletin-articles/{id}', { params: { path: { id } }, signal })),
  });
}

/** After a write that returns an article: keep it; its issue's table of contents may have changed. */
function useStoreArticle() {
  const queryClient = useQueryClient();
  return (saved: Article) => {
    queryClient.setQueryData(bulletinKeys.article(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: ['bulletins', 'articles'] });
    void queryClient.invalidateQueries({ queryKey: ['bulletins', 'issue'] });
    void queryClient.invalidateQueries({ queryKey: ['bulletins', 'issues'] });
  };
}

export function useCreateArticle() {
  const store = useStoreArticle();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: ArticleInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/bulletin-articles', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: store,
  });
}

export function useReplaceArticle(id: string) {
  const store = useStoreArticle();
  return useMutation({
    mutationFn: async ({ body, version }: { body: ArticleInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/bulletin-articles/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

/** Places an article in an issue at a position (default: at the end), or takes it out (issueId undefined). */
export function usePlaceArticle() {
  const store = useStoreArticle();
  return useMutation({
    mutationFn: async ({
      id,
      issueId,
      position,
      version,
    }: {
      id: string;
      issueId?: string;
      position?: number;
      version: number;
    }) =>
      unwrap(
        await api().PUT('/api/v1/bulletin-articles/{id}/placement', {
          body: { issueId, position },
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useDeleteArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/bulletin-articles/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: bulletinKeys.article(id) });
      void queryClient.invalidateQueries({ queryKey: ['bulletins', 'articles'] });
      void queryClient.invalidateQueries({ queryKey: ['bulletins', 'issue'] });
      void queryClient.invalidateQueries({ queryKey: ['bulletins', 'issues'] });
    },
  });
}

/** Replaces the file; the version (If-Match) keeps a concurrent replacement from being lost. */
export function useUploadArticlePdf(id: string, version: number) {
  const store = useStoreArticle();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api().PUT('/api/v1/bulletin-articles/{id}/pdf', {
          ...fileBody(file, PDF_TYPES),
          params: { path: { id }, query: { fileName: file.name }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}
