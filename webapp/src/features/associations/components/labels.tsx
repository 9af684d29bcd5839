import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tk } from '@/i18n';
import type { AssociationStatus, CongressStatus, LeaderRole } from '../api/associations';

export const STATUS_LABEL: Record<AssociationStatus, string> = {
  active: tk('association.status.active'),
  suspended: tk('association.status.suspended'),
  dissolved: tk('association.status.dissolved'),
};

export const CONGRESS_LABEL: Record<CongressStatus, string> = {
  no_term: tk('association.congressStatus.no_term'),
  not_due: tk('association.congressStatus.not_due'),
  due: tk('association.congressStatus.due'),
  overdue: tk('association.congressStatus.overdue'),
  held: tk('association.congressStatus.held'),
};

export const LEADER_ROLE_LABEL: Record<LeaderRole, string> = {
  president: tk('association.leaderRole.president'),
  vice_president: tk('association.leaderRole.vice_president'),
  general_secretary: tk('association.leaderRole.general_secretary'),
  standing_member: tk('association.leaderRole.standing_member'),
  executive_member: tk('association.leaderRole.executive_member'),
  chief_inspector: tk('association.leaderRole.chief_inspector'),
};

// The dot variant keeps the label in the text colour (WCAG AA contrast); the dot carries the colour.
const STATUS_COLOR: Record<AssociationStatus, string> = {
  active: 'teal',
  suspended: 'yellow',
  dissolved: 'gray',
};
const CONGRESS_COLOR: Record<CongressStatus, string> = {
  no_term: 'gray',
  not_due: 'blue',
  due: 'orange',
  overdue: 'red',
  held: 'teal',
};

export function StatusBadge({ status }: { status: AssociationStatus }) {
  const { t } = useTranslation();
  const color = STATUS_COLOR[status];
  return (
    <Badge variant="dot" color={color}>
      {t(STATUS_LABEL[status])}
    </Badge>
  );
}

export function CongressBadge({ status }: { status: CongressStatus }) {
  const { t } = useTranslation();
  const color = CONGRESS_COLOR[status];
  return (
    <Badge variant="dot" color={color} data-testid="congress-status">
      {t(CONGRESS_LABEL[status])}
    </Badge>
  );
}
