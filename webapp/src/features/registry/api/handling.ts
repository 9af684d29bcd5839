import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, newIdempotencyKey, type components } from '@/lib/api/client';
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
  return useQuery({
    queryKey: handlingKeys.one(id),
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/official-documents/{id}/handling', { params: { path: { id } }, signal }),
      ),
  });
}

export function useHandlingHistory(id: string, enabled = true) {
  return useQuery({
    queryKey: handlingKeys.history(id),
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(
        await api().GET('/api/v1/official-documents/{id}/handling/history', {
          params: { path: { id }, query: { size: 100 } },
          signal,
        }),
      ),
  });
}

export function useHandlerCandidates(enabled = true) {
  return useQuery({
    queryKey: handlingKeys.candidates,
    enabled,
    staleTime: 60_000,
    queryFn: async ({ signal }) =>
      unwrap(await api().GET('/api/v1/document-handlings/candidate-handlers', { signal })),
  });
}

/** The office's list (overdue first) or, with mine, the documents assigned to the caller. */
export function useHandlingList(mine: boolean, query: HandlingQuery) {
  return useQuery({
    queryKey: handlingKeys.list(mine, query),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) => {
      const params = {
        query: {
          state: query.state,
          overdue: query.overdue === undefined ? undefined : query.overdue,
          page: query.page,
          size: query.size,
        },
      };
      return unwrap(
        mine
          ? await api().GET('/api/v1/document-handlings/mine', { params, signal })
          : await api().GET('/api/v1/document-handlings', { params, signal }),
      );
    },
  });
}

function useStore(id: string) {
  const queryClient = useQueryClient();
  return (saved: Handling) => {
    queryClient.setQueryData(handlingKeys.one(id), saved);
    void queryClient.invalidateQueries({ queryKey: handlingKeys.history(id) });
    void queryClient.invalidateQueries({ queryKey: handlingKeys.lists });
  };
}

export function useAssign(id: string) {
  const store = useStore(id);
  return useMutation({
    mutationFn: async ({ body, version }: { body: AssignmentInput; version: number }) =>
      unwrap(
        await api().PUT('/api/v1/official-documents/{id}/handling/assignment', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: store,
  });
}

export function useTransition(id: string) {
  const store = useStore(id);
  return useMutation({
    mutationFn: async ({ to, reason, version }: { to: HandlingState; reason?: string; version: number }) =>
      unwrap(
        await api().POST('/api/v1/official-documents/{id}/handling/transitions', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: { to, reason },
        }),
      ),
    onSuccess: store,
  });
}

export function useReport(id: string) {
  const store = useStore(id);
  return useMutation({
    mutationFn: async ({
      username,
      report,
      version,
    }: {
      username: string;
      report: string;
      version: number;
    }) =>
      unwrap(
        await api().PUT('/api/v1/official-documents/{id}/handling/handlers/{username}/report', {
          params: { path: { id, username }, header: { 'If-Match': ifMatch(version) } },
          body: { report },
        }),
      ),
    onSuccess: store,
  });
}

export function useAnswer(id: string) {
  const store = useStore(id);
  return useMutation({
    mutationFn: async ({
      outgoingDocumentId,
      version,
    }: {
      outgoingDocumentId: string | null;
      version: number;
    }) =>
      unwrap(
        await api().PUT('/api/v1/official-documents/{id}/handling/answer', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: { outgoingDocumentId: outgoingDocumentId ?? undefined },
        }),
      ),
    onSuccess: store,
  });
}

export function useAttach(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file }: { file: File }) =>
      unwrap(
        await api().POST('/api/v1/official-documents/{id}/handling/attachments', {
          params: {
            path: { id },
            query: { fileName: file.name },
            header: { 'Idempotency-Key': newIdempotencyKey() },
          },
          ...fileBody(file, FILE_TYPES),
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: handlingKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: handlingKeys.history(id) });
    },
  });
}

/** A file of the handling, fetched with the bearer token. */
export async function fetchAttachment(id: string, fileId: string): Promise<Blob> {
  const result = await api().GET('/api/v1/official-documents/{id}/handling/attachments/{fileId}', {
    params: { path: { id, fileId } },
    parseAs: 'blob',
  });
  return unwrap(result) as unknown as Blob;
}
