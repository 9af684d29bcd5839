import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { KindTotal } from '../api/distribution';
import { KIND_LABEL } from './labels';

/** What went to each kind of recipient: distinct recipients, records and copies. */
export function KindTotalsTable({
  totals,
  caption,
  testId = 'kind-totals',
}: {
  totals: KindTotal[];
  caption: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Table data-testid={testId} captionSide="top">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('distribution.recipient.kind')}</Table.Th>
          <Table.Th scope="col" style={{ textAlign: 'right' }}>
            {t('distribution.totals.recipients')}
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
        {totals.map((k) => (
          <Table.Tr key={k.kind} data-testid={`${testId}-${k.kind}`}>
            <Table.Th scope="row" fw={400}>
              {t(KIND_LABEL[k.kind])}
            </Table.Th>
            <Table.Td style={{ textAlign: 'right' }}>{formatNumber(k.recipients)}</Table.Td>
            <Table.Td style={{ textAlign: 'right' }}>{formatNumber(k.records)}</Table.Td>
            <Table.Td style={{ textAlign: 'right' }} data-testid="kind-copies">
              {formatNumber(k.copies)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
