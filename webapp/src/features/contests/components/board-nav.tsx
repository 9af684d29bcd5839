import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tk } from '@/i18n';
import { paths } from '@/config/paths';

export type BoardSection = 'editions' | 'entries' | 'coordinators';

const SECTIONS: { key: BoardSection; to: string; label: string }[] = [
  { key: 'editions', to: paths.contests.board.getHref(), label: tk('contests.board.editions') },
  { key: 'entries', to: paths.contests.entries.getHref(), label: tk('contests.entries.title') },
  {
    key: 'coordinators',
    to: paths.contests.coordinators.getHref(),
    label: tk('contests.coordinators.title'),
  },
];

/** The contest office's pages (staff); the current one is marked (aria-current). */
export function BoardNav({ current }: { current: BoardSection }) {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('contests.board.nav')} gap="xs" data-testid="contest-board-nav">
      {SECTIONS.map((s) => (
        <Button
          key={s.key}
          component={Link}
          to={s.to}
          size="compact-sm"
          variant={s.key === current ? 'filled' : 'default'}
          aria-current={s.key === current ? 'page' : undefined}
        >
          {t(s.label)}
        </Button>
      ))}
    </Group>
  );
}
