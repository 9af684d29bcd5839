import { api } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned, type ApiMutationEffects } from '@/lib/api/hooks';
import { unwrap } from '@/lib/api/problem';
import { type ExportFormat, fileNameOf, saveBlob } from '@/lib/download';
import {
  type BoardQuery,
  type Consultation,
  type ConsultationInput,
  type ConsultationResponseInput,
  type ConsultationSending,
  type ConsultationStatus,
  consultationKeys,
} from './types';

// ---------------------------------------------------------------- the board and one consultation

/** listConsultations' filters and sort (the board's, without its page). */
function boardFilters(query: BoardQuery) {
  return {
    q: query.q || undefined,
    kind: query.kind,
    status: query.status,
    overdue: query.overdue || undefined,
    sort: query.sort,
  };
}

/** The board as XLSX or CSV, with the board's filters and sort (every page), saved under the API's name. */
export async function downloadConsultationExport(query: BoardQuery, format: ExportFormat): Promise<void> {
  const result = await api().GET('/api/v1/consultations/export', {
    params: { query: { format, ...boardFilters(query) } },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  saveBlob(blob, fileNameOf(result.response, `tu-van-phan-bien.${format}`));
}

export function useConsultationList(query: BoardQuery) {
  return useApiQuery(
    consultationKeys.list(query),
    (signal) =>
      api().GET('/api/v1/consultations', {
        params: { query: { ...boardFilters(query), page: query.page, size: query.size } },
        signal,
      }),
    { keepPrevious: true },
  );
}

export function useConsultation(id: string) {
  return useApiQuery(consultationKeys.detail(id), (signal) =>
    api().GET('/api/v1/consultations/{id}', { params: { path: { id } }, signal }),
  );
}

export function useSuggestions(id: string, enabled: boolean) {
  return useApiQuery(
    consultationKeys.suggestions(id),
    (signal) =>
      api().GET('/api/v1/consultations/{id}/suggestions', {
        params: { path: { id }, query: { limit: 10 } },
        signal,
      }),
    { enabled },
  );
}

export function useCreateConsultation() {
  return useApiMutation(
    ({ body, idempotencyKey }: { body: ConsultationInput; idempotencyKey: string }) =>
      api().POST('/api/v1/consultations', { body, params: { header: idempotent(idempotencyKey) } }),
    {
      onSuccess: (created, _, queryClient) =>
        queryClient.setQueryData(consultationKeys.detail(created.id), created),
      invalidate: [['consultations', 'list']],
    },
  );
}

/** After a write that returns the consultation: keep it, refresh what depends on it. */
function saved<V>(id: string): ApiMutationEffects<Consultation, V> {
  return {
    onSuccess: (consultation, _, queryClient) =>
      queryClient.setQueryData(consultationKeys.detail(id), consultation),
    invalidate: [['consultations', 'list'], consultationKeys.suggestions(id)],
  };
}

export function useReplaceConsultation(id: string) {
  return useApiMutation(
    ({ body, version }: { body: ConsultationInput; version: number }) =>
      api().PUT('/api/v1/consultations/{id}', { body, params: { path: { id }, header: versioned(version) } }),
    saved(id),
  );
}

export function useTransition(id: string) {
  return useApiMutation(
    ({ to, reason, version }: { to: ConsultationStatus; reason?: string; version: number }) =>
      api().POST('/api/v1/consultations/{id}/transitions', {
        body: { to, reason },
        params: { path: { id }, header: versioned(version) },
      }),
    saved(id),
  );
}

export function useSaveResponse(id: string) {
  return useApiMutation(
    ({ body, version }: { body: ConsultationResponseInput; version: number }) =>
      api().PUT('/api/v1/consultations/{id}/response', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    saved(id),
  );
}

export function useSendResponse(id: string) {
  return useApiMutation(
    ({ body, version }: { body: ConsultationSending; version: number }) =>
      api().POST('/api/v1/consultations/{id}/response/sending', {
        body,
        params: { path: { id }, header: versioned(version) },
      }),
    saved(id),
  );
}

/** The calling expert's own profile id: tells their assignment apart once others' opinions are shown. */
export function useMyExpertId(enabled: boolean) {
  return useApiQuery(
    ['consultations', 'my-expert-id'],
    (signal) => api().GET('/api/v1/experts/me', { signal }),
    {
      enabled,
      staleTime: 5 * 60_000,
      map: (me) => me.id,
    },
  );
}

export * from './types';
export * from './assignments';
export * from './documents';
