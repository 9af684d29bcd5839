import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tk } from '@/i18n';
import { formatNumber } from '@/lib/format';
import type { AnnualReportTotals } from '../api/programs';

const TOTALS: { key: keyof AnnualReportTotals; label: string }[] = [
  { key: 'total', label: tk('programs.report.total') },
  { key: 'done', label: tk('programs.taskStatus.done') },
  { key: 'inProgress', label: tk('programs.taskStatus.in_progress') },
  { key: 'notStarted', label: tk('programs.taskStatus.not_started') },
  { key: 'postponed', label: tk('programs.taskStatus.postponed') },
  { key: 'cancelled', label: tk('programs.taskStatus.cancelled') },
  { key: 'late', label: tk('programs.late') },
  { key: 'atRisk', label: tk('programs.atRisk') },
];

/** The annual report's totals: all tasks, per status, late and at risk. */
export function ReportTotals({ totals }: { totals: AnnualReportTotals }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="report-totals">
      {TOTALS.map(({ key, label }) => (
        <Card withBorder padding="sm" key={key}>
          <Text size="sm" c="dimmed">
            {t(label)}
          </Text>
          <Text fz={24} fw={700} data-testid={`total-${key}`}>
            {formatNumber(totals[key])}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
