import { api } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned, type ApiMutationEffects } from '@/lib/api/hooks';
import { fileBody } from '@/lib/api/files';
import { unwrap } from '@/lib/api/problem';
import {
  type DocumentFile,
  type DocumentFormat,
  type ExportFormat,
  fileNameOf,
  saveBlob,
} from '@/lib/download';
import {
  type Entry,
  type EntryInput,
  type EntryStatus,
  type FileKind,
  PDF_TYPES,
  IMAGE_TYPES,
  type EntryQuery,
  contestKeys,
} from './contests';

/** listContestEntries' filters and sort (the list's, without its page). */
function entryFilters(query: EntryQuery) {
  const { edition, category, status, district, school, grade, q, sort } = query;
  return {
    edition,
    category,
    status,
    district,
    school,
    grade: grade === undefined ? undefined : String(grade),
    q,
    sort,
  };
}

/** The entries as XLSX or CSV, with the list's filters and sort (every page; a coordinator gets its own). */
export async function downloadEntriesExport(query: EntryQuery, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/contest-entries/export', {
    params: { query: { format, ...entryFilters(query) } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(blob, fileNameOf(result.response, `bai-du-thi.${format}`));
}

export function useEntries(query: EntryQuery) {
  return useApiQuery(
    contestKeys.entries(query),
    (signal) =>
      api().GET('/api/v1/contest-entries', {
        params: { query: { ...entryFilters(query), page: query.page, size: query.size } },
        signal,
      }),
    { keepPrevious: true },
  );
}

export function useEntry(id: string) {
  return useApiQuery(contestKeys.entry(id), (signal) =>
    api().GET('/api/v1/contest-entries/{id}', { params: { path: { id } }, signal }),
  );
}

const storeEntry: ApiMutationEffects<Entry, unknown> = {
  onSuccess: (saved, _, queryClient) => queryClient.setQueryData(contestKeys.entry(saved.id), saved),
  invalidate: [
    ['contests', 'entries'],
    ['contests', 'statistics'],
  ],
};

export function useCreateEntry() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: EntryInput; idempotencyKey: string }) =>
      api().POST('/api/v1/contest-entries', { body, params: { header: idempotent(idempotencyKey) } }),
    storeEntry,
  );
}

export function useReplaceEntry(id: string) {
  return useApiMutation(
    ({ body, version }: { body: EntryInput; version: number }) =>
      api().PUT('/api/v1/contest-entries/{id}', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    storeEntry,
  );
}

export function useDeleteEntry() {
  return useApiMutation(
    ({ id, version }: { id: string; version: number }) =>
      api().DELETE('/api/v1/contest-entries/{id}', { params: { path: { id }, header: versioned(version) } }),
    {
      onSuccess: (_, { id }, queryClient) => queryClient.removeQueries({ queryKey: contestKeys.entry(id) }),
      invalidate: [['contests', 'entries']],
    },
  );
}

export function useTransitionEntry(id: string) {
  return useApiMutation(
    ({ version, ...body }: { status: EntryStatus; reason?: string; version: number }) =>
      api().POST('/api/v1/contest-entries/{id}/transitions', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    storeEntry,
  );
}

export function useConsent(id: string) {
  return useApiMutation(
    ({ version, ...body }: { consentPublic: boolean; note?: string; version: number }) =>
      api().PUT('/api/v1/contest-entries/{id}/consent', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    storeEntry,
  );
}

export function useAddEntryFile(id: string, version: number) {
  return useApiMutation(
    ({ file, kind }: { file: File; kind: FileKind }) =>
      api().POST('/api/v1/contest-entries/{id}/files', {
        ...fileBody(file, kind === 'photo' ? IMAGE_TYPES : PDF_TYPES),
        params: { path: { id }, query: { kind, fileName: file.name }, header: versioned(version) },
      }),
    storeEntry,
  );
}

export function useDeleteEntryFile(id: string) {
  return useApiMutation(
    ({ fileId, version }: { fileId: string; version: number }) =>
      api().DELETE('/api/v1/contest-entries/{id}/files/{fileId}', {
        params: { path: { id, fileId }, header: versioned(version) },
      }),
    { invalidate: [contestKeys.entry(id)] },
  );
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
