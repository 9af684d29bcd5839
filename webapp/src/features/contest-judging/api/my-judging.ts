import { api } from '@/lib/api/client';
import { useApiMutation, useApiQuery, versioned } from '@/lib/api/hooks';
import { unwrap } from '@/lib/api/problem';
import { type BlindEntry, type ScoreInput, judgingKeys } from './types';

// ---------------------------------------------------------------- the judge's own work

export function useMyJudging() {
  return useApiQuery(judgingKeys.mine, (signal) => api().GET('/api/v1/me/judging', { signal }), {
    map: (page) => page.items,
  });
}

export async function fetchMyEntry(entryId: string): Promise<BlindEntry> {
  return unwrap(await api().GET('/api/v1/me/judging/entries/{entryId}', { params: { path: { entryId } } }));
}

export function useMyEntry(entryId: string) {
  return useApiQuery(judgingKeys.myEntry(entryId), () =>
    api().GET('/api/v1/me/judging/entries/{entryId}', { params: { path: { entryId } } }),
  );
}

export function useSaveScore(entryId: string) {
  return useApiMutation(
    ({ version, body }: { version?: number; body: ScoreInput }) =>
      api().PUT('/api/v1/me/judging/entries/{entryId}/score', {
        params: { path: { entryId }, header: version === undefined ? {} : versioned(version) },
        body,
      }),
    {
      onSuccess: (sheet, _, queryClient) =>
        queryClient.setQueryData<BlindEntry>(judgingKeys.myEntry(entryId), (old) =>
          old ? { ...old, score: sheet } : old,
        ),
      invalidate: [judgingKeys.mine],
      wait: true,
    },
  );
}

export function useSubmitScore(entryId: string) {
  return useApiMutation(
    (version: number) =>
      api().POST('/api/v1/me/judging/entries/{entryId}/score/submission', {
        params: { path: { entryId }, header: versioned(version) },
      }),
    { invalidate: [judgingKeys.myEntry(entryId), judgingKeys.mine], wait: true },
  );
}

/** A photo or document of an entry the judge scores (fetched with the bearer token). */
export async function fetchJudgingFile(entryId: string, fileId: string): Promise<Blob> {
  const result = await api().GET('/api/v1/me/judging/entries/{entryId}/files/{fileId}', {
    params: { path: { entryId, fileId } },
    parseAs: 'blob',
  });
  return unwrap(result) as unknown as Blob;
}
