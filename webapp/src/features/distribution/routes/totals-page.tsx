import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ExportMenu, NumberCell } from '@/components/list-page';
import { BarChart } from '@/components/bar-chart';
import { ErrorState, LoadingState } from '@/components/page-states';
import { formatMonthName, formatNumber, todayInProvince } from '@/lib/format';
import { downloadTotalsExport, useDistributionTotals, type DistributionTotals } from '../api/distribution';
import { YEAR_MAX, YEAR_MIN, monthRows, parseYear, yearOptions } from '../api/totals-model';
import { DistributionNav } from '../components/distribution-nav';
import { KindTotalsTable } from '../components/kind-totals-table';

/** A year's distribution by the month copies were sent: per month (table and chart), in total, per kind. */
export default function TotalsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInProvince().slice(0, 4));
  const year = parseYear(params, thisYear);
  const totals = useDistributionTotals(year);
  const choose = (y: number) =>
    setParams(y === thisYear ? new URLSearchParams() : new URLSearchParams({ year: String(y) }));

  return (
    <Stack gap="md">
      <Title order={1}>{t('distribution.totals.title')}</Title>
      <DistributionNav current="totals" />
      <Group align="flex-end" gap="xs">
        <Button
          variant="default"
          onClick={() => choose(year - 1)}
          disabled={year <= YEAR_MIN}
          aria-label={t('distribution.totals.previousYear')}
          data-testid="previous-year"
        >
          ‹
        </Button>
        <Select
          label={t('distribution.totals.year')}
          w={120}
          allowDeselect={false}
          value={String(year)}
          onChange={(v) => v && choose(Number(v))}
          data={yearOptions(thisYear, year).map(String)}
          data-testid="totals-year"
        />
        <Button
          variant="default"
          onClick={() => choose(year + 1)}
          disabled={year >= YEAR_MAX}
          aria-label={t('distribution.totals.nextYear')}
          data-testid="next-year"
        >
          ›
        </Button>
        <ExportMenu download={(format) => downloadTotalsExport(year, format)} />
      </Group>
      {totals.isPending ? (
        <LoadingState />
      ) : totals.isError ? (
        <ErrorState error={totals.error} onRetry={() => void totals.refetch()} />
      ) : (
        <YearTotals totals={totals.data} />
      )}
    </Stack>
  );
}

function YearTotals({ totals }: { totals: DistributionTotals }) {
  const { t } = useTranslation();
  const months = monthRows(totals);
  const cards = [
    { key: 'issues', label: t('distribution.totals.issues'), value: totals.total.issues },
    { key: 'recipients', label: t('distribution.totals.recipients'), value: totals.total.recipients },
    { key: 'records', label: t('distribution.totals.records'), value: totals.total.records },
    { key: 'copies', label: t('distribution.totals.copies'), value: totals.total.copies },
  ];
  return (
    <Stack gap="md" data-testid="year-totals" data-year={totals.year}>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {cards.map((c) => (
          <Card withBorder key={c.key}>
            <Text size="sm" c="dimmed">
              {c.label}
            </Text>
            <Text fz={28} fw={700} data-testid={`year-${c.key}`}>
              {formatNumber(c.value)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder component="section" aria-labelledby="months-title">
          <Title order={2} size="h3" id="months-title" mb="sm">
            {t('distribution.totals.byMonth', { year: totals.year })}
          </Title>
          <Table striped data-testid="month-totals">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('distribution.totals.month')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('distribution.totals.issues')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('distribution.totals.records')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('distribution.totals.copies')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {months.map((m) => (
                <Table.Tr key={m.month} data-testid="month-row" data-month={m.month}>
                  <Table.Th scope="row" fw={400}>
                    {formatMonthName(m.month)}
                  </Table.Th>
                  <NumberCell testId="month-issues">{formatNumber(m.issues)}</NumberCell>
                  <NumberCell testId="month-records">{formatNumber(m.records)}</NumberCell>
                  <NumberCell testId="month-copies">{formatNumber(m.copies)}</NumberCell>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr data-testid="year-row">
                <Table.Th scope="row">{t('distribution.totals.yearTotal')}</Table.Th>
                <Table.Td style={{ textAlign: 'right' }} fw={700}>
                  {formatNumber(totals.total.issues)}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }} fw={700}>
                  {formatNumber(totals.total.records)}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }} fw={700}>
                  {formatNumber(totals.total.copies)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Card>
        <Card withBorder component="section" aria-labelledby="chart-title">
          <Title order={2} size="h3" id="chart-title" mb="sm">
            {t('distribution.totals.chart', { year: totals.year })}
          </Title>
          <BarChart
            title={t('distribution.totals.chart', { year: totals.year })}
            formatValue={(n) => formatNumber(n)}
            data={months.map((m) => ({
              key: String(m.month),
              label: formatMonthName(m.month),
              value: m.copies,
              color: '#1971c2',
            }))}
            testId="month-chart"
          />
        </Card>
      </SimpleGrid>
      <Card withBorder component="section" aria-labelledby="kinds-title">
        <Title order={2} size="h3" id="kinds-title" mb="sm">
          {t('distribution.totals.byKind', { year: totals.year })}
        </Title>
        <KindTotalsTable totals={totals.byKind} caption={t('distribution.totals.byKindCaption')} />
      </Card>
    </Stack>
  );
}
