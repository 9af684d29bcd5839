import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned, type ApiMutationEffects } from '@/lib/api/hooks';
import { fileBody } from '@/lib/api/files';
import { isApiError, unwrap } from '@/lib/api/problem';
import { type Edition, type EditionInput, type EditionStatus, PDF_TYPES, contestKeys } from './contests';

/** The published edition with the greatest year; null when there is none yet (404). */
export function useCurrentEdition() {
  return useQuery({
    queryKey: contestKeys.current,
    queryFn: async ({ signal }) => {
      try {
        return unwrap(await api().GET('/api/v1/contest-editions/current', { signal }));
      } catch (e) {
        if (isApiError(e, 404)) return null;
        throw e;
      }
    },
  });
}

/** Editions, newest year first: the public sees published ones, staff (scope all) drafts too. */
export function useEditions(scope: 'public' | 'all' = 'public') {
  return useApiQuery(
    contestKeys.editions(scope),
    (signal) =>
      api().GET('/api/v1/contest-editions', {
        params: { query: { sort: '-year', size: 100, status: scope === 'public' ? 'published' : undefined } },
        signal,
      }),
    { map: (page) => page.items },
  );
}

export function useEdition(id: string) {
  return useApiQuery(
    contestKeys.edition(id),
    (signal) => api().GET('/api/v1/contest-editions/{id}', { params: { path: { id } }, signal }),
    { enabled: id !== '' },
  );
}

const storeEdition: ApiMutationEffects<Edition, unknown> = {
  onSuccess: (saved, _, queryClient) => queryClient.setQueryData(contestKeys.edition(saved.id), saved),
  invalidate: [['contests', 'editions'], contestKeys.current],
};

export function useCreateEdition() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: EditionInput; idempotencyKey: string }) =>
      api().POST('/api/v1/contest-editions', { body, params: { header: idempotent(idempotencyKey) } }),
    storeEdition,
  );
}

export function useReplaceEdition(id: string) {
  return useApiMutation(
    ({ body, version }: { body: EditionInput; version: number }) =>
      api().PUT('/api/v1/contest-editions/{id}', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    storeEdition,
  );
}

export function useTransitionEdition(id: string) {
  return useApiMutation(
    ({ status, version }: { status: EditionStatus; version: number }) =>
      api().POST('/api/v1/contest-editions/{id}/transitions', {
        body: { status },
        params: { path: { id }, header: versioned(version) },
      }),
    storeEdition,
  );
}

export function useDeleteEdition() {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/contest-editions/{id}', { params: { path: { id }, header: versioned(version) } }),
    {
      onSuccess: (_, { id }, queryClient) => queryClient.removeQueries({ queryKey: contestKeys.edition(id) }),
      invalidate: [['contests', 'editions']],
    },
  );
}

/** Replaces the rules PDF; the edition's version (If-Match) keeps a concurrent change from being lost. */
export function useUploadRules(id: string, version: number) {
  return useApiMutation(
    (file: File) =>
      api().PUT('/api/v1/contest-editions/{id}/rules', {
        ...fileBody(file, PDF_TYPES),
        params: { path: { id }, query: { fileName: file.name }, header: versioned(version) },
      }),
    storeEdition,
  );
}

export function useStatistics(editionId: string, includeDrafts: boolean) {
  return useApiQuery(
    contestKeys.statistics(editionId, includeDrafts),
    (signal) =>
      api().GET('/api/v1/contest-editions/{id}/statistics', {
        params: { path: { id: editionId }, query: { includeDrafts: includeDrafts || undefined } },
        signal,
      }),
    { keepPrevious: true },
  );
}
