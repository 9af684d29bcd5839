import {
  CONSULTATION_KINDS,
  CONSULTATION_STATUSES,
  type BoardQuery,
  type ConsultationKind,
  type ConsultationStatus,
} from './consultations';

export const BOARD_TABS = ['board', 'overdue', 'pool', 'rules'] as const;
export type BoardTab = (typeof BOARD_TABS)[number];
export const SORTS = ['urgency', 'deadline', '-requestDate', '-updatedAt'] as const;
export const PAGE_SIZES = [10, 20, 50, 100];

const DEFAULTS = { page: 1, size: 20, sort: 'urgency' };

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function positiveInt(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= 100_000 ? n : fallback;
}

/** The board's filters from the URL (shareable links); unknown or invalid values fall back to defaults. */
export function parseBoardParams(params: URLSearchParams): BoardQuery {
  const size = positiveInt(params.get('size'), DEFAULTS.size);
  return {
    q: params.get('q')?.trim() || undefined,
    kind: oneOf<ConsultationKind>(params.get('kind'), CONSULTATION_KINDS),
    status: oneOf<ConsultationStatus>(params.get('status'), CONSULTATION_STATUSES),
    overdue: params.get('overdue') === 'true' || undefined,
    sort: oneOf(params.get('sort'), SORTS) ?? DEFAULTS.sort,
    page: positiveInt(params.get('page'), DEFAULTS.page),
    size: PAGE_SIZES.includes(size) ? size : DEFAULTS.size,
  };
}

export function parseTab(params: URLSearchParams): BoardTab {
  return oneOf(params.get('tab'), BOARD_TABS) ?? 'board';
}

/** Writes the board's state to the URL, leaving out defaults so links stay short. */
export function toBoardParams(query: BoardQuery, tab: BoardTab = 'board'): URLSearchParams {
  const out = new URLSearchParams();
  if (tab !== 'board') out.set('tab', tab);
  if (query.q) out.set('q', query.q);
  if (query.kind) out.set('kind', query.kind);
  if (query.status) out.set('status', query.status);
  if (query.overdue) out.set('overdue', 'true');
  if (query.sort !== DEFAULTS.sort) out.set('sort', query.sort);
  if (query.size !== DEFAULTS.size) out.set('size', String(query.size));
  if (query.page !== DEFAULTS.page) out.set('page', String(query.page));
  return out;
}
