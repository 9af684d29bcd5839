import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import { tk } from '@/i18n';
import type {
  AssignmentStatus,
  Availability,
  ConsultationKind,
  ConsultationStatus,
} from '../api/consultations';
import type { AssignmentStep, BreakdownKey } from '../api/workflow';

export const KIND_LABEL: Record<ConsultationKind, string> = {
  advice: tk('consultations.kind.advice'),
  critique: tk('consultations.kind.critique'),
  social_assessment: tk('consultations.kind.social_assessment'),
};

export const STATUS_LABEL: Record<ConsultationStatus, string> = {
  received: tk('consultations.status.received'),
  experts_assigned: tk('consultations.status.experts_assigned'),
  opinions_collected: tk('consultations.status.opinions_collected'),
  response_sent: tk('consultations.status.response_sent'),
  closed: tk('consultations.status.closed'),
  cancelled: tk('consultations.status.cancelled'),
};

/** The button that moves a consultation to a status. */
export const TRANSITION_LABEL: Record<ConsultationStatus, string> = {
  received: tk('consultations.transition.received'),
  experts_assigned: tk('consultations.transition.experts_assigned'),
  opinions_collected: tk('consultations.transition.opinions_collected'),
  response_sent: tk('consultations.transition.response_sent'),
  closed: tk('consultations.transition.closed'),
  cancelled: tk('consultations.transition.cancelled'),
};

export const ASSIGNMENT_STATUS_LABEL: Record<AssignmentStatus, string> = {
  invited: tk('consultations.assignmentStatus.invited'),
  cleared: tk('consultations.assignmentStatus.cleared'),
  conflicted: tk('consultations.assignmentStatus.conflicted'),
  accepted: tk('consultations.assignmentStatus.accepted'),
  declined: tk('consultations.assignmentStatus.declined'),
  submitted: tk('consultations.assignmentStatus.submitted'),
  withdrawn: tk('consultations.assignmentStatus.withdrawn'),
};

/** What the expert is asked to do next. */
export const STEP_LABEL: Record<AssignmentStep, string> = {
  declare: tk('consultations.step.declare'),
  answer: tk('consultations.step.answer'),
  write: tk('consultations.step.write'),
  submitted: tk('consultations.step.submitted'),
  ended: tk('consultations.step.ended'),
  closed: tk('consultations.step.closed'),
};

export const BREAKDOWN_LABEL: Record<BreakdownKey, string> = {
  field: tk('consultations.breakdown.field'),
  qualification: tk('consultations.breakdown.qualification'),
  availability: tk('consultations.breakdown.availability'),
  load: tk('consultations.breakdown.load'),
};

export const AVAILABILITY_LABEL: Record<Availability, string> = {
  available: tk('consultations.availability.available'),
  busy: tk('consultations.availability.busy'),
  retired: tk('consultations.availability.retired'),
};

// The dot variant keeps the label in the text colour (WCAG AA contrast); the dot carries the colour.
const STATUS_COLOR: Record<ConsultationStatus, string> = {
  received: 'blue',
  experts_assigned: 'indigo',
  opinions_collected: 'violet',
  response_sent: 'teal',
  closed: 'gray',
  cancelled: 'dark',
};

const ASSIGNMENT_COLOR: Record<AssignmentStatus, string> = {
  invited: 'blue',
  cleared: 'cyan',
  conflicted: 'orange',
  accepted: 'indigo',
  declined: 'gray',
  submitted: 'teal',
  withdrawn: 'dark',
};

export function ConsultationStatusBadge({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={STATUS_COLOR[status]} testId="consultation-status" value={status}>
      {t(STATUS_LABEL[status])}
    </StatusBadge>
  );
}

export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={ASSIGNMENT_COLOR[status]} testId="assignment-status" value={status}>
      {t(ASSIGNMENT_STATUS_LABEL[status])}
    </StatusBadge>
  );
}

/** Past its deadline or due date and still open: flagged in red. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="red.9" data-testid="overdue">
      {t('consultations.overdue')}
    </Badge>
  );
}

export function KindText({ kind }: { kind: ConsultationKind }) {
  const { t } = useTranslation();
  return <>{t(KIND_LABEL[kind])}</>;
}
