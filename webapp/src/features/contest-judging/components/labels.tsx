import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tk } from '@/i18n';
import type { Award, ScoreStatus } from '../api/judging';
import { AWARD_LABEL } from '../api/ranking-model';

// Shades with AA contrast for white text (orange.9 falls short, 4.3:1).
const AWARD_COLOR: Record<Award, string> = {
  first: 'red.9',
  second: 'cyan.9',
  third: 'teal.9',
  consolation: 'blue.9',
  special: 'grape.9',
};

/** An award; a special prize shows its name. */
export function AwardBadge({ award, awardName }: { award?: Award | null; awardName?: string | null }) {
  const { t } = useTranslation();
  if (!award) return null;
  return (
    <Badge color={AWARD_COLOR[award]} variant="filled" data-testid="award" data-award={award}>
      {award === 'special' && awardName ? awardName : t(AWARD_LABEL[award])}
    </Badge>
  );
}

export const SCORE_STATUS_LABEL: Record<ScoreStatus | 'none', string> = {
  none: tk('contestJudging.scoreStatus.none'),
  draft: tk('contestJudging.scoreStatus.draft'),
  submitted: tk('contestJudging.scoreStatus.submitted'),
};

/** A score sheet's state: not started, draft, submitted. */
export function ScoreStatusBadge({ status }: { status?: ScoreStatus | null }) {
  const { t } = useTranslation();
  const key = status ?? 'none';
  const color = key === 'submitted' ? 'teal.9' : key === 'draft' ? 'yellow.9' : 'gray.7';
  return (
    <Badge color={color} variant="dot" data-testid="score-status" data-status={key}>
      {t(SCORE_STATUS_LABEL[key])}
    </Badge>
  );
}
