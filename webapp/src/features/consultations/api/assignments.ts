import { api } from '@/lib/api/client';
import { idempotent, useApiMutation, useApiQuery, versioned } from '@/lib/api/hooks';
import { unwrap } from '@/lib/api/problem';
import { type Assignment, consultationKeys } from './types';

/** One assignment, read again (the conflict dialog of the expert's opinion). */
export async function fetchAssignment(consultationId: string, assignmentId: string): Promise<Assignment> {
  return unwrap(
    await api().GET('/api/v1/consultations/{consultationId}/assignments/{assignmentId}', {
      params: { path: { consultationId, assignmentId } },
    }),
  );
}

export function useMyAssignments(page: number, size = 20) {
  return useApiQuery(
    consultationKeys.mine(page),
    (signal) =>
      api().GET('/api/v1/consultation-assignments/mine', { params: { query: { page, size } }, signal }),
    { keepPrevious: true },
  );
}

export function useOverdueAssignments(page: number, size = 20) {
  return useApiQuery(
    consultationKeys.overdueAssignments(page),
    (signal) =>
      api().GET('/api/v1/consultation-assignments', {
        params: { query: { overdue: true, page, size } },
        signal,
      }),
    { keepPrevious: true },
  );
}

export function useReviewerPool(page: number, size = 20) {
  return useApiQuery(
    consultationKeys.pool(page),
    (signal) => api().GET('/api/v1/reviewer-pool', { params: { query: { page, size } }, signal }),
    { keepPrevious: true },
  );
}

// The consultation's status and version move with its assignments: every step reads it again.
const everything = { invalidate: [consultationKeys.all] };

export function useAssignExpert(consultationId: string) {
  return useApiMutation(
    ({ expertId, opinionDueOn }: { expertId: string; opinionDueOn?: string }) =>
      api().POST('/api/v1/consultations/{consultationId}/assignments', {
        body: { expertId, opinionDueOn },
        params: { path: { consultationId }, header: idempotent() },
      }),
    everything,
  );
}

export function useWithdrawAssignment(consultationId: string) {
  return useApiMutation(
    ({ assignmentId, version }: { assignmentId: string; version: number }) =>
      api().POST('/api/v1/consultations/{consultationId}/assignments/{assignmentId}/withdrawal', {
        params: { path: { consultationId, assignmentId }, header: versioned(version) },
      }),
    everything,
  );
}

// ---------------------------------------------------------------- the expert's steps

export function useDeclare(consultationId: string, assignmentId: string) {
  return useApiMutation(
    (body: { hasConflict: boolean; details?: string }) =>
      api().POST('/api/v1/consultations/{consultationId}/assignments/{assignmentId}/declaration', {
        body,
        params: { path: { consultationId, assignmentId } },
      }),
    everything,
  );
}

export function useAnswer(consultationId: string, assignmentId: string) {
  return useApiMutation(
    (body: { accept: boolean; reason?: string }) =>
      api().POST('/api/v1/consultations/{consultationId}/assignments/{assignmentId}/answer', {
        body,
        params: { path: { consultationId, assignmentId } },
      }),
    everything,
  );
}

export function useWriteOpinion(consultationId: string, assignmentId: string) {
  return useApiMutation(
    ({ text, submit, version }: { text: string; submit: boolean; version: number }) =>
      api().PUT('/api/v1/consultations/{consultationId}/assignments/{assignmentId}/opinion', {
        body: { text, submit },
        params: { path: { consultationId, assignmentId }, header: versioned(version) },
      }),
    everything,
  );
}
