import { api } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned } from '@/lib/api/hooks';
import { isApiError, unwrap } from '@/lib/api/problem';
import { useQuery } from '@tanstack/react-query';
import { type CoordinatorInput, type CoordinatorQuery, contestKeys } from './contests';

export function useCoordinators(query: CoordinatorQuery) {
  return useApiQuery(
    contestKeys.coordinators(query),
    (signal) =>
      api().GET('/api/v1/contest-coordinators', {
        params: { query: { q: query.q, page: query.page, size: query.size, sort: 'username' } },
        signal,
      }),
    { keepPrevious: true },
  );
}

const COORDINATORS = { invalidate: [['contests', 'coordinators']] };

export function useCreateCoordinator() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: CoordinatorInput; idempotencyKey: string }) =>
      api().POST('/api/v1/contest-coordinators', { body, params: { header: idempotent(idempotencyKey) } }),
    COORDINATORS,
  );
}

export function useReplaceCoordinator() {
  return useApiMutation(
    ({ id, body, version }: { id: string; body: CoordinatorInput; version: number }) =>
      api().PUT('/api/v1/contest-coordinators/{id}', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    COORDINATORS,
  );
}

export function useDeleteCoordinator() {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/contest-coordinators/{id}', {
        params: { path: { id }, header: versioned(version) },
      }),
    COORDINATORS,
  );
}

/** The caller's coordinator record (null while the office has not registered one: 404). */
export function useMyCoordinator(enabled: boolean) {
  return useQuery({
    queryKey: contestKeys.myCoordinator,
    enabled,
    queryFn: async ({ signal }) => {
      try {
        return unwrap(await api().GET('/api/v1/me/contest-coordinator', { signal }));
      } catch (e) {
        if (isApiError(e, 404)) return null;
        throw e;
      }
    },
  });
}
