import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tk } from '@/i18n';
import { paths } from '@/config/paths';

export type JudgingSection = 'edition' | 'judges' | 'progress' | 'results';

const SECTIONS: { key: JudgingSection; path: (editionId: string) => string; label: string }[] = [
  {
    key: 'edition',
    path: (id) => paths.contests.editionEditor.getHref(id),
    label: tk('contestJudging.nav.edition'),
  },
  {
    key: 'judges',
    path: (id) => paths.judging.judges.getHref(id),
    label: tk('contestJudging.nav.judges'),
  },
  {
    key: 'progress',
    path: (id) => paths.judging.progress.getHref(id),
    label: tk('contestJudging.nav.progress'),
  },
  {
    key: 'results',
    path: (id) => paths.judging.resultsAdmin.getHref(id),
    label: tk('contestJudging.nav.results'),
  },
];

/**
 * The staff pages of one contest edition, shared by the contest office (the edition editor) and the
 * judging pages: the edition, its judges, the judging progress, the results. The current one is marked
 * (aria-current).
 */
export function JudgingNav({ editionId, current }: { editionId: string; current?: JudgingSection }) {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('contestJudging.nav.label')} gap="xs" data-testid="judging-nav">
      {SECTIONS.map((s) => (
        <Button
          key={s.key}
          component={Link}
          to={s.path(editionId)}
          size="compact-sm"
          variant={s.key === current ? 'filled' : 'default'}
          aria-current={s.key === current ? 'page' : undefined}
          data-testid={`judging-nav-${s.key}`}
        >
          {t(s.label)}
        </Button>
      ))}
    </Group>
  );
}
