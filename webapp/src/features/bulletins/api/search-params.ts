import { listParams, onlyWhen, param, type Param } from '@/components/list-page';
import { ISSUE_STATUSES, type IssueStatus } from './bulletins';

/** The API's year filter accepts 1900 to 2200. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
export const ISSUE_PAGE_SIZE = 12;
export const ARTICLE_PAGE_SIZE = 20;
export const BOARD_PAGE_SIZE = 20;

const YEAR = /^\d{4}$/;

/** A year the API accepts, else absent. */
const yearParam: Param<number | undefined> = {
  parse: (value) => {
    if (value === null || !YEAR.test(value)) return undefined;
    const n = Number(value);
    return n >= MIN_YEAR && n <= MAX_YEAR ? n : undefined;
  },
  write: (year) => (year ? String(year) : undefined),
};

// ---------------------------------------------------------------- the public archive

/** The archive's state (in the URL): words or a field switch it from the issues to the article search. */
export interface ArchiveQuery {
  q?: string;
  year?: number;
  field?: string;
  page: number;
}

export const archiveParams = listParams<ArchiveQuery>({
  q: param.text(),
  year: yearParam,
  field: param.code(),
  page: param.page(),
});

export const parseArchiveParams = archiveParams.parse;
export const toArchiveParams = archiveParams.write;

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

const onArticles = (query: BoardQuery) => query.tab === 'articles';

export const boardParams = listParams<BoardQuery>({
  tab: param.choice(BOARD_TABS),
  status: onlyWhen(param.oneOf(ISSUE_STATUSES), (query: BoardQuery) => query.tab === 'issues'),
  q: onlyWhen(param.text(), onArticles),
  placement: onlyWhen(param.choice(PLACEMENTS, 'unplaced'), onArticles),
  page: param.page(),
});

export const parseBoardParams = boardParams.parse;
export const toBoardParams = boardParams.write;

/** The desk's placement choice as the API's placed parameter. */
export function placedParam(placement: Placement): boolean | undefined {
  return placement === 'all' ? undefined : placement === 'placed';
}
