import { Anchor, Card, Checkbox, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NumberCell } from '@/components/list-page';
import { BarChart } from '@/components/bar-chart';
import { ErrorState, LoadingState } from '@/components/page-states';
import { formatNumber } from '@/lib/format';
import { ENTRY_STATUSES, type Count, type EntryStatus } from '../api/contests';
import { useEdition, useStatistics } from '../api/editions';
import { BoardNav } from '../components/board-nav';
import { ENTRY_STATUS_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

const COLORS = {
  district: '#1971c2',
  school: '#2f9e44',
  category: '#e8590c',
  grade: '#7048e8',
  status: '#495057',
};

/** An edition's entries by district, school, category, grade (authors) and status: a chart and a table each. */
export default function StatisticsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const edition = useEdition(id);
  const [includeDrafts, setIncludeDrafts] = useState(false);
  const stats = useStatistics(id, includeDrafts);
  const statusLabel = (c: Count) =>
    (ENTRY_STATUSES as string[]).includes(c.key) ? t(ENTRY_STATUS_LABEL[c.key as EntryStatus]) : c.label;
  const gradeLabel = (c: Count) =>
    c.key === 'none' ? t('contests.statistics.noGrade') : t('contests.statistics.grade', { grade: c.label });

  return (
    <Stack gap="md">
      <Title order={1}>{t('contests.statistics.title')}</Title>
      <BoardNav current="editions" />
      {edition.data && (
        <Anchor
          component={Link}
          to={paths.contests.editionEditor.getHref(id)}
          data-testid="statistics-edition"
        >
          {t('contests.public.editionLink', { year: edition.data.year, name: edition.data.name })}
        </Anchor>
      )}
      <Checkbox
        label={t('contests.statistics.includeDrafts')}
        checked={includeDrafts}
        onChange={(e) => setIncludeDrafts(e.currentTarget.checked)}
        data-testid="include-drafts"
      />
      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <Stack gap="md" data-testid="statistics">
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {t('contests.statistics.entries')}
              </Text>
              <Text fz={28} fw={700} data-testid="stat-entries">
                {formatNumber(stats.data.entries)}
              </Text>
            </Card>
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {t('contests.statistics.authors')}
              </Text>
              <Text fz={28} fw={700} data-testid="stat-authors">
                {formatNumber(stats.data.authors)}
              </Text>
            </Card>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <CountCard
              id="by-district"
              title={t('contests.statistics.byDistrict')}
              counts={stats.data.byDistrict}
              color={COLORS.district}
            />
            <CountCard
              id="by-school"
              title={t('contests.statistics.bySchool')}
              counts={stats.data.bySchool}
              color={COLORS.school}
            />
            <CountCard
              id="by-category"
              title={t('contests.statistics.byCategory')}
              counts={stats.data.byCategory}
              color={COLORS.category}
            />
            <CountCard
              id="by-grade"
              title={t('contests.statistics.byGrade')}
              counts={stats.data.byGrade}
              color={COLORS.grade}
              label={gradeLabel}
            />
            <CountCard
              id="by-status"
              title={t('contests.statistics.byStatus')}
              counts={stats.data.byStatus}
              color={COLORS.status}
              label={statusLabel}
            />
          </SimpleGrid>
        </Stack>
      )}
    </Stack>
  );
}

function CountCard({
  id,
  title,
  counts,
  color,
  label = (c) => c.label,
}: {
  id: string;
  title: string;
  counts: Count[];
  color: string;
  label?: (c: Count) => string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby={`${id}-title`} data-testid={id}>
      <Title order={2} size="h3" id={`${id}-title`} mb="sm">
        {title}
      </Title>
      {counts.length === 0 ? (
        <Text c="dimmed">{t('common.empty')}</Text>
      ) : (
        <Stack gap="sm">
          <BarChart
            title={title}
            formatValue={(n) => formatNumber(n)}
            data={counts.map((c) => ({ key: c.key, label: label(c), value: c.count, color }))}
            testId={`${id}-chart`}
          />
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('contests.statistics.group')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('contests.statistics.count')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {counts.map((c) => (
                <Table.Tr key={c.key} data-testid={`${id}-row`}>
                  <Table.Th scope="row" fw={400}>
                    {label(c)}
                  </Table.Th>
                  <NumberCell>{formatNumber(c.count)}</NumberCell>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Card>
  );
}
