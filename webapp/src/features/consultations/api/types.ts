import { type components } from '@/lib/api/client';

/** The consultation feature's types, lists of values and query keys (shared by its api modules). */
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
