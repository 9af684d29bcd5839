import { api } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned } from '@/lib/api/hooks';
import { unwrap } from '@/lib/api/problem';
import { type Edition, type Judge, type JudgeAssignments, type JudgeInput, judgingKeys } from './types';

// ---------------------------------------------------------------- editions, categories, entries

export async function fetchEdition(id: string): Promise<Edition> {
  return unwrap(await api().GET('/api/v1/contest-editions/{id}', { params: { path: { id } } }));
}

export function useEdition(id: string) {
  return useApiQuery(judgingKeys.edition(id), () =>
    api().GET('/api/v1/contest-editions/{id}', { params: { path: { id } } }),
  );
}

export function useCategories(editionId: string) {
  return useApiQuery(
    judgingKeys.categories(editionId),
    (signal) =>
      api().GET('/api/v1/contest-editions/{id}/categories', {
        params: { path: { id: editionId }, query: { size: 100 } },
        signal,
      }),
    { map: (page) => page.items },
  );
}

export function useCategory(id: string) {
  return useApiQuery(judgingKeys.category(id), (signal) =>
    api().GET('/api/v1/contest-categories/{id}', { params: { path: { id } }, signal }),
  );
}

/** Entries of the edition to pick from (assignments, relations): searched on the server. */
export function useEntryOptions(editionId: string, q: string, enabled: boolean) {
  return useApiQuery(
    judgingKeys.entries(editionId, q),
    (signal) =>
      api().GET('/api/v1/contest-entries', {
        params: { query: { edition: editionId, q: q.trim() || undefined, size: 50, sort: 'number' } },
        signal,
      }),
    { enabled, keepPrevious: true, map: (page) => page.items },
  );
}

// ---------------------------------------------------------------- judges

export function useJudges(editionId: string) {
  return useApiQuery(judgingKeys.judges(editionId), (signal) =>
    api().GET('/api/v1/contest-editions/{id}/judges', {
      params: { path: { id: editionId }, query: { size: 100 } },
      signal,
    }),
  );
}

export async function fetchJudge(id: string): Promise<Judge> {
  return unwrap(await api().GET('/api/v1/contest-judges/{id}', { params: { path: { id } } }));
}

export function useJudgeAssignments(judgeId: string, enabled = true) {
  return useApiQuery(
    judgingKeys.assignments(judgeId),
    (signal) =>
      api().GET('/api/v1/contest-judges/{id}/assignments', { params: { path: { id: judgeId } }, signal }),
    { enabled },
  );
}

/** What a change of judges makes stale: the edition's judges and progress, the judge's assignments. */
function judgesOf(editionId: string, judgeId?: string) {
  return {
    invalidate: [
      judgingKeys.judges(editionId),
      judgingKeys.progress(editionId),
      ...(judgeId ? [judgingKeys.assignments(judgeId)] : []),
    ],
    wait: true,
  };
}

export function useCreateJudge(editionId: string) {
  return useApiMutation(
    (body: JudgeInput) =>
      api().POST('/api/v1/contest-editions/{id}/judges', {
        params: { path: { id: editionId }, header: idempotent() },
        body,
      }),
    judgesOf(editionId),
  );
}

export function useUpdateJudge(editionId: string) {
  return useApiMutation(
    ({ id, version, body }: { id: string; version: number; body: JudgeInput }) =>
      api().PUT('/api/v1/contest-judges/{id}', {
        params: { path: { id }, header: versioned(version) },
        body,
      }),
    { ...judgesOf(editionId), invalidate: (judge) => judgesOf(editionId, judge.id).invalidate },
  );
}

export function useDeleteJudge(editionId: string) {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/contest-judges/{id}', { params: { path: { id }, header: versioned(version) } }),
    judgesOf(editionId),
  );
}

export type AssignmentChange =
  { kind: 'category'; id: string; assign: boolean } | { kind: 'entry'; id: string; assign: boolean };

export function useChangeAssignment(editionId: string, judgeId: string) {
  return useApiMutation(
    async (
      change: AssignmentChange,
    ): Promise<{ data?: JudgeAssignments; error?: unknown; response: Response }> => {
      const c = api();
      if (change.kind === 'category') {
        const params = { path: { id: judgeId, categoryId: change.id } };
        return change.assign
          ? await c.PUT('/api/v1/contest-judges/{id}/categories/{categoryId}', { params })
          : await c.DELETE('/api/v1/contest-judges/{id}/categories/{categoryId}', { params });
      }
      const params = { path: { id: judgeId, entryId: change.id } };
      return change.assign
        ? await c.PUT('/api/v1/contest-judges/{id}/entries/{entryId}', { params })
        : await c.DELETE('/api/v1/contest-judges/{id}/entries/{entryId}', { params });
    },
    {
      onSuccess: (assignments, _, queryClient) =>
        queryClient.setQueryData(judgingKeys.assignments(judgeId), assignments),
      ...judgesOf(editionId),
    },
  );
}

export function useDeclareRelation(editionId: string, judgeId: string) {
  return useApiMutation(
    (body: { entryId: string; note: string }) =>
      api().POST('/api/v1/contest-judges/{id}/relations', {
        params: { path: { id: judgeId }, header: idempotent() },
        body,
      }),
    judgesOf(editionId, judgeId),
  );
}

export function useWithdrawRelation(editionId: string, judgeId: string) {
  return useApiMutation(
    (relationId: string) =>
      api().DELETE('/api/v1/contest-judges/{id}/relations/{relationId}', {
        params: { path: { id: judgeId, relationId } },
      }),
    judgesOf(editionId, judgeId),
  );
}
