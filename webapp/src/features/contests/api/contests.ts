import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type components } from '@/lib/api/client';
import { fileBody } from '@/lib/api/files';
import { isApiError, unwrap } from '@/lib/api/problem';
import { getConfig } from '@/lib/config';
import {
  type DocumentFile,
  type DocumentFormat,
  type ExportFormat,
  fileNameOf,
  saveBlob,
} from '@/lib/download';

export type Edition = components['schemas']['ContestEdition'];
export type EditionInput = components['schemas']['ContestEditionInput'];
export type EditionStatus = components['schemas']['EditionStatus'];
export type Phase = components['schemas']['ContestPhase'];
export type AwardQuota = components['schemas']['ContestAwardQuota'];
export type Category = components['schemas']['ContestCategory'];
export type CategoryInput = components['schemas']['ContestCategoryInput'];
export type Criterion = components['schemas']['ContestCriterion'];
export type CriterionInput = components['schemas']['ContestCriterionInput'];
export type CriterionLevel = components['schemas']['ContestCriterionLevel'];
export type Coordinator = components['schemas']['ContestCoordinator'];
export type CoordinatorInput = components['schemas']['ContestCoordinatorInput'];
export type CoordinatorKind = components['schemas']['CoordinatorKind'];
export type Entry = components['schemas']['ContestEntry'];
export type EntryInput = components['schemas']['ContestEntryInput'];
export type EntrySummary = components['schemas']['ContestEntrySummary'];
export type EntryStatus = components['schemas']['EntryStatus'];
export type Author = components['schemas']['ContestEntryAuthor'];
export type Supervisor = components['schemas']['ContestSupervisor'];
export type Award = components['schemas']['Award'];
export type ContestFile = components['schemas']['ContestFile'];
export type FileKind = components['schemas']['ContestFileKind'];
export type Statistics = components['schemas']['ContestStatistics'];
export type Count = components['schemas']['ContestCount'];

export const PHASES: Phase[] = [
  'upcoming',
  'registration',
  'submission',
  'preparing_judging',
  'judging',
  'deliberation',
  'results',
];
export const ENTRY_STATUSES: EntryStatus[] = [
  'draft',
  'submitted',
  'eligible',
  'rejected',
  'judged',
  'awarded',
  'nominated',
];
export const COORDINATOR_KINDS: CoordinatorKind[] = ['school', 'district'];

export const PDF_TYPES = ['application/pdf'] as const;
export const IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;
export const MAX_RULES_BYTES = 20 * 1024 * 1024;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export interface EntryQuery {
  edition?: string;
  category?: string;
  status?: EntryStatus;
  district?: string;
  school?: string;
  grade?: number;
  q?: string;
  sort: string;
  page: number;
  size: number;
}

export interface CoordinatorQuery {
  q?: string;
  page: number;
  size: number;
}

export const contestKeys = {
  all: ['contests'] as const,
  current: ['contests', 'current'] as const,
  editions: (scope: 'public' | 'all') => ['contests', 'editions', scope] as const,
  edition: (id: string) => ['contests', 'edition', id] as const,
  categories: (editionId: string) => ['contests', 'categories', editionId] as const,
  statistics: (editionId: string, includeDrafts: boolean) =>
    ['contests', 'statistics', editionId, includeDrafts] as const,
  coordinators: (query: CoordinatorQuery) => ['contests', 'coordinators', query] as const,
  myCoordinator: ['contests', 'me', 'coordinator'] as const,
  entries: (query: EntryQuery) => ['contests', 'entries', query] as const,
  entry: (id: string) => ['contests', 'entry', id] as const,
};

/** A URL of the API (files carry URLs relative to its base) as an absolute address. */
export function apiHref(relative: string, download = false): string {
  const href = `${getConfig().apiUrl}${relative}`;
  return download ? `${href}${relative.includes('?') ? '&' : '?'}download=true` : href;
}

// ---------------------------------------------------------------- editions

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

// ---------------------------------------------------------------- categories and rubrics

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

// ---------------------------------------------------------------- coordinators

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

// ---------------------------------------------------------------- entries

/** The entries as XLSX or CSV, with the list's filters and sort (every page; a coordinator gets its own). */
export async function downloadEntriesExport(query: EntryQuery, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/contest-entries/export', {
    params: {
      query: {
        format,
        edition: query.edition,
        category: query.category,
        status: query.status,
        district: query.district,
        school: query.school,
        grade: query.grade === undefined ? undefined : String(query.grade),
        q: query.q,
        sort: query.sort,
      },
    },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(blob, fileNameOf(result.response, `bai-du-thi.${format}`));
}

export function useEntries(query: EntryQuery) {
  return useQuery({
    queryKey: contestKeys.entries(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/contest-entries', {
          params: {
            query: {
              edition: query.edition,
              category: query.category,
              status: query.status,
              district: query.district,
              school: query.school,
              grade: query.grade === undefined ? undefined : String(query.grade),
              q: query.q,
              sort: query.sort,
              page: query.page,
              size: query.size,
            },
          },
          signal,
        }),
      ),
  });
}

export function useEntry(id: string) {
  return useQuery({
    queryKey: contestKeys.entry(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/contest-entries/{id}', { params: { path: { id } }, signal })),
  });
}

function useStoreEntry() {
  const queryClient = useQueryClient();
  return (saved: Entry) => {
    queryClient.setQueryData(contestKeys.entry(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: ['contests', 'entries'] });
    void queryClient.invalidateQueries({ queryKey: ['contests', 'statistics'] });
  };
}

export function useCreateEntry() {
  const store = useStoreEntry();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: EntryInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/contest-entries', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: store,
  });
}

export function useReplaceEntry(id: string) {
  const store = useStoreEntry();
  return useMutation({
    mutationFn: async ({ body, version }: { body: EntryInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/contest-entries/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useDeleteEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version }: { id: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/contest-entries/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: contestKeys.entry(id) });
      void queryClient.invalidateQueries({ queryKey: ['contests', 'entries'] });
    },
  });
}

export function useTransitionEntry(id: string) {
  const store = useStoreEntry();
  return useMutation({
    mutationFn: async ({
      status,
      reason,
      version,
    }: {
      status: EntryStatus;
      reason?: string;
      version: number;
    }) =>
      unwrap(
        await api().POST('/api/v1/contest-entries/{id}/transitions', {
          body: { status, reason },
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useConsent(id: string) {
  const store = useStoreEntry();
  return useMutation({
    mutationFn: async ({
      consentPublic,
      note,
      version,
    }: {
      consentPublic: boolean;
      note?: string;
      version: number;
    }) =>
      unwrap(
        await api().PUT('/api/v1/contest-entries/{id}/consent', {
          body: { consentPublic, note },
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useAddEntryFile(id: string, version: number) {
  const store = useStoreEntry();
  return useMutation({
    mutationFn: async ({ file, kind }: { file: File; kind: FileKind }) =>
      unwrap(
        await api().POST('/api/v1/contest-entries/{id}/files', {
          ...fileBody(file, kind === 'photo' ? IMAGE_TYPES : PDF_TYPES),
          params: {
            path: { id },
            query: { kind, fileName: file.name },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: store,
  });
}

export function useDeleteEntryFile(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ fileId, version }: { fileId: string; version: number }) =>
      unwrap(
        await api().DELETE('/api/v1/contest-entries/{id}/files/{fileId}', {
          params: { path: { id, fileId }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contestKeys.entry(id) });
    },
  });
}

/** An entry's file read with the caller's token (authors are minors: nothing of an entry is public). */
export async function fetchEntryFile(id: string, fileId: string, signal?: AbortSignal): Promise<Blob> {
  return unwrap(
    await api().GET('/api/v1/contest-entries/{id}/files/{fileId}', {
      params: { path: { id, fileId } },
      parseAs: 'blob',
      signal,
    }),
  ) as Blob;
}

/** An awarded entry's certificate (PDF, Word or the HTML preview); a coordinator gets it once the results are published. */
export async function fetchEntryCertificate(id: string, format: DocumentFormat): Promise<DocumentFile> {
  const result = await api().GET('/api/v1/contest-entries/{id}/certificate', {
    params: { path: { id }, query: { format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  return { blob, fileName: fileNameOf(result.response, `giay-chung-nhan.${format}`) };
}
