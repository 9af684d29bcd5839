import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, newIdempotencyKey, type components } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { associationKeys } from './associations';

export type Term = components['schemas']['Term'];
export type TermInput = components['schemas']['TermInput'];
export type Congress = components['schemas']['Congress'];
export type CongressInput = components['schemas']['CongressInput'];
export type Leader = components['schemas']['Leader'];
export type LeaderInput = components['schemas']['LeaderInput'];
export type Officer = components['schemas']['Officer'];

/** A create (no id) or a replace (id and the version the form was opened with, sent as If-Match). */
export interface SaveVars<B> {
  id?: string;
  version?: number;
  body: B;
}
export interface DeleteVars {
  id: string;
  version: number;
}

/** After a change of a term, congress or leader the association's detail (and its version) changes too. */
function useStructureMutation<V, R>(associationId: string, mutationFn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: ['associations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      await queryClient.invalidateQueries({ queryKey: associationKeys.detail(associationId) });
    },
  });
}

export function useSaveTerm(associationId: string) {
  return useStructureMutation(associationId, async ({ id, version, body }: SaveVars<TermInput>) =>
    id === undefined
      ? unwrap(
          await api().POST('/api/v1/associations/{associationId}/terms', {
            body,
            params: { path: { associationId }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          }),
        )
      : unwrap(
          await api().PUT('/api/v1/associations/{associationId}/terms/{id}', {
            body,
            params: { path: { associationId, id }, header: { 'If-Match': ifMatch(version ?? 0) } },
          }),
        ),
  );
}

export function useDeleteTerm(associationId: string) {
  return useStructureMutation(associationId, async ({ id, version }: DeleteVars) =>
    unwrap(
      await api().DELETE('/api/v1/associations/{associationId}/terms/{id}', {
        params: { path: { associationId, id }, header: { 'If-Match': ifMatch(version) } },
      }),
    ),
  );
}

export function useSaveCongress(associationId: string) {
  return useStructureMutation(associationId, async ({ id, version, body }: SaveVars<CongressInput>) =>
    id === undefined
      ? unwrap(
          await api().POST('/api/v1/associations/{associationId}/congresses', {
            body,
            params: { path: { associationId }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          }),
        )
      : unwrap(
          await api().PUT('/api/v1/associations/{associationId}/congresses/{id}', {
            body,
            params: { path: { associationId, id }, header: { 'If-Match': ifMatch(version ?? 0) } },
          }),
        ),
  );
}

export function useDeleteCongress(associationId: string) {
  return useStructureMutation(associationId, async ({ id, version }: DeleteVars) =>
    unwrap(
      await api().DELETE('/api/v1/associations/{associationId}/congresses/{id}', {
        params: { path: { associationId, id }, header: { 'If-Match': ifMatch(version) } },
      }),
    ),
  );
}

export function useSaveLeader(associationId: string) {
  return useStructureMutation(associationId, async ({ id, version, body }: SaveVars<LeaderInput>) =>
    id === undefined
      ? unwrap(
          await api().POST('/api/v1/associations/{associationId}/leaders', {
            body,
            params: { path: { associationId }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          }),
        )
      : unwrap(
          await api().PUT('/api/v1/associations/{associationId}/leaders/{id}', {
            body,
            params: { path: { associationId, id }, header: { 'If-Match': ifMatch(version ?? 0) } },
          }),
        ),
  );
}

export function useDeleteLeader(associationId: string) {
  return useStructureMutation(associationId, async ({ id, version }: DeleteVars) =>
    unwrap(
      await api().DELETE('/api/v1/associations/{associationId}/leaders/{id}', {
        params: { path: { associationId, id }, header: { 'If-Match': ifMatch(version) } },
      }),
    ),
  );
}

/** Admin: make a user an officer of the association / stop them acting for it. */
export function useAssignOfficer(associationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (username: string) =>
      unwrap(
        await api().PUT('/api/v1/associations/{associationId}/officers/{username}', {
          params: { path: { associationId, username } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: associationKeys.officers(associationId) }),
  });
}

export function useRemoveOfficer(associationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (username: string) =>
      unwrap(
        await api().DELETE('/api/v1/associations/{associationId}/officers/{username}', {
          params: { path: { associationId, username } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: associationKeys.officers(associationId) }),
  });
}
