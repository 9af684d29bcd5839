import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import { tk } from '@/i18n';
import { formatMonth } from '@/lib/format';
import type { IssueStatus } from '../api/bulletins';

export const STATUS_LABEL: Record<IssueStatus, string> = {
  draft: tk('bulletins.status.draft'),
  in_review: tk('bulletins.status.in_review'),
  scheduled: tk('bulletins.status.scheduled'),
  published: tk('bulletins.status.published'),
  withdrawn: tk('bulletins.status.withdrawn'),
};

// The dot variant keeps the label in the text colour (WCAG AA contrast); the dot carries the colour.
const STATUS_COLOR: Record<IssueStatus, string> = {
  draft: 'gray',
  in_review: 'blue',
  scheduled: 'violet',
  published: 'teal',
  withdrawn: 'dark',
};

export function IssueStatusBadge({ status }: { status: IssueStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={STATUS_COLOR[status]} testId="issue-status" value={status}>
      {t(STATUS_LABEL[status])}
    </StatusBadge>
  );
}

/** "Số 11 – tháng 11 năm 2026" (short) or "Năm thứ 7, số 11 – tháng 11 năm 2026" (full). */
export function useIssueLabel() {
  const { t } = useTranslation();
  return (issue: { volume: number; number: number; month: string }, full = false) =>
    full
      ? t('bulletins.issue.fullLabel', {
          volume: issue.volume,
          number: issue.number,
          month: formatMonth(issue.month),
        })
      : t('bulletins.issue.shortLabel', { number: issue.number, month: formatMonth(issue.month) });
}
