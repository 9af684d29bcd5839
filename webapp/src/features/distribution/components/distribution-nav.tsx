import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tk } from '@/i18n';
import { paths } from '@/config/paths';

export type DistributionSection = 'issues' | 'recipients' | 'lists' | 'totals';

const SECTIONS: { key: DistributionSection; to: string; label: string }[] = [
  { key: 'issues', to: paths.distribution.issues.getHref(), label: tk('distribution.nav.issues') },
  {
    key: 'recipients',
    to: paths.distribution.recipients.getHref(),
    label: tk('distribution.nav.recipients'),
  },
  { key: 'lists', to: paths.distribution.lists.getHref(), label: tk('distribution.nav.lists') },
  { key: 'totals', to: paths.distribution.totals.getHref(), label: tk('distribution.nav.totals') },
];

/** The parts of the distribution work, on every one of its pages; the current one is marked (aria-current). */
export function DistributionNav({ current }: { current: DistributionSection }) {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('distribution.nav.label')} gap="xs" data-testid="distribution-nav">
      {SECTIONS.map((s) => (
        <Button
          key={s.key}
          component={Link}
          to={s.to}
          size="compact-sm"
          variant={s.key === current ? 'filled' : 'default'}
          aria-current={s.key === current ? 'page' : undefined}
          data-testid={`distribution-nav-${s.key}`}
        >
          {t(s.label)}
        </Button>
      ))}
    </Group>
  );
}
