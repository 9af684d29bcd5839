import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '@/lib/api/client';
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
