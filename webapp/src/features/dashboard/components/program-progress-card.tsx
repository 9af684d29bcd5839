import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BarChart } from '@/components/bar-chart';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { tk } from '@/i18n';
import { donePercent, useNewestProgramStatistics } from '../api/program-statistics';
import { paths } from '@/config/paths';

const SECTION_KEYS: Record<string, string> = {
  mission: tk('programs.section.mission'),
  regular_task: tk('programs.section.regular_task'),
  year_task: tk('programs.section.year_task'),
  implementation: tk('programs.section.implementation'),
};

/** Progress of the newest term program: share of done tasks by year and by section. */
export function ProgramProgressCard() {
  const { t } = useTranslation();
  const query = useNewestProgramStatistics(true);
  const percent = (n: number) => `${n}%`;
  return (
    <Card withBorder component="section" aria-labelledby="program-chart-title">
      <Title order={2} size="h3" id="program-chart-title" mb="sm">
        {t('programs.dashboard.title')}
      </Title>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data === null ? (
        <EmptyState message={t('programs.list.empty')} />
      ) : (
        <Stack gap="sm">
          <Anchor component={Link} to={paths.programs.detail.getHref(query.data.program.id)} size="sm">
            {query.data.program.documentNumber} ·{' '}
            {t('programs.termPeriod', {
              term: query.data.program.termLabel,
              start: query.data.program.startYear,
              end: query.data.program.endYear,
            })}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('programs.dashboard.help')}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <div>
              <Title order={3} size="h5" mb={4}>
                {t('programs.dashboard.byYear')}
              </Title>
              <BarChart
                title={t('programs.dashboard.byYear')}
                testId="program-chart-year"
                formatValue={percent}
                data={query.data.stats.byYear.map((c) => ({
                  key: c.key,
                  label: `${c.key} (${c.done}/${c.total})`,
                  value: donePercent(c),
                  color: c.late > 0 ? '#e8590c' : '#1971c2',
                }))}
              />
            </div>
            <div>
              <Title order={3} size="h5" mb={4}>
                {t('programs.dashboard.bySection')}
              </Title>
              <BarChart
                title={t('programs.dashboard.bySection')}
                testId="program-chart-section"
                formatValue={percent}
                data={query.data.stats.bySection.map((c) => ({
                  key: c.key,
                  label: `${SECTION_KEYS[c.key] ? t(SECTION_KEYS[c.key]!) : c.key} (${c.done}/${c.total})`,
                  value: donePercent(c),
                  color: '#099268',
                }))}
              />
            </div>
          </SimpleGrid>
        </Stack>
      )}
    </Card>
  );
}
