import { api } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned } from '@/lib/api/hooks';
import { type CategoryInput, type CriterionInput, contestKeys } from './contests';

/** An edition's categories in their order (position). */
export function useCategories(editionId: string | undefined) {
  return useApiQuery(
    contestKeys.categories(editionId ?? ''),
    (signal) =>
      api().GET('/api/v1/contest-editions/{id}/categories', {
        params: { path: { id: editionId ?? '' }, query: { size: 100 } },
        signal,
      }),
    { enabled: !!editionId, map: (page) => page.items.slice().sort((a, b) => a.position - b.position) },
  );
}

export function useCreateCategory(editionId: string) {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: CategoryInput; idempotencyKey: string }) =>
      api().POST('/api/v1/contest-editions/{id}/categories', {
        body,
        params: { path: { id: editionId }, header: idempotent(idempotencyKey) },
      }),
    { invalidate: [contestKeys.categories(editionId)] },
  );
}

export function useReplaceCategory(editionId: string) {
  return useApiMutation(
    ({ id, body, version }: { id: string; body: CategoryInput; version: number }) =>
      api().PUT('/api/v1/contest-categories/{id}', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    { invalidate: [contestKeys.categories(editionId)] },
  );
}

export function useDeleteCategory(editionId: string) {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/contest-categories/{id}', {
        params: { path: { id }, header: versioned(version) },
      }),
    { invalidate: [contestKeys.categories(editionId)] },
  );
}

/** Replaces the whole rubric (409 once a score exists in the category: the rubric is frozen). */
export function usePutRubric(editionId: string) {
  return useApiMutation(
    ({ id, criteria, version }: { id: string; criteria: CriterionInput[]; version: number }) =>
      api().PUT('/api/v1/contest-categories/{id}/rubric', {
        body: { criteria },
        params: { path: { id }, header: versioned(version) },
      }),
    { invalidate: [contestKeys.categories(editionId)] },
  );
}
