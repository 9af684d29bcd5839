import { listParams, oneOf, param } from '@/components/list-page';
import { CONSULTATION_KINDS, CONSULTATION_STATUSES, type BoardQuery } from './consultations';

export const BOARD_TABS = ['board', 'overdue', 'pool', 'rules'] as const;
export type BoardTab = (typeof BOARD_TABS)[number];
export const SORTS = ['urgency', 'deadline', '-requestDate', '-updatedAt'] as const;

/** The board's filters in the URL (shareable links); unknown or invalid values fall back to defaults. */
export const boardParams = listParams<BoardQuery>({
  q: param.text(Infinity),
  kind: param.oneOf(CONSULTATION_KINDS),
  status: param.oneOf(CONSULTATION_STATUSES),
  overdue: param.flag(),
  sort: param.choice(SORTS),
  size: param.size(),
  page: param.page(),
});

export const parseBoardParams = boardParams.parse;

export function parseTab(params: URLSearchParams): BoardTab {
  return oneOf(params.get('tab'), BOARD_TABS) ?? 'board';
}

/** Writes the board's state to the URL (the tab first), leaving out defaults so links stay short. */
export function toBoardParams(query: BoardQuery, tab: BoardTab = 'board'): URLSearchParams {
  const out = new URLSearchParams();
  if (tab !== 'board') out.set('tab', tab);
  for (const [key, value] of boardParams.write(query)) out.set(key, value);
  return out;
}
