import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, newIdempotencyKey, type components } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/problem';
import {
  type DocumentFile,
  type DocumentFormat,
  type ExportFormat,
  fileNameOf,
  saveBlob,
} from '@/lib/download';

export type Edition = components['schemas']['ContestEdition'];
export type Category = components['schemas']['ContestCategory'];
export type EntrySummary = components['schemas']['ContestEntrySummary'];
export type Judge = components['schemas']['ContestJudge'];
export type JudgeInput = components['schemas']['ContestJudgeInput'];
export type JudgeAssignments = components['schemas']['ContestJudgeAssignments'];
export type JudgeConflict = components['schemas']['ContestJudgeConflict'];
export type AssignedEntry = components['schemas']['ContestAssignedEntry'];
export type JudgingProgress = components['schemas']['ContestJudgingProgress'];
export type ProgressCount = components['schemas']['ContestProgressCount'];
export type Ranking = components['schemas']['ContestRanking'];
export type RankingRow = components['schemas']['ContestRankingRow'];
export type Award = components['schemas']['Award'];
export type Results = components['schemas']['ContestResults'];
export type ResultEntry = components['schemas']['ContestResultEntry'];
export type MyJudging = components['schemas']['ContestMyJudging'];
export type BlindEntry = components['schemas']['ContestBlindEntry'];
export type RubricCriterion = components['schemas']['ContestCriterion'];
export type ScoreSheet = components['schemas']['ContestScoreSheet'];
export type ScoreInput = components['schemas']['ContestScoreInput'];
export type EntryScores = components['schemas']['ContestEntryScores'];
export type ScoreStatus = components['schemas']['ScoreStatus'];

export const AWARDS: Award[] = ['first', 'second', 'third', 'consolation', 'special'];

export const judgingKeys = {
  all: ['contest-judging'] as const,
  edition: (id: string) => ['contest-judging', 'edition', id] as const,
  categories: (editionId: string) => ['contest-judging', 'categories', editionId] as const,
  entries: (editionId: string, q: string) => ['contest-judging', 'entries', editionId, q] as const,
  judges: (editionId: string) => ['contest-judging', 'judges', editionId] as const,
  assignments: (judgeId: string) => ['contest-judging', 'assignments', judgeId] as const,
  progress: (editionId: string) => ['contest-judging', 'progress', editionId] as const,
  ranking: (categoryId: string) => ['contest-judging', 'ranking', categoryId] as const,
  category: (categoryId: string) => ['contest-judging', 'category', categoryId] as const,
  entryScores: (entryId: string) => ['contest-judging', 'entry-scores', entryId] as const,
  results: (editionId: string) => ['contest-judging', 'results', editionId] as const,
  mine: ['contest-judging', 'mine'] as const,
  myEntry: (entryId: string) => ['contest-judging', 'mine', 'entry', entryId] as const,
};

// ---------------------------------------------------------------- editions, categories, entries

export async function fetchEdition(id: string): Promise<Edition> {
  return unwrap(await api().GET('/api/v1/contest-editions/{id}', { params: { path: { id } } }));
}

export function useEdition(id: string) {
  return useQuery({ queryKey: judgingKeys.edition(id), queryFn: () => fetchEdition(id) });
}

export function useCategories(editionId: string) {
  return useQuery({
    queryKey: judgingKeys.categories(editionId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-editions/{id}/categories', {
          params: { path: { id: editionId }, query: { size: 100 } },
          signal,
        }),
      ).items,
  });
}

export function useCategory(id: string) {
  return useQuery({
    queryKey: judgingKeys.category(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/contest-categories/{id}', { params: { path: { id } }, signal })),
  });
}

/** Entries of the edition to pick from (assignments, relations): searched on the server. */
export function useEntryOptions(editionId: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: judgingKeys.entries(editionId, q),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-entries', {
          params: { query: { edition: editionId, q: q.trim() || undefined, size: 50, sort: 'number' } },
          signal,
        }),
      ).items,
  });
}

// ---------------------------------------------------------------- judges

export function useJudges(editionId: string) {
  return useQuery({
    queryKey: judgingKeys.judges(editionId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-editions/{id}/judges', {
          params: { path: { id: editionId }, query: { size: 100 } },
          signal,
        }),
      ),
  });
}

export async function fetchJudge(id: string): Promise<Judge> {
  return unwrap(await api().GET('/api/v1/contest-judges/{id}', { params: { path: { id } } }));
}

export function useJudgeAssignments(judgeId: string, enabled = true) {
  return useQuery({
    queryKey: judgingKeys.assignments(judgeId),
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-judges/{id}/assignments', {
          params: { path: { id: judgeId } },
          signal,
        }),
      ),
  });
}

function useJudgeInvalidation(editionId: string) {
  const qc = useQueryClient();
  return async (judgeId?: string) => {
    await qc.invalidateQueries({ queryKey: judgingKeys.judges(editionId) });
    await qc.invalidateQueries({ queryKey: judgingKeys.progress(editionId) });
    if (judgeId) await qc.invalidateQueries({ queryKey: judgingKeys.assignments(judgeId) });
  };
}

export function useCreateJudge(editionId: string) {
  const invalidate = useJudgeInvalidation(editionId);
  return useMutation({
    mutationFn: async (body: JudgeInput) =>
      unwrap(
        await api().POST('/api/v1/contest-editions/{id}/judges', {
          params: { path: { id: editionId }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body,
        }),
      ),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateJudge(editionId: string) {
  const invalidate = useJudgeInvalidation(editionId);
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: string; version: number; body: JudgeInput }) =>
      unwrap(
        await api().PUT('/api/v1/contest-judges/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: (judge) => invalidate(judge.id),
  });
}

export function useDeleteJudge(editionId: string) {
  const invalidate = useJudgeInvalidation(editionId);
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) => {
      unwrap(
        await api().DELETE('/api/v1/contest-judges/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      );
    },
    onSuccess: () => invalidate(),
  });
}

export type AssignmentChange =
  { kind: 'category'; id: string; assign: boolean } | { kind: 'entry'; id: string; assign: boolean };

export function useChangeAssignment(editionId: string, judgeId: string) {
  const invalidate = useJudgeInvalidation(editionId);
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (change: AssignmentChange) => {
      const c = api();
      if (change.kind === 'category') {
        const params = { path: { id: judgeId, categoryId: change.id } };
        return unwrap(
          change.assign
            ? await c.PUT('/api/v1/contest-judges/{id}/categories/{categoryId}', { params })
            : await c.DELETE('/api/v1/contest-judges/{id}/categories/{categoryId}', { params }),
        );
      }
      const params = { path: { id: judgeId, entryId: change.id } };
      return unwrap(
        change.assign
          ? await c.PUT('/api/v1/contest-judges/{id}/entries/{entryId}', { params })
          : await c.DELETE('/api/v1/contest-judges/{id}/entries/{entryId}', { params }),
      );
    },
    onSuccess: async (assignments) => {
      qc.setQueryData(judgingKeys.assignments(judgeId), assignments);
      await invalidate();
    },
  });
}

export function useDeclareRelation(editionId: string, judgeId: string) {
  const invalidate = useJudgeInvalidation(editionId);
  return useMutation({
    mutationFn: async (body: { entryId: string; note: string }) =>
      unwrap(
        await api().POST('/api/v1/contest-judges/{id}/relations', {
          params: { path: { id: judgeId }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body,
        }),
      ),
    onSuccess: () => invalidate(judgeId),
  });
}

export function useWithdrawRelation(editionId: string, judgeId: string) {
  const invalidate = useJudgeInvalidation(editionId);
  return useMutation({
    mutationFn: async (relationId: string) => {
      unwrap(
        await api().DELETE('/api/v1/contest-judges/{id}/relations/{relationId}', {
          params: { path: { id: judgeId, relationId } },
        }),
      );
    },
    onSuccess: () => invalidate(judgeId),
  });
}

// ---------------------------------------------------------------- progress, scores, ranking

export function useJudgingProgress(editionId: string) {
  return useQuery({
    queryKey: judgingKeys.progress(editionId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-editions/{id}/judging-progress', {
          params: { path: { id: editionId } },
          signal,
        }),
      ),
  });
}

export function useEntryScores(entryId: string, enabled = true) {
  return useQuery({
    queryKey: judgingKeys.entryScores(entryId),
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-entries/{id}/scores', { params: { path: { id: entryId } }, signal }),
      ),
  });
}

export function useReopenScore(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ sheet, reason }: { sheet: ScoreSheet; reason: string }) =>
      unwrap(
        await api().POST('/api/v1/contest-scores/{id}/reopening', {
          params: { path: { id: sheet.id }, header: { 'If-Match': ifMatch(sheet.version) } },
          body: { reason },
        }),
      ),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: judgingKeys.entryScores(entryId) });
      await qc.invalidateQueries({ queryKey: judgingKeys.all });
    },
  });
}

export function useRanking(categoryId: string) {
  return useQuery({
    queryKey: judgingKeys.ranking(categoryId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-categories/{id}/ranking', {
          params: { path: { id: categoryId } },
          signal,
        }),
      ),
  });
}

export function useConfirmAwards(categoryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api().POST('/api/v1/contest-categories/{id}/awards', { params: { path: { id: categoryId } } }),
      ),
    onSuccess: async (ranking) => {
      qc.setQueryData(judgingKeys.ranking(categoryId), ranking);
      await qc.invalidateQueries({ queryKey: judgingKeys.all });
    },
  });
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
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({
      row,
      award,
      awardName,
    }: {
      row: RankingRow;
      award: Award | null;
      awardName?: string;
    }) =>
      unwrap(
        await api().PUT('/api/v1/contest-entries/{id}/award', {
          params: { path: { id: row.entryId }, header: { 'If-Match': ifMatch(await entryVersion(row)) } },
          // null: no award (the contract's input type does not spell the null out).
          body: { award: award as Award, awardName: award === 'special' ? awardName : undefined },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: judgingKeys.ranking(categoryId) }),
  });
}

export function useSetNomination(categoryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ row, nominated }: { row: RankingRow; nominated: boolean }) =>
      unwrap(
        await api().PUT('/api/v1/contest-entries/{id}/nomination', {
          params: { path: { id: row.entryId }, header: { 'If-Match': ifMatch(await entryVersion(row)) } },
          body: { nominated },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: judgingKeys.ranking(categoryId) }),
  });
}

// ---------------------------------------------------------------- results

export function useResults(editionId: string) {
  return useQuery({
    queryKey: judgingKeys.results(editionId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-editions/{id}/results', {
          params: { path: { id: editionId } },
          signal,
        }),
      ),
  });
}

export function usePublication(editionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ publish, version }: { publish: boolean; version: number }) => {
      const params = { path: { id: editionId }, header: { 'If-Match': ifMatch(version) } };
      return unwrap(
        publish
          ? await api().POST('/api/v1/contest-editions/{id}/results/publication', { params })
          : await api().DELETE('/api/v1/contest-editions/{id}/results/publication', { params }),
      );
    },
    onSuccess: async (results) => {
      qc.setQueryData(judgingKeys.results(editionId), results);
      await qc.invalidateQueries({ queryKey: judgingKeys.edition(editionId) });
    },
  });
}

/** The national nominations file (CSV or XLSX) as the API makes it, with its file name. */
export async function fetchNominations(
  editionId: string,
  format: 'csv' | 'xlsx',
): Promise<{ blob: Blob; fileName: string }> {
  const result = await api().GET('/api/v1/contest-editions/{id}/nominations', {
    params: { path: { id: editionId }, query: { format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  const disposition = result.response.headers.get('content-disposition') ?? '';
  const m = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const fileName = m ? decodeURIComponent(m[1] ?? m[2] ?? '') : `de-cu-quoc-gia.${format}`;
  return { blob, fileName: fileName || `de-cu-quoc-gia.${format}` };
}

/** The results as XLSX or CSV: one row per awarded entry, authors only with recorded consent (as the results). */
export async function downloadResultsExport(editionId: string, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/contest-editions/{id}/results/export', {
    params: { path: { id: editionId }, query: { format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(blob, fileNameOf(result.response, `ket-qua-cuoc-thi.${format}`));
}

/** The edition's formal documents: the award decision, the national nomination list, all certificates in one file (PDF or Word). */
export type EditionDocument = 'award-decision' | 'nomination-list' | 'certificates';

export async function fetchEditionDocument(
  editionId: string,
  document: EditionDocument,
  format: DocumentFormat,
): Promise<DocumentFile> {
  const options = { params: { path: { id: editionId }, query: { format } }, parseAs: 'blob' as const };
  const result =
    document === 'award-decision'
      ? await api().GET('/api/v1/contest-editions/{id}/award-decision', options)
      : document === 'nomination-list'
        ? await api().GET('/api/v1/contest-editions/{id}/nomination-list', options)
        : await api().GET('/api/v1/contest-editions/{id}/certificates', options);
  const blob = unwrap(result) as unknown as Blob;
  return { blob, fileName: fileNameOf(result.response, `${document}.${format}`) };
}

// ---------------------------------------------------------------- the judge's own work

export function useMyJudging() {
  return useQuery({
    queryKey: judgingKeys.mine,
    queryFn: async ({ signal }) => unwrap(await api().GET('/api/v1/me/judging', { signal })).items,
  });
}

export async function fetchMyEntry(entryId: string): Promise<BlindEntry> {
  return unwrap(await api().GET('/api/v1/me/judging/entries/{entryId}', { params: { path: { entryId } } }));
}

export function useMyEntry(entryId: string) {
  return useQuery({ queryKey: judgingKeys.myEntry(entryId), queryFn: () => fetchMyEntry(entryId) });
}

export function useSaveScore(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, body }: { version?: number; body: ScoreInput }) =>
      unwrap(
        await api().PUT('/api/v1/me/judging/entries/{entryId}/score', {
          params: {
            path: { entryId },
            header: version === undefined ? {} : { 'If-Match': ifMatch(version) },
          },
          body,
        }),
      ),
    onSuccess: (sheet) => {
      qc.setQueryData<BlindEntry>(judgingKeys.myEntry(entryId), (old) =>
        old ? { ...old, score: sheet } : old,
      );
      return qc.invalidateQueries({ queryKey: judgingKeys.mine });
    },
  });
}

export function useSubmitScore(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(
        await api().POST('/api/v1/me/judging/entries/{entryId}/score/submission', {
          params: { path: { entryId }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: judgingKeys.myEntry(entryId) });
      await qc.invalidateQueries({ queryKey: judgingKeys.mine });
    },
  });
}

/** A photo or document of an entry the judge scores (fetched with the bearer token). */
export async function fetchJudgingFile(entryId: string, fileId: string): Promise<Blob> {
  const result = await api().GET('/api/v1/me/judging/entries/{entryId}/files/{fileId}', {
    params: { path: { entryId, fileId } },
    parseAs: 'blob',
  });
  return unwrap(result) as unknown as Blob;
}
