import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api/client';
import { isApiError, unwrap } from '@/lib/api/problem';
import { type CoordinatorInput, type CoordinatorQuery, contestKeys } from './contests';

export function useCoordinators(query: CoordinatorQuery) {
  return useQuery({
    queryKey: contestKeys.coordinators(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-coordinators', {
          params: { query: { q: query.q, page: query.page, size: query.size, sort: 'username' } },
          signal,
        }),
      ),
  });
}

function useRefreshCoordinators() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['contests', 'coordinators'] });
}

export function useCreateCoordinator() {
  const refresh = useRefreshCoordinators();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CoordinatorInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/contest-coordinators', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useReplaceCoordinator() {
  const refresh = useRefreshCoordinators();
  return useMutation({
    mutationFn: async ({ id, body, version }: { id: string; body: CoordinatorInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/contest-coordinators/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteCoordinator() {
  const refresh = useRefreshCoordinators();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/contest-coordinators/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: refresh,
  });
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
