import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import { tk } from '@/i18n';
import { isApiError } from '@/lib/api/problem';
import type { Award, CoordinatorKind, EditionStatus, EntryStatus, Phase } from '../api/contests';
import type { Gender } from '../api/entry-form-model';

export const PHASE_LABEL: Record<Phase, string> = {
  upcoming: tk('contests.phase.upcoming'),
  registration: tk('contests.phase.registration'),
  submission: tk('contests.phase.submission'),
  preparing_judging: tk('contests.phase.preparing_judging'),
  judging: tk('contests.phase.judging'),
  deliberation: tk('contests.phase.deliberation'),
  results: tk('contests.phase.results'),
};

export const ENTRY_STATUS_LABEL: Record<EntryStatus, string> = {
  draft: tk('contests.status.draft'),
  submitted: tk('contests.status.submitted'),
  eligible: tk('contests.status.eligible'),
  rejected: tk('contests.status.rejected'),
  judged: tk('contests.status.judged'),
  awarded: tk('contests.status.awarded'),
  nominated: tk('contests.status.nominated'),
};

/** The button that asks the API for a move to this status. */
export const TRANSITION_LABEL: Record<EntryStatus, string> = {
  draft: tk('contests.transition.draft'),
  submitted: tk('contests.transition.submitted'),
  eligible: tk('contests.transition.eligible'),
  rejected: tk('contests.transition.rejected'),
  judged: tk('contests.transition.judged'),
  awarded: tk('contests.transition.awarded'),
  nominated: tk('contests.transition.nominated'),
};

export const EDITION_STATUS_LABEL: Record<EditionStatus, string> = {
  draft: tk('contests.editionStatus.draft'),
  published: tk('contests.editionStatus.published'),
};

export const AWARD_LABEL: Record<Award, string> = {
  first: tk('contests.award.first'),
  second: tk('contests.award.second'),
  third: tk('contests.award.third'),
  consolation: tk('contests.award.consolation'),
  special: tk('contests.award.special'),
};

export const GENDER_LABEL: Record<Gender, string> = {
  female: tk('contests.gender.female'),
  male: tk('contests.gender.male'),
  other: tk('contests.gender.other'),
};

export const KIND_LABEL: Record<CoordinatorKind, string> = {
  school: tk('contests.coordinators.kindSchool'),
  district: tk('contests.coordinators.kindDistrict'),
};

const STATUS_COLOR: Record<EntryStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  eligible: 'teal',
  rejected: 'red',
  judged: 'violet',
  awarded: 'yellow',
  nominated: 'orange',
};

/** The dot carries the colour, the label keeps the text colour (contrast). */
export function EntryStatusBadge({ status }: { status: EntryStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={STATUS_COLOR[status]} testId="entry-status" value={status}>
      {t(ENTRY_STATUS_LABEL[status])}
    </StatusBadge>
  );
}

export function EditionStatusBadge({ status }: { status: EditionStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={status === 'published' ? 'teal' : 'gray'} testId="edition-status" value={status}>
      {t(EDITION_STATUS_LABEL[status])}
    </StatusBadge>
  );
}

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color="blue"
      c="blue.9"
      style={{ textTransform: 'none' }}
      data-testid="edition-phase"
      data-phase={phase}
    >
      {t(PHASE_LABEL[phase])}
    </Badge>
  );
}

/**
 * A heading that says which contest rule refused a request, above the API's own explanation: a date
 * (deadline), a limit or a state (409), or invalid data such as an author not eligible (400).
 */
export function contestProblemTitle(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  if (error.problem.type?.endsWith('/deadline')) return tk('contests.problem.deadline');
  if (error.status === 409) return tk('contests.problem.rule');
  if (error.status === 400) return tk('contests.problem.invalid');
  return undefined;
}
