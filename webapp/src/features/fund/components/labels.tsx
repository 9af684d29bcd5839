import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tk } from '@/i18n';
import type { Eligibility, FundCallKind, FundCallStatus } from '../api/calls';

export const KIND_LABEL: Record<FundCallKind, string> = {
  grant: tk('fund.kind.grant'),
  task_proposal: tk('fund.kind.task_proposal'),
};

export const STATUS_LABEL: Record<FundCallStatus, string> = {
  draft: tk('fund.status.draft'),
  open: tk('fund.status.open'),
  closed: tk('fund.status.closed'),
  under_review: tk('fund.status.under_review'),
  decided: tk('fund.status.decided'),
  archived: tk('fund.status.archived'),
};

export const ELIGIBILITY_LABEL: Record<Eligibility, string> = {
  associations: tk('fund.eligibility.associations'),
  experts: tk('fund.eligibility.experts'),
  both: tk('fund.eligibility.both'),
};

/** Whether a call takes applications now (open, and now between its opening and its close), else its status. */
export function CallStateBadge({ accepting, status }: { accepting: boolean; status: FundCallStatus }) {
  const { t } = useTranslation();
  return accepting ? (
    <Badge color="teal.9" tt="none" data-testid="call-accepting">
      {t('fund.accepting')}
    </Badge>
  ) : (
    <Badge color="gray.7" variant="outline" tt="none" data-testid="call-status">
      {t(STATUS_LABEL[status])}
    </Badge>
  );
}
