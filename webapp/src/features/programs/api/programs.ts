import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, newIdempotencyKey, type components } from '@/lib/api/client';
import { fileBody } from '@/lib/api/files';
import { unwrap } from '@/lib/api/problem';
import { type DocumentFile, type DocumentFormat, fileNameOf } from '@/lib/download';

export type ProgramSummary = components['schemas']['ProgramSummary'];
export type ProgramDetail = components['schemas']['ProgramDetail'];
export type ProgramItem = components['schemas']['ProgramItem'];
export type ProgramStatus = components['schemas']['ProgramStatus'];
export type TaskStatus = components['schemas']['TaskStatus'];
export type ItemKind = components['schemas']['ItemKind'];
export type ProgramTask = components['schemas']['ProgramTask'];
export type ProgramTaskInput = components['schemas']['ProgramTaskInput'];
export type ProgressInput = components['schemas']['ProgressInput'];
export type TaskProgress = components['schemas']['TaskProgress'];
export type ImportPreview = components['schemas']['ProgramImportPreview'];
export type ImportCommit = components['schemas']['ProgramImportCommit'];
export type ParsedProgram = components['schemas']['ParsedProgram'];
export type ParsedProgramItem = components['schemas']['ParsedProgramItem'];
export type AnnualReport = components['schemas']['AnnualReport'];
export type AnnualReportTask = components['schemas']['AnnualReportTask'];
export type AnnualReportTotals = components['schemas']['AnnualReportTotals'];
export type CarryOverInput = components['schemas']['CarryOverInput'];
export type Coordinator = components['schemas']['Coordinator'];
export type AssociationOption = components['schemas']['AssociationSummary'];

export const TASK_STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'done', 'postponed', 'cancelled'];

export const programKeys = {
  all: ['programs'] as const,
  list: (page: number, size: number) => ['programs', 'list', page, size] as const,
  detail: (id: string) => ['programs', 'detail', id] as const,
  report: (id: string, year: number) => ['programs', 'report', id, year] as const,
  task: (id: string) => ['programs', 'task', id] as const,
};

export function usePrograms(page: number, size: number) {
  return useQuery({
    queryKey: programKeys.list(page, size),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/programs', { params: { query: { page, size } }, signal })),
  });
}

export function useProgram(id: string) {
  return useQuery({
    queryKey: programKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/programs/{id}', { params: { path: { id } }, signal })),
  });
}

export function useAnnualReport(id: string, year: number) {
  return useQuery({
    queryKey: programKeys.report(id, year),
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/programs/{id}/reports/{year}', {
          params: { path: { id, year }, query: { format: 'json' } },
          signal,
        }),
      ) as AnnualReport,
  });
}

export function useProgramTask(id: string) {
  return useQuery({
    queryKey: programKeys.task(id),
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/program-tasks/{id}', { params: { path: { id } }, signal })),
  });
}

export function usePreviewImport() {
  return useMutation({
    mutationFn: async ({ text, idempotencyKey }: { text: string; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/program-imports', {
          body: text,
          bodySerializer: (b: string) => b,
          headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
  });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api().POST('/api/v1/program-imports/{id}/commit', { params: { path: { id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: programKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export function useCarryOver(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CarryOverInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/programs/{id}/carry-over', {
          body,
          params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: (created) => {
      queryClient.setQueryData(programKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: ['programs', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export function useUpdateTask(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, version }: { body: ProgramTaskInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/program-tasks/{id}', {
          body,
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(programKeys.task(id), saved);
      void queryClient.invalidateQueries({ queryKey: ['programs', 'detail'] });
      void queryClient.invalidateQueries({ queryKey: ['programs', 'report'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export function useReportProgress(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: ProgressInput; idempotencyKey: string }) =>
      unwrap(
        await api().POST('/api/v1/program-tasks/{id}/progress', {
          body,
          params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: programKeys.task(id) });
      void queryClient.invalidateQueries({ queryKey: ['programs', 'detail'] });
      void queryClient.invalidateQueries({ queryKey: ['programs', 'report'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}

export const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

export function useUploadEvidence(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ progressId, file }: { progressId: string; file: File }) =>
      unwrap(
        await api().POST('/api/v1/program-tasks/{id}/progress/{progressId}/evidence', {
          ...fileBody(file, EVIDENCE_TYPES),
          params: {
            path: { id, progressId },
            query: { fileName: file.name },
            header: { 'Idempotency-Key': newIdempotencyKey() },
          },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: programKeys.task(id) }),
  });
}

/** The annual report as a CSV or Excel (.xlsx) file; needs the bearer token. */
export async function fetchReportFile(id: string, year: number, format: 'csv' | 'xlsx'): Promise<Blob> {
  return unwrap(
    await api().GET('/api/v1/programs/{id}/reports/{year}', {
      params: { path: { id, year }, query: { format } },
      parseAs: 'blob',
    }),
  ) as Blob;
}

/** The formal annual report: PDF, Word (.docx) or the HTML preview, with the file name the API gives. */
export async function fetchReportDocument(
  id: string,
  year: number,
  format: DocumentFormat,
): Promise<DocumentFile> {
  const result = await api().GET('/api/v1/programs/{id}/reports/{year}', {
    params: { path: { id, year }, query: { format } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  return { blob, fileName: fileNameOf(result.response, `bao-cao-${year}.${format}`) };
}

export async function fetchEvidence(taskId: string, progressId: string, evidenceId: string): Promise<Blob> {
  return unwrap(
    await api().GET('/api/v1/program-tasks/{id}/progress/{progressId}/evidence/{evidenceId}', {
      params: { path: { id: taskId, progressId, evidenceId } },
      parseAs: 'blob',
    }),
  ) as Blob;
}
