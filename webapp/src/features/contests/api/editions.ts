import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api/client';
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
  return useQuery({
    queryKey: contestKeys.editions(scope),
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-editions', {
          params: {
            query: { sort: '-year', size: 100, status: scope === 'public' ? 'published' : undefined },
          },
          signal,
        }),
      ).items,
  });
}

export function useEdition(id: string) {
  return useQuery({
    queryKey: contestKeys.edition(id),
    enabled: id !== '',
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/contest-editions/{id}', { params: { path: { id } }, signal })),
  });
}

function useStoreEdition() {
  const queryClient = useQueryClient();
  return (saved: Edition) => {
    queryClient.setQueryData(contestKeys.edition(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: ['contests', 'editions'] });
    void queryClient.invalidateQueries({ queryKey: contestKeys.current });
  };
}

export function useCreateEdition() {
  const store = useStoreEdition();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: EditionInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/contest-editions', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: store,
  });
}

export function useReplaceEdition(id: string) {
  const store = useStoreEdition();
  return useMutation({
    mutationFn: async ({ body, version }: { body: EditionInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/contest-editions/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useTransitionEdition(id: string) {
  const store = useStoreEdition();
  return useMutation({
    mutationFn: async ({ status, version }: { status: EditionStatus; version: number }) =>
      unwrap(
        await api().POST('/api/v1/contest-editions/{id}/transitions', {
          body: { status },
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useDeleteEdition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/contest-editions/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: contestKeys.edition(id) });
      void queryClient.invalidateQueries({ queryKey: ['contests', 'editions'] });
    },
  });
}

/** Replaces the rules PDF; the edition's version (If-Match) keeps a concurrent change from being lost. */
export function useUploadRules(id: string, version: number) {
  const store = useStoreEdition();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api().PUT('/api/v1/contest-editions/{id}/rules', {
          ...fileBody(file, PDF_TYPES),
          params: { path: { id }, query: { fileName: file.name }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useStatistics(editionId: string, includeDrafts: boolean) {
  return useQuery({
    queryKey: contestKeys.statistics(editionId, includeDrafts),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-editions/{id}/statistics', {
          params: { path: { id: editionId }, query: { includeDrafts: includeDrafts || undefined } },
          signal,
        }),
      ),
  });
}
