import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { type CategoryInput, type CriterionInput, contestKeys } from './contests';

/** An edition's categories in their order (position). */
export function useCategories(editionId: string | undefined) {
  return useQuery({
    queryKey: contestKeys.categories(editionId ?? ''),
    enabled: !!editionId,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-editions/{id}/categories', {
          params: { path: { id: editionId ?? '' }, query: { size: 100 } },
          signal,
        }),
      )
        .items.slice()
        .sort((a, b) => a.position - b.position),
  });
}

function useRefreshCategories(editionId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: contestKeys.categories(editionId) });
}

export function useCreateCategory(editionId: string) {
  const refresh = useRefreshCategories(editionId);
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CategoryInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/contest-editions/{id}/categories', {
          body,
          params: { path: { id: editionId }, header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useReplaceCategory(editionId: string) {
  const refresh = useRefreshCategories(editionId);
  return useMutation({
    mutationFn: async ({ id, body, version }: { id: string; body: CategoryInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/contest-categories/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteCategory(editionId: string) {
  const refresh = useRefreshCategories(editionId);
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/contest-categories/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: refresh,
  });
}

/** Replaces the whole rubric (409 once a score exists in the category: the rubric is frozen). */
export function usePutRubric(editionId: string) {
  const refresh = useRefreshCategories(editionId);
  return useMutation({
    mutationFn: async ({
      id,
      criteria,
      version,
    }: {
      id: string;
      criteria: CriterionInput[];
      version: number;
    }) =>
      unwrap(
        await api().PUT('/api/v1/contest-categories/{id}/rubric', {
          body: { criteria },
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: refresh,
  });
}
