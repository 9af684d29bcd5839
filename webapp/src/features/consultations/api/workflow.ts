import type { AssignmentStatus, ConsultationStatus, SuggestionWarning } from './consultations';

/** Consultations still waiting for the union's response: they can be overdue, and edited. */
export const OPEN_STATUSES: readonly ConsultationStatus[] = [
  'received',
  'experts_assigned',
  'opinions_collected',
];
/** Assignments whose expert still owes work: they count towards the load and can be withdrawn. */
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['invited', 'cleared', 'accepted'];

export function isOpen(status: ConsultationStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Staff may take an expert off the consultation until their opinion is in. */
export function canWithdraw(status: AssignmentStatus): boolean {
  return OPEN_ASSIGNMENT_STATUSES.includes(status);
}

/**
 * What an expert does next on an assignment:
 * declare (conflict of interest) → answer (accept/decline) → write (opinion) → submitted;
 * ended: declined, conflicted or withdrawn; closed: the consultation no longer takes work.
 */
export type AssignmentStep = 'declare' | 'answer' | 'write' | 'submitted' | 'ended' | 'closed';

export function assignmentStep(
  status: AssignmentStatus,
  consultationStatus: ConsultationStatus,
): AssignmentStep {
  switch (status) {
    case 'submitted':
      return 'submitted';
    case 'conflicted':
    case 'declined':
    case 'withdrawn':
      return 'ended';
    default:
      if (!isOpen(consultationStatus)) return 'closed';
      return status === 'invited' ? 'declare' : status === 'cleared' ? 'answer' : 'write';
  }
}

/** The step's position in the three-step guide (declaration, answer, opinion); 3 when all are done. */
export function stepIndex(step: AssignmentStep): number {
  switch (step) {
    case 'declare':
      return 0;
    case 'answer':
      return 1;
    case 'write':
      return 2;
    default:
      return 3;
  }
}

/** Whether the expert may read the request documents (after declaring no conflict). */
export function seesDocuments(status: AssignmentStatus): boolean {
  return status === 'cleared' || status === 'accepted' || status === 'submitted';
}

/** The version an ETag carries ("3", W/"3" → 3); undefined when absent or not a version. */
export function etagVersion(etag: string | null | undefined): number | undefined {
  if (!etag) return undefined;
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(etag.trim());
  return m ? Number(m[1]) : undefined;
}

/** A suggestion's warning, ready to be shown: the API sends codes (and busyUntil), not sentences. */
export type WarningView =
  { kind: 'sameOrganisation' } | { kind: 'busy'; until?: string } | { kind: 'other'; code: string };

/** Reads a warning of suggestExperts; busyUntil is the suggestion's own (the date a busy expert is free again). */
export function parseWarning(code: SuggestionWarning, busyUntil?: string): WarningView {
  switch (code) {
    case 'same_organisation_as_requester':
      return { kind: 'sameOrganisation' };
    case 'busy':
      return busyUntil ? { kind: 'busy', until: busyUntil } : { kind: 'busy' };
    default:
      // A code added to the contract after this build: shown as sent.
      return { kind: 'other', code };
  }
}

/** The score's criteria in display order, with their maximum points (see suggestExperts). */
export const BREAKDOWN_MAX = { field: 50, qualification: 20, availability: 15, load: 15 } as const;
export type BreakdownKey = keyof typeof BREAKDOWN_MAX;
export const BREAKDOWN_KEYS = Object.keys(BREAKDOWN_MAX) as BreakdownKey[];

/** Recipients typed one per line (or separated by semicolons): trimmed, blanks and repeats dropped. */
export function parseRecipients(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\n;]/)) {
    const name = part.trim().replace(/\s+/g, ' ');
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today as YYYY-MM-DD in the browser's calendar. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD date moved by whole days. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
