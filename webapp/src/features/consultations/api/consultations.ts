import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, newIdempotencyKey, type components } from '@/lib/api/client';
import { fileBody } from '@/lib/api/files';
import { unwrap } from '@/lib/api/problem';
import {
  type DocumentFile,
  type DocumentFormat,
  type ExportFormat,
  fileNameOf,
  saveBlob,
} from '@/lib/download';
import { etagVersion } from './workflow';

export type Consultation = components['schemas']['Consultation'];
export type ConsultationSummary = components['schemas']['ConsultationSummary'];
export type ConsultationInput = components['schemas']['ConsultationInput'];
export type ConsultationKind = components['schemas']['ConsultationKind'];
export type ConsultationStatus = components['schemas']['ConsultationStatus'];
export type ConsultationDocument = components['schemas']['ConsultationDocument'];
export type ConsultationSending = components['schemas']['ConsultationSending'];
export type ConsultationResponseInput = components['schemas']['ConsultationResponseInput'];
export type Assignment = components['schemas']['ConsultationAssignment'];
export type AssignmentStatus = components['schemas']['AssignmentStatus'];
export type MyAssignment = components['schemas']['MyAssignment'];
export type ExpertSuggestion = components['schemas']['ExpertSuggestion'];
export type SuggestionWarning = components['schemas']['SuggestionWarning'];
export type Availability = components['schemas']['Availability'];
export type EligibilityRules = components['schemas']['EligibilityRules'];
export type ReviewerPoolEntry = components['schemas']['ReviewerPoolEntry'];

export const CONSULTATION_KINDS: ConsultationKind[] = ['advice', 'critique', 'social_assessment'];
export const CONSULTATION_STATUSES: ConsultationStatus[] = [
  'received',
  'experts_assigned',
  'opinions_collected',
  'response_sent',
  'closed',
  'cancelled',
];
export const ASSIGNMENT_STATUSES: AssignmentStatus[] = [
  'invited',
  'cleared',
  'conflicted',
  'accepted',
  'declined',
  'submitted',
  'withdrawn',
];

/** The board's state (kept in the URL); sent as listConsultations' query parameters. */
export interface BoardQuery {
  q?: string;
  kind?: ConsultationKind;
  status?: ConsultationStatus;
  overdue?: boolean;
  sort: string;
  page: number;
  size: number;
}

export const consultationKeys = {
  all: ['consultations'] as const,
  list: (query: BoardQuery) => ['consultations', 'list', query] as const,
  detail: (id: string) => ['consultations', 'detail', id] as const,
  suggestions: (id: string) => ['consultations', 'suggestions', id] as const,
  assignment: (consultationId: string, id: string) =>
    ['consultations', 'assignment', consultationId, id] as const,
  mine: (page: number) => ['consultations', 'mine', page] as const,
  overdueAssignments: (page: number) => ['consultations', 'overdue-assignments', page] as const,
  pool: (page: number) => ['consultations', 'pool', page] as const,
  rules: ['consultations', 'rules'] as const,
};

// ---------------------------------------------------------------- queries

/** The board as XLSX or CSV, with the board's filters and sort (every page), saved under the API's name. */
export async function downloadConsultationExport(query: BoardQuery, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/consultations/export', {
    params: {
      query: {
        format,
        q: query.q || undefined,
        kind: query.kind,
        status: query.status,
        overdue: query.overdue || undefined,
        sort: query.sort,
      },
    },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(blob, fileNameOf(result.response, `tu-van-phan-bien.${format}`));
}

export function useConsultationList(query: BoardQuery) {
  return useQuery({
    queryKey: consultationKeys.list(query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/consultations', {
          params: {
            query: {
              q: query.q || undefined,
              kind: query.kind,
              status: query.status,
              overdue: query.overdue || undefined,
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

export function useConsultation(id: string) {
  return useQuery({
    queryKey: consultationKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/consultations/{id}', {
          params: { path: { id } },
          signal,
        }),
      ),
  });
}

export function useSuggestions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: consultationKeys.suggestions(id),
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/consultations/{id}/suggestions', {
          params: { path: { id }, query: { limit: 10 } },
          signal,
        }),
      ),
  });
}

export async function fetchAssignment(consultationId: string, assignmentId: string): Promise<Assignment> {
  return unwrap(
    await api().GET('/api/v1/consultations/{consultationId}/assignments/{assignmentId}', {
      params: { path: { consultationId, assignmentId } },
    }),
  );
}

export function useMyAssignments(page: number, size = 20) {
  return useQuery({
    queryKey: consultationKeys.mine(page),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/consultation-assignments/mine', {
          params: { query: { page, size } },
          signal,
        }),
      ),
  });
}

export function useOverdueAssignments(page: number, size = 20) {
  return useQuery({
    queryKey: consultationKeys.overdueAssignments(page),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/consultation-assignments', {
          params: { query: { overdue: true, page, size } },
          signal,
        }),
      ),
  });
}

export function useReviewerPool(page: number, size = 20) {
  return useQuery({
    queryKey: consultationKeys.pool(page),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/reviewer-pool', { params: { query: { page, size } }, signal })),
  });
}

/** The rules and their version: EligibilityRules has no version field, the ETag header carries it. */
export interface VersionedRules {
  rules: EligibilityRules;
  version: number | undefined;
}

export function useConsultationRules() {
  return useQuery({
    queryKey: consultationKeys.rules,
    queryFn: async ({ signal }): Promise<VersionedRules> => {
      const result = await api().GET('/api/v1/consultation-rules', { signal });
      const rules = unwrap(result);
      return { rules, version: etagVersion(result.response.headers.get('ETag')) };
    },
  });
}

/** The calling expert's own profile id: tells their assignment apart once others' opinions are shown. */
export function useMyExpertId(enabled: boolean) {
  return useQuery({
    queryKey: ['consultations', 'my-expert-id'] as const,
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => unwrap(await api().GET('/api/v1/experts/me', { signal })).id,
  });
}

// ---------------------------------------------------------------- consultation writes

export function useCreateConsultation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: ConsultationInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/consultations', {
          body,
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: (created) => {
      queryClient.setQueryData(consultationKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: ['consultations', 'list'] });
    },
  });
}

/** After a write that returns the consultation: keep it, refresh what depends on it. */
function useSaved(id: string) {
  const queryClient = useQueryClient();
  return (saved: Consultation) => {
    queryClient.setQueryData(consultationKeys.detail(id), saved);
    void queryClient.invalidateQueries({ queryKey: ['consultations', 'list'] });
    void queryClient.invalidateQueries({ queryKey: consultationKeys.suggestions(id) });
  };
}

export function useReplaceConsultation(id: string) {
  const saved = useSaved(id);
  return useMutation({
    mutationFn: async ({ body, version }: { body: ConsultationInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/consultations/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: saved,
  });
}

export function useTransition(id: string) {
  const saved = useSaved(id);
  return useMutation({
    mutationFn: async ({
      to,
      reason,
      version,
    }: {
      to: ConsultationStatus;
      reason?: string;
      version: number;
    }) =>
      unwrap(
        await api().POST('/api/v1/consultations/{id}/transitions', {
          body: { to, reason },
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: saved,
  });
}

export function useSaveResponse(id: string) {
  const saved = useSaved(id);
  return useMutation({
    mutationFn: async ({ body, version }: { body: ConsultationResponseInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/consultations/{id}/response', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: saved,
  });
}

export function useSendResponse(id: string) {
  const saved = useSaved(id);
  return useMutation({
    mutationFn: async ({ body, version }: { body: ConsultationSending; version: number }) =>
      unwrap(
        await api().POST('/api/v1/consultations/{id}/response/sending', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: saved,
  });
}

export function useAssignExpert(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ expertId, opinionDueOn }: { expertId: string; opinionDueOn?: string }) =>
      unwrap(
        await api().POST('/api/v1/consultations/{consultationId}/assignments', {
          body: { expertId, opinionDueOn },
          params: { path: { consultationId }, header: { 'Idempotency-Key': newIdempotencyKey() } },
        }),
      ),
    // The consultation's status and version move with the first assignment: read it again.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consultationKeys.all }),
  });
}

export function useWithdrawAssignment(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ assignmentId, version }: { assignmentId: string; version: number }) =>
      unwrap(
        await api().POST('/api/v1/consultations/{consultationId}/assignments/{assignmentId}/withdrawal', {
          params: {
            path: { consultationId, assignmentId },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consultationKeys.all }),
  });
}

// ---------------------------------------------------------------- the expert's steps

export function useDeclare(consultationId: string, assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { hasConflict: boolean; details?: string }) =>
      unwrap(
        await api().POST('/api/v1/consultations/{consultationId}/assignments/{assignmentId}/declaration', {
          body,
          params: { path: { consultationId, assignmentId } },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consultationKeys.all }),
  });
}

export function useAnswer(consultationId: string, assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { accept: boolean; reason?: string }) =>
      unwrap(
        await api().POST('/api/v1/consultations/{consultationId}/assignments/{assignmentId}/answer', {
          body,
          params: { path: { consultationId, assignmentId } },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consultationKeys.all }),
  });
}

export function useWriteOpinion(consultationId: string, assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ text, submit, version }: { text: string; submit: boolean; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/consultations/{consultationId}/assignments/{assignmentId}/opinion', {
          body: { text, submit },
          params: {
            path: { consultationId, assignmentId },
            header: { 'If-Match': ifMatch(version) },
          },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consultationKeys.all }),
  });
}

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
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api().POST('/api/v1/consultations/{id}/documents', {
          ...fileBody(file, FILE_TYPES),
          params: {
            path: { id },
            query: { fileName: file.name },
            header: { 'Idempotency-Key': newIdempotencyKey() },
          },
        }),
      ),
    // A new document moves the consultation's version.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consultationKeys.detail(id) }),
  });
}

export function useUploadAttachment(consultationId: string, assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api().POST(
          '/api/v1/consultations/{consultationId}/assignments/{assignmentId}/opinion/attachments',
          {
            ...fileBody(file, FILE_TYPES),
            params: {
              path: { consultationId, assignmentId },
              query: { fileName: file.name },
              header: { 'Idempotency-Key': newIdempotencyKey() },
            },
          },
        ),
      ),
    // An attachment moves the assignment's version (and the consultation's).
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consultationKeys.all }),
  });
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

export function useReplaceRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ rules, version }: { rules: EligibilityRules; version: number }) => {
      const result = await api().PUT('/api/v1/consultation-rules', {
        body: rules,
        params: { header: { 'If-Match': ifMatch(version) } },
      });
      const saved = unwrap(result);
      return { rules: saved, version: etagVersion(result.response.headers.get('ETag')) } as VersionedRules;
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(consultationKeys.rules, saved);
      void queryClient.invalidateQueries({ queryKey: ['consultations', 'suggestions'] });
    },
  });
}
