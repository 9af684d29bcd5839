import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type components } from '@/lib/api/client';
import { fileBody } from '@/lib/api/files';
import { unwrap } from '@/lib/api/problem';
import {
  type DocumentFile,
  type DocumentFormat,
  type ExportFormat,
  fileNameFromDisposition,
  fileNameOf,
  saveBlob,
} from '@/lib/download';

export type OfficialDocument = components['schemas']['OfficialDocument'];
export type DocumentSummary = components['schemas']['OfficialDocumentSummary'];
export type DocumentInput = components['schemas']['OfficialDocumentInput'];
export type DocumentDirection = components['schemas']['DocumentDirection'];
export type DocumentType = components['schemas']['DocumentType'];

export const DIRECTIONS: DocumentDirection[] = ['outgoing', 'incoming'];
/** In the API's order (Nghị định 30/2020/NĐ-CP's abbreviations are served by getDocumentNumbering). */
export const DOCUMENT_TYPES: DocumentType[] = [
  'official_letter',
  'resolution',
  'decision',
  'directive',
  'regulation',
  'guidance',
  'program',
  'plan',
  'project',
  'report',
  'notice',
  'submission',
  'invitation',
  'minutes',
  'contract',
  'certificate',
  'other',
];
export const FILE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
] as const;
/** The API's limit for a registry file or a handling attachment (RegistryService.MAX_FILE_BYTES). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The registry page's state (kept in the URL); sent as listOfficialDocuments' parameters. */
export interface DocumentQuery {
  q?: string;
  number?: string;
  direction?: DocumentDirection;
  type?: DocumentType;
  from?: string;
  to?: string;
  sort: string;
  page: number;
  size: number;
}

export const registryKeys = {
  all: ['registry'] as const,
  lists: ['registry', 'list'] as const,
  list: (query: DocumentQuery) => ['registry', 'list', query] as const,
  document: (id: string) => ['registry', 'document', id] as const,
  numbering: ['registry', 'numbering'] as const,
};

export function useDocuments(query: DocumentQuery) {
  return useQuery({
    queryKey: registryKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/official-documents', {
          params: {
            query: {
              q: query.q || undefined,
              number: query.number || undefined,
              direction: query.direction,
              type: query.type,
              from: query.from,
              to: query.to,
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

/** Downloads the registry with the page's filters and sort (every page) as XLSX or CSV. */
export async function downloadDocumentExport(query: DocumentQuery, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/official-documents/export', {
    params: {
      query: {
        format,
        q: query.q || undefined,
        number: query.number || undefined,
        direction: query.direction,
        type: query.type,
        from: query.from,
        to: query.to,
        sort: query.sort,
      },
    },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(
    blob,
    fileNameFromDisposition(result.response.headers.get('content-disposition'), `so-van-ban.${format}`),
  );
}

export function useDocument(id: string) {
  return useQuery({
    queryKey: registryKeys.document(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/official-documents/{id}', { params: { path: { id } }, signal })),
  });
}

export function useNumbering() {
  return useQuery({
    queryKey: registryKeys.numbering,
    staleTime: Infinity,
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/official-documents/numbering', { signal })),
  });
}

function useStore() {
  const queryClient = useQueryClient();
  return (saved: OfficialDocument) => {
    queryClient.setQueryData(registryKeys.document(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: registryKeys.lists });
    // the executive dashboard lists the newest documents
    void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  };
}

export function useCreateDocument() {
  const store = useStore();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: DocumentInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/official-documents', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: store,
  });
}

export function useAttachFile(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: async ({ file, version }: { file: File; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/official-documents/{id}/file', {
          params: { path: { id }, query: { fileName: file.name }, header: { 'If-Match': ifMatch(version) } },
          ...fileBody(file, FILE_TYPES),
        }),
      ),
    onSuccess: store,
  });
}

/** The document's file, fetched with the bearer token. */
export async function fetchDocumentFile(id: string): Promise<Blob> {
  const result = await api().GET('/api/v1/official-documents/{id}/file', {
    params: { path: { id }, query: { download: true } },
    parseAs: 'blob',
  });
  return unwrap(result) as unknown as Blob;
}

/** An outgoing document laid out as the formal document: PDF, Word (.docx) or the HTML preview. */
export async function fetchDocumentPrintout(id: string, format: DocumentFormat): Promise<DocumentFile> {
  const result = await api().GET('/api/v1/official-documents/{id}/printout', {
    params: { path: { id }, query: { format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  return { blob, fileName: fileNameOf(result.response, `van-ban.${format}`) };
}
