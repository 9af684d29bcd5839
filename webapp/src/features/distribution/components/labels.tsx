import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import { tk } from '@/i18n';
import { formatMonth } from '@/lib/format';
import type { DeliveryMethod, IssueRef, IssueStatus, RecipientKind, SkipReason } from '../api/distribution';

export const KIND_LABEL: Record<RecipientKind, string> = {
  commune: tk('distribution.kind.commune'),
  ward: tk('distribution.kind.ward'),
  town: tk('distribution.kind.town'),
  department: tk('distribution.kind.department'),
  partner_union: tk('distribution.kind.partner_union'),
  other: tk('distribution.kind.other'),
};

export const METHOD_LABEL: Record<DeliveryMethod, string> = {
  post: tk('distribution.method.post'),
  in_person: tk('distribution.method.in_person'),
  courier: tk('distribution.method.courier'),
  other: tk('distribution.method.other'),
};

export const SKIP_LABEL: Record<SkipReason, string> = {
  already_recorded: tk('distribution.skip.already_recorded'),
  inactive: tk('distribution.skip.inactive'),
};

export const ISSUE_STATUS_LABEL: Record<IssueStatus, string> = {
  draft: tk('distribution.issueStatus.draft'),
  in_review: tk('distribution.issueStatus.in_review'),
  scheduled: tk('distribution.issueStatus.scheduled'),
  published: tk('distribution.issueStatus.published'),
  withdrawn: tk('distribution.issueStatus.withdrawn'),
};

/** "Nhận" or "Ngừng nhận"; the dot carries the colour, the label keeps the text colour (contrast). */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      color={active ? 'teal' : 'gray'}
      testId="recipient-active"
      value={active}
      valueAttribute="data-active"
    >
      {active ? t('distribution.recipient.active') : t('distribution.recipient.inactive')}
    </StatusBadge>
  );
}

/** "Tập 12, số 11 (tháng 11 năm 2026): title". */
export function useIssueLabel() {
  const { t } = useTranslation();
  return (issue: Pick<IssueRef, 'volume' | 'number' | 'month' | 'title'>) =>
    t('distribution.issue.option', {
      volume: issue.volume,
      number: issue.number,
      month: formatMonth(issue.month),
      title: issue.title,
    });
}
