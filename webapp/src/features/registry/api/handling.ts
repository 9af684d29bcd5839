import { api, type components } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned, type ApiMutationEffects } from '@/lib/api/hooks';
import { fileBody } from '@/lib/api/files';
import { unwrap } from '@/lib/api/problem';
import { FILE_TYPES } from './registry';

export type Handling = components['schemas']['DocumentHandling'];
export type HandlingState = components['schemas']['HandlingState'];
export type HandlingLine = components['schemas']['DocumentHandlingLine'];
export type AssignmentInput = components['schemas']['DocumentAssignmentInput'];
export type HistoryEntry = components['schemas']['DocumentHandlingEvent'];

export const HANDLING_STATES: HandlingState[] = ['received', 'assigned', 'in_progress', 'done', 'filed'];

/** The handling lists' filters (the office's and "my documents"). */
export interface HandlingQuery {
  state?: HandlingState;
  overdue?: boolean;
  page: number;
  size: number;
}

export const handlingKeys = {
  all: ['registry', 'handling'] as const,
  one: (id: string) => ['registry', 'handling', 'one', id] as const,
  history: (id: string) => ['registry', 'handling', 'history', id] as const,
  lists: ['registry', 'handling', 'list'] as const,
  list: (mine: boolean, query: HandlingQuery) => ['registry', 'handling', 'list', mine, query] as const,
  candidates: ['registry', 'handling', 'candidates'] as const,
};

export function useHandling(id: string, enabled = true) {
  return useApiQuery(
    handlingKeys.one(id),
    (signal) => api().GET('/api/v1/official-documents/{id}/handling', { params: { path: { id } }, signal }),
    { enabled },
  );
}

export function useHandlingHistory(id: string, enabled = true) {
  return useApiQuery(
    handlingKeys.history(id),
    (signal) =>
      api().GET('/api/v1/official-documents/{id}/handling/history', {
        params: { path: { id }, query: { size: 100 } },
        signal,
      }),
    { enabled },
  );
}

export function useHandlerCandidates(enabled = true) {
  return useApiQuery(
    handlingKeys.candidates,
    (signal) => api().GET('/api/v1/document-handlings/candidate-handlers', { signal }),
    { enabled, staleTime: 60_000 },
  );
}

/** The office's list (overdue first) or, with mine, the documents assigned to the caller. */
export function useHandlingList(mine: boolean, query: HandlingQuery) {
  return useApiQuery(
    handlingKeys.list(mine, query),
    (signal) => {
      const { state, overdue, page, size } = query;
      const params = { query: { state, overdue, page, size } };
      return mine
        ? api().GET('/api/v1/document-handlings/mine', { params, signal })
        : api().GET('/api/v1/document-handlings', { params, signal });
    },
    { keepPrevious: true },
  );
}

/** After a step that returns the handling: keep it, refresh its history and the lists. */
function stored(id: string): ApiMutationEffects<Handling, unknown> {
  return {
    onSuccess: (saved, _, queryClient) => queryClient.setQueryData(handlingKeys.one(id), saved),
    invalidate: [handlingKeys.history(id), handlingKeys.lists],
  };
}

export function useAssign(id: string) {
  return useApiMutation(
    ({ body, version }: { body: AssignmentInput; version: number }) =>
      api().PUT('/api/v1/official-documents/{id}/handling/assignment', {
        params: { path: { id }, header: versioned(version) },
        body,
      }),
    stored(id),
  );
}

export function useTransition(id: string) {
  return useApiMutation(
    ({ version, ...body }: { to: HandlingState; reason?: string; version: number }) =>
      api().POST('/api/v1/official-documents/{id}/handling/transitions', {
        params: { path: { id }, header: versioned(version) },
        body,
      }),
    stored(id),
  );
}

export function useReport(id: string) {
  return useApiMutation(
    ({ username, report, version }: { username: string; report: string; version: number }) =>
      api().PUT('/api/v1/official-documents/{id}/handling/handlers/{username}/report', {
        params: { path: { id, username }, header: versioned(version) },
        body: { report },
      }),
    stored(id),
  );
}

export function useAnswer(id: string) {
  return useApiMutation(
    ({ outgoingDocumentId, version }: { outgoingDocumentId: string | null; version: number }) =>
      api().PUT('/api/v1/official-documents/{id}/handling/answer', {
        params: { path: { id }, header: versioned(version) },
        body: { outgoingDocumentId: outgoingDocumentId ?? undefined },
      }),
    stored(id),
  );
}

export function useAttach(id: string) {
  return useApiMutation(
    ({ file }: { file: File }) =>
      api().POST('/api/v1/official-documents/{id}/handling/attachments', {
        params: { path: { id }, query: { fileName: file.name }, header: idempotent() },
        ...fileBody(file, FILE_TYPES),
      }),
    { invalidate: [handlingKeys.one(id), handlingKeys.history(id)] },
  );
}

/** A file of the handling, fetched with the bearer token. */
export async function fetchAttachment(id: string, fileId: string): Promise<Blob> {
  const result = await api().GET('/api/v1/official-documents/{id}/handling/attachments/{fileId}', {
    params: { path: { id, fileId } },
    parseAs: 'blob',
  });
  return unwrap(result) as unknown as Blob;
}
