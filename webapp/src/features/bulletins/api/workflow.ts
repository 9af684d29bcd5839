import { tk } from '@/i18n';
import type { IssueStatus } from './bulletins';

/** Before publication the issue's files and articles may still change (the API's EDITABLE). */
export const EDITABLE_STATUSES: readonly IssueStatus[] = ['draft', 'in_review', 'scheduled'];

export function isEditable(status: IssueStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

/** A published issue takes corrections of its title and summary only; a withdrawn one nothing. */
export function detailsEditable(status: IssueStatus): 'all' | 'text' | 'none' {
  if (status === 'withdrawn') return 'none';
  return status === 'published' ? 'text' : 'all';
}

/** Only a draft may be deleted (its articles go back to the unplaced ones). */
export function canDeleteIssue(status: IssueStatus): boolean {
  return status === 'draft';
}

/**
 * How a move is made: at once; after a confirmation; with a date and time (scheduling); with a
 * reason (withdrawal).
 */
export type TransitionKind = 'direct' | 'confirm' | 'schedule' | 'withdraw';

export interface TransitionAction {
  to: IssueStatus;
  kind: TransitionKind;
  /** i18n key of the button. */
  label: string;
  /** Forward moves are the main buttons; going back is secondary; withdrawing is a danger. */
  emphasis: 'primary' | 'secondary' | 'danger';
  /** Scheduling and publishing need the full PDF: the button waits for it. */
  needsPdf: boolean;
  disabled: boolean;
}

/** Forward moves first (send to review, publish, schedule), then going back, the withdrawal last. */
const EMPHASIS_ORDER: Record<TransitionAction['emphasis'], number> = { primary: 0, secondary: 1, danger: 2 };
const ORDER: Record<IssueStatus, number> = {
  in_review: 0,
  published: 1,
  scheduled: 2,
  draft: 3,
  withdrawn: 4,
};

function labelOf(from: IssueStatus, to: IssueStatus): string {
  switch (to) {
    case 'in_review':
      return from === 'scheduled' ? tk('bulletins.transition.unschedule') : tk('bulletins.transition.submit');
    case 'draft':
      return tk('bulletins.transition.backToDraft');
    case 'scheduled':
      return tk('bulletins.transition.schedule');
    case 'published':
      return tk('bulletins.transition.publish');
    case 'withdrawn':
      return tk('bulletins.transition.withdraw');
  }
}

function kindOf(to: IssueStatus): TransitionKind {
  switch (to) {
    case 'scheduled':
      return 'schedule';
    case 'withdrawn':
      return 'withdraw';
    case 'published':
      return 'confirm';
    default:
      return 'direct';
  }
}

function emphasisOf(from: IssueStatus, to: IssueStatus): TransitionAction['emphasis'] {
  if (to === 'withdrawn') return 'danger';
  if (to === 'draft' || (to === 'in_review' && from === 'scheduled')) return 'secondary';
  return 'primary';
}

/** The workflow buttons for the moves the API allows now (the issue's allowedTransitions). */
export function transitionActions(
  status: IssueStatus,
  allowed: readonly IssueStatus[],
  hasPdf: boolean,
): TransitionAction[] {
  return allowed
    .map((to): TransitionAction => {
      const needsPdf = to === 'scheduled' || to === 'published';
      return {
        to,
        kind: kindOf(to),
        label: labelOf(status, to),
        emphasis: emphasisOf(status, to),
        needsPdf,
        disabled: needsPdf && !hasPdf,
      };
    })
    .sort((a, b) => EMPHASIS_ORDER[a.emphasis] - EMPHASIS_ORDER[b.emphasis] || ORDER[a.to] - ORDER[b.to]);
}

// ---------------------------------------------------------------- the province's clock

/** Asia/Ho_Chi_Minh: UTC+7 all year (no daylight saving time since 1975). */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const PROVINCE_OFFSET = '+07:00';
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A date-time picker's value ("YYYY-MM-DDTHH:mm", the province's wall clock) as an instant (UTC ISO). */
export function provinceLocalToInstant(local: string): string | undefined {
  const m = LOCAL.exec(local.trim().slice(0, 16));
  if (!m) return undefined;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${PROVINCE_OFFSET}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** An instant as the province's wall clock, the value of a date-time picker ("YYYY-MM-DDTHH:mm"). */
export function instantToProvinceLocal(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: PROVINCE_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The scheduling picker's first value: tomorrow at 08:00, province time. */
export function defaultScheduleLocal(now = new Date()): string {
  const tomorrow = new Date(now.getTime() + 24 * 3600_000);
  return `${instantToProvinceLocal(tomorrow).slice(0, 10)}T08:00`;
}

/** What is wrong with a scheduling time: missing or not a time, or not in the future. */
export function scheduleProblem(local: string, now = new Date()): 'required' | 'past' | undefined {
  const instant = provinceLocalToInstant(local);
  if (!instant) return 'required';
  return new Date(instant).getTime() <= now.getTime() ? 'past' : undefined;
}

// ---------------------------------------------------------------- the order of the articles

/**
 * The position (from 1) an article moves to with the up (-1) or down (+1) button, or undefined at the
 * edge. positions are the issue's articles' positions in order.
 */
export function movedPosition(
  positions: readonly number[],
  index: number,
  direction: -1 | 1,
): number | undefined {
  const target = index + direction;
  if (index < 0 || index >= positions.length || target < 0 || target >= positions.length) return undefined;
  return positions[target];
}

/** The list as it will be after the move (shown at once, while the API renumbers). */
export function moveItem<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(index, 1);
  out.splice(target, 0, item as T);
  return out;
}

/** "5–12", "5", or undefined: an article's pages in the issue. */
export function pageRange(from?: number | null, to?: number | null): string | undefined {
  if (from == null) return undefined;
  return to != null && to !== from ? `${from}–${to}` : String(from);
}

/** Authors as printed: "PGS.TS. Nguyễn Văn Hùng, ThS. Trần Thị Lan". */
export function authorNames(authors: readonly { name: string }[]): string {
  return authors.map((a) => a.name).join(', ');
}
