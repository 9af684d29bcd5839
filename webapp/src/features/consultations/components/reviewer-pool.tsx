import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-page';
import { ListPagination, NumberCell } from '@/components/list-page';
import { EmptyState, QueryState } from '@/components/page-states';
import { tk } from '@/i18n';
import { formatDate, formatNumber } from '@/lib/format';
import { useReviewerPool } from '../api/consultations';
import { AVAILABILITY_LABEL } from './labels';

const SIZE = 20;

/** Every expert ever assigned: load and engagement, the busiest first. */
export function ReviewerPool() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pool = useReviewerPool(page, SIZE);

  if (!pool.isSuccess) return <QueryState query={pool} />;
  if (pool.data.items.length === 0) return <EmptyState message={t('consultations.pool.none')} />;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('consultations.pool.intro')}
      </Text>
      <ListTable
        columns={[
          t('consultations.assignment.expert'),
          t('consultations.pool.availability'),
          { label: t('consultations.pool.open'), align: 'right' },
          { label: t('consultations.pool.submitted'), align: 'right' },
          { label: t('consultations.pool.total'), align: 'right' },
          t('consultations.pool.lastEngaged'),
        ]}
        minWidth={720}
        testId="reviewer-pool"
      >
        {pool.data.items.map((e) => (
          <Table.Tr key={e.expertId} data-testid="pool-row">
            <Table.Td>{e.displayName}</Table.Td>
            <Table.Td>{t(AVAILABILITY_LABEL[e.availability])}</Table.Td>
            <NumberCell>{formatNumber(e.openAssignments)}</NumberCell>
            <NumberCell>{formatNumber(e.opinionsSubmitted)}</NumberCell>
            <NumberCell>{formatNumber(e.assignments)}</NumberCell>
            <Table.Td>{formatDate(e.lastEngagedOn)}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <ListPagination
        page={page}
        size={SIZE}
        total={pool.data.total}
        totalKey={tk('consultations.pool.count')}
        onChange={setPage}
      />
    </Stack>
  );
}
