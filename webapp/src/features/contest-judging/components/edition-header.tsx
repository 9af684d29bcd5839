import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Edition } from '../api/judging';
import { JudgingNav, type JudgingSection } from '@/components/contest-edition-nav';
import { paths } from '@/config/paths';

/** The top of a staff judging page: its title, the edition it belongs to, the sub-navigation. */
export function EditionHeader({
  title,
  editionId,
  edition,
  current,
  children,
}: {
  title: string;
  editionId: string;
  edition?: Edition;
  current?: JudgingSection;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={1}>{title}</Title>
      {edition && (
        <Text size="sm" c="dimmed">
          {t('contestJudging.editionLine', { year: edition.year })}{' '}
          <Anchor component={Link} to={paths.contests.editionEditor.getHref(editionId)} size="sm">
            {edition.name}
          </Anchor>
        </Text>
      )}
      <JudgingNav editionId={editionId} current={current} />
      {children}
    </Stack>
  );
}
