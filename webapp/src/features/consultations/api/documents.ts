import { api } from '@/lib/api/client';
import { fileBody } from '@/lib/api/files';
import { etagVersion } from './workflow';
import { idempotent, useApiMutation, useApiQuery, versioned } from '@/lib/api/hooks';
import { unwrap } from '@/lib/api/problem';
import { type DocumentFile, type DocumentFormat, fileNameOf } from '@/lib/download';
import { type EligibilityRules, consultationKeys } from './types';

// ---------------------------------------------------------------- files

/** What the API accepts for request documents and opinion attachments (checked by content on the server). */
export const FILE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
] as const;
export const FILE_ACCEPT = `${FILE_TYPES.join(',')},.pdf,.docx,.png,.jpg,.jpeg`;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export function useUploadDocument(id: string) {
  return useApiMutation(
    (file: File) =>
      api().POST('/api/v1/consultations/{id}/documents', {
        ...fileBody(file, FILE_TYPES),
        params: { path: { id }, query: { fileName: file.name }, header: idempotent() },
      }),
    // A new document moves the consultation's version.
    { invalidate: [consultationKeys.detail(id)] },
  );
}

export function useUploadAttachment(consultationId: string, assignmentId: string) {
  return useApiMutation(
    (file: File) =>
      api().POST('/api/v1/consultations/{consultationId}/assignments/{assignmentId}/opinion/attachments', {
        ...fileBody(file, FILE_TYPES),
        params: {
          path: { consultationId, assignmentId },
          query: { fileName: file.name },
          header: idempotent(),
        },
      }),
    // An attachment moves the assignment's version (and the consultation's).
    { invalidate: [consultationKeys.all] },
  );
}

export async function fetchDocument(id: string, documentId: string): Promise<Blob> {
  return unwrap(
    await api().GET('/api/v1/consultations/{id}/documents/{documentId}', {
      params: { path: { id, documentId } },
      parseAs: 'blob',
    }),
  ) as Blob;
}

export async function fetchAttachment(consultationId: string, assignmentId: string, fileId: string) {
  return unwrap(
    await api().GET(
      '/api/v1/consultations/{consultationId}/assignments/{assignmentId}/opinion/attachments/{fileId}',
      { params: { path: { consultationId, assignmentId, fileId } }, parseAs: 'blob' },
    ),
  ) as Blob;
}

/** The consolidated response as an official letter: PDF, Word (.docx) or the HTML preview, with the API's file name. */
export async function fetchResponseDocument(id: string, format: DocumentFormat): Promise<DocumentFile> {
  const result = await api().GET('/api/v1/consultations/{id}/response/document', {
    params: { path: { id }, query: { format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  return { blob, fileName: fileNameOf(result.response, `y-kien-tu-van-phan-bien.${format}`) };
}

// ---------------------------------------------------------------- rules

/** The rules and their version: EligibilityRules has no version field, the ETag header carries it. */
export interface VersionedRules {
  rules: EligibilityRules;
  version: number | undefined;
}

function withVersion(result: { data?: EligibilityRules; error?: unknown; response: Response }) {
  return {
    ...result,
    data: result.data && { rules: result.data, version: etagVersion(result.response.headers.get('ETag')) },
  };
}

export function useConsultationRules() {
  return useApiQuery<VersionedRules>(consultationKeys.rules, async (signal) =>
    withVersion(await api().GET('/api/v1/consultation-rules', { signal })),
  );
}

export function useReplaceRules() {
  return useApiMutation(
    async ({ rules, version }: { rules: EligibilityRules; version: number }) =>
      withVersion(
        await api().PUT('/api/v1/consultation-rules', {
          body: rules,
          params: { header: versioned(version) },
        }),
      ),
    {
      onSuccess: (saved: VersionedRules, _, queryClient) =>
        queryClient.setQueryData(consultationKeys.rules, saved),
      invalidate: [['consultations', 'suggestions']],
    },
  );
}
