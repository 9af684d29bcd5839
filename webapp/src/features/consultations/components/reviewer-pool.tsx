import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination, NumberCell } from '@/components/list-page';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
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

  if (pool.isPending) return <LoadingState />;
  if (pool.isError) return <ErrorState error={pool.error} onRetry={() => void pool.refetch()} />;
  if (pool.data.items.length === 0) return <EmptyState message={t('consultations.pool.none')} />;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('consultations.pool.intro')}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table striped data-testid="reviewer-pool">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('consultations.assignment.expert')}</Table.Th>
              <Table.Th scope="col">{t('consultations.pool.availability')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('consultations.pool.open')}
              </Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('consultations.pool.submitted')}
              </Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('consultations.pool.total')}
              </Table.Th>
              <Table.Th scope="col">{t('consultations.pool.lastEngaged')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
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
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
