import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned, type ApiMutationEffects } from '@/lib/api/hooks';
import { fileBody } from '@/lib/api/files';
import { unwrap } from '@/lib/api/problem';

import {
  type Issue,
  type IssueInput,
  type IssueQuery,
  type IssueStatus,
  bulletinKeys,
  PDF_TYPES,
  IMAGE_TYPES,
} from './types';

// ---------------------------------------------------------------- issues

export function useIssues(query: IssueQuery) {
  const { status, year, page, size } = query;
  return useApiQuery(
    bulletinKeys.issues(query),
    (signal) => api().GET('/api/v1/bulletins', { params: { query: { status, year, page, size } }, signal }),
    { keepPrevious: true },
  );
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
  return useApiQuery(bulletinKeys.issue(id), (signal) =>
    api().GET('/api/v1/bulletins/{id}', { params: { path: { id } }, signal }),
  );
}

/** After a write that returns the issue: keep it, refresh the lists it appears in (articles carry its title and status). */
const storeIssue: ApiMutationEffects<Issue, unknown> = {
  onSuccess: (saved, _, queryClient) => queryClient.setQueryData(bulletinKeys.issue(saved.id), saved),
  invalidate: [['bulletins', 'issues'], bulletinKeys.years, ['bulletins', 'articles']],
};

export function useCreateIssue() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: IssueInput; idempotencyKey: string }) =>
      api().POST('/api/v1/bulletins', { body, params: { header: idempotent(idempotencyKey) } }),
    storeIssue,
  );
}

export function useReplaceIssue(id: string) {
  return useApiMutation(
    ({ body, version }: { body: IssueInput; version: number }) =>
      api().PUT('/api/v1/bulletins/{id}', { body, params: { path: { id }, header: versioned(version) } }),
    storeIssue,
  );
}

interface IssueTransition {
  to: IssueStatus;
  reason?: string;
  scheduledAt?: string;
  version: number;
}

export function useTransitionIssue(id: string) {
  return useApiMutation(
    ({ version, ...body }: IssueTransition) =>
      api().POST('/api/v1/bulletins/{id}/transitions', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    storeIssue,
  );
}

export function useDeleteIssue() {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/bulletins/{id}', { params: { path: { id }, header: versioned(version) } }),
    {
      onSuccess: (_, { id }, queryClient) => queryClient.removeQueries({ queryKey: bulletinKeys.issue(id) }),
      // Its articles go back to the unplaced ones.
      invalidate: [
        ['bulletins', 'issues'],
        ['bulletins', 'articles'],
        ['bulletins', 'article'],
      ],
    },
  );
}

/** Replaces one of the issue's files; the version (If-Match) keeps a concurrent replacement from being lost. */
function useUploadIssueFile(id: string, version: number, file: 'pdf' | 'cover') {
  return useApiMutation((upload: File) => {
    const options = {
      ...fileBody(upload, file === 'pdf' ? PDF_TYPES : IMAGE_TYPES),
      params: { path: { id }, query: { fileName: upload.name }, header: versioned(version) },
    };
    return file === 'pdf'
      ? api().PUT('/api/v1/bulletins/{id}/pdf', options)
      : api().PUT('/api/v1/bulletins/{id}/cover', options);
  }, storeIssue);
}

export function useUploadIssuePdf(id: string, version: number) {
  return useUploadIssueFile(id, version, 'pdf');
}

export function useUploadCover(id: string, version: number) {
  return useUploadIssueFile(id, version, 'cover');
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
