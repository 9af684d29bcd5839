import { ISSUE_STATUSES, type IssueStatus } from './bulletins';

/** The API's year filter accepts 1900 to 2200. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
export const ISSUE_PAGE_SIZE = 12;
export const ARTICLE_PAGE_SIZE = 20;
export const BOARD_PAGE_SIZE = 20;

const CODE = /^[A-Za-z0-9-]{1,60}$/;
const YEAR = /^\d{4}$/;

function positiveInt(value: string | null, fallback: number, max = 100_000): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

function year(value: string | null): number | undefined {
  if (value === null || !YEAR.test(value)) return undefined;
  const n = Number(value);
  return n >= MIN_YEAR && n <= MAX_YEAR ? n : undefined;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

// ---------------------------------------------------------------- the public archive

/** The archive's state (in the URL): words or a field switch it from the issues to the article search. */
export interface ArchiveQuery {
  q?: string;
  year?: number;
  field?: string;
  page: number;
}

export function parseArchiveParams(params: URLSearchParams): ArchiveQuery {
  return {
    q: params.get('q')?.trim().slice(0, 200) || undefined,
    year: year(params.get('year')),
    field: CODE.test(params.get('field') ?? '') ? (params.get('field') as string) : undefined,
    page: positiveInt(params.get('page'), 1),
  };
}

export function toArchiveParams(query: ArchiveQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  if (query.year) out.set('year', String(query.year));
  if (query.field) out.set('field', query.field);
  if (query.page !== 1) out.set('page', String(query.page));
  return out;
}

/** Whether the archive shows article hits (words or a field asked for) rather than the issues. */
export function searchesArticles(query: ArchiveQuery): boolean {
  return Boolean(query.q || query.field);
}

/**
 * The years to choose from, newest first: those of the published issues (oldest to newest month),
 * within what the API accepts, and the year in the URL even when outside (so the choice stays shown).
 */
export function yearChoices(
  oldest: string | undefined,
  newest: string | undefined,
  selected?: number,
): number[] {
  const first = oldest ? Number(oldest.slice(0, 4)) : undefined;
  const last = newest ? Number(newest.slice(0, 4)) : undefined;
  const years = new Set<number>();
  if (first !== undefined && last !== undefined) {
    const from = Math.max(MIN_YEAR, first);
    const to = Math.min(MAX_YEAR, last);
    for (let y = to; y >= from && years.size < 300; y--) years.add(y);
  }
  if (selected !== undefined) years.add(selected);
  return [...years].sort((a, b) => b - a);
}

// ---------------------------------------------------------------- the editorial board

export const BOARD_TABS = ['issues', 'articles'] as const;
export type BoardTab = (typeof BOARD_TABS)[number];
export const PLACEMENTS = ['unplaced', 'placed', 'all'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export interface BoardQuery {
  tab: BoardTab;
  /** Issues tab: one status, or all. */
  status?: IssueStatus;
  /** Articles tab: the article desk's words and placement. */
  q?: string;
  placement: Placement;
  page: number;
}

export function parseBoardParams(params: URLSearchParams): BoardQuery {
  return {
    tab: oneOf(params.get('tab'), BOARD_TABS) ?? 'issues',
    status: oneOf(params.get('status'), ISSUE_STATUSES),
    q: params.get('q')?.trim().slice(0, 200) || undefined,
    placement: oneOf(params.get('placement'), PLACEMENTS) ?? 'unplaced',
    page: positiveInt(params.get('page'), 1),
  };
}

export function toBoardParams(query: BoardQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.tab !== 'issues') out.set('tab', query.tab);
  if (query.tab === 'issues' && query.status) out.set('status', query.status);
  if (query.tab === 'articles') {
    if (query.q) out.set('q', query.q);
    if (query.placement !== 'unplaced') out.set('placement', query.placement);
  }
  if (query.page !== 1) out.set('page', String(query.page));
  return out;
}

/** The desk's placement choice as the API's placed parameter. */
export function placedParam(placement: Placement): boolean | undefined {
  return placement === 'all' ? undefined : placement === 'placed';
}
