import { api } from '@/lib/api/client';
import { useApiMutation, useApiQuery, versioned } from '@/lib/api/hooks';
import { ApiError, unwrap } from '@/lib/api/problem';
import { type Award, type RankingRow, type ScoreSheet, judgingKeys } from './types';

// ---------------------------------------------------------------- progress, scores, ranking

export function useJudgingProgress(editionId: string) {
  return useApiQuery(judgingKeys.progress(editionId), (signal) =>
    api().GET('/api/v1/contest-editions/{id}/judging-progress', {
      params: { path: { id: editionId } },
      signal,
    }),
  );
}

export function useEntryScores(entryId: string, enabled = true) {
  return useApiQuery(
    judgingKeys.entryScores(entryId),
    (signal) =>
      api().GET('/api/v1/contest-entries/{id}/scores', { params: { path: { id: entryId } }, signal }),
    { enabled },
  );
}

export function useReopenScore(entryId: string) {
  return useApiMutation(
    ({ sheet, reason }: { sheet: ScoreSheet; reason: string }) =>
      api().POST('/api/v1/contest-scores/{id}/reopening', {
        params: { path: { id: sheet.id }, header: versioned(sheet.version) },
        body: { reason },
      }),
    { invalidate: [judgingKeys.entryScores(entryId), judgingKeys.all], wait: true },
  );
}

export function useRanking(categoryId: string) {
  return useApiQuery(judgingKeys.ranking(categoryId), (signal) =>
    api().GET('/api/v1/contest-categories/{id}/ranking', { params: { path: { id: categoryId } }, signal }),
  );
}

export function useConfirmAwards(categoryId: string) {
  return useApiMutation(
    () => api().POST('/api/v1/contest-categories/{id}/awards', { params: { path: { id: categoryId } } }),
    {
      onSuccess: (ranking, _, queryClient) =>
        queryClient.setQueryData(judgingKeys.ranking(categoryId), ranking),
      invalidate: [judgingKeys.all],
      wait: true,
    },
  );
}

/** A 412 made on the client: what the page shows is no longer what the API has. */
function stale(): ApiError {
  return new ApiError(412, { type: 'about:blank', title: 'Precondition Failed', status: 412 });
}

/**
 * The entry's version for If-Match, read now; the row the staff member acted on must still say what
 * the entry says (award and status), otherwise someone else changed it: a 412, as the API would answer.
 */
async function entryVersion(row: RankingRow): Promise<number> {
  const entry = unwrap(
    await api().GET('/api/v1/contest-entries/{id}', { params: { path: { id: row.entryId } } }),
  );
  if ((entry.award ?? null) !== (row.award ?? null) || entry.status !== row.status) throw stale();
  return entry.version;
}

export function useSetAward(categoryId: string) {
  return useApiMutation(
    async ({ row, award, awardName }: { row: RankingRow; award: Award | null; awardName?: string }) =>
      api().PUT('/api/v1/contest-entries/{id}/award', {
        params: { path: { id: row.entryId }, header: versioned(await entryVersion(row)) },
        // null: no award (the contract's input type does not spell the null out).
        body: { award: award as Award, awardName: award === 'special' ? awardName : undefined },
      }),
    { invalidate: [judgingKeys.ranking(categoryId)], wait: true },
  );
}

export function useSetNomination(categoryId: string) {
  return useApiMutation(
    async ({ row, nominated }: { row: RankingRow; nominated: boolean }) =>
      api().PUT('/api/v1/contest-entries/{id}/nomination', {
        params: { path: { id: row.entryId }, header: versioned(await entryVersion(row)) },
        body: { nominated },
      }),
    { invalidate: [judgingKeys.ranking(categoryId)], wait: true },
  );
}
