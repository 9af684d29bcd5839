import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NumberCell } from '@/components/list-page';
import { formatDate, formatNumber } from '@/lib/format';
import type { DistributionRecord } from '../api/distribution';
import { KIND_LABEL, METHOD_LABEL } from './labels';

/** An issue's records: to whom (as they were when sent), how many copies, when and how; correct or delete. */
export function RecordsTable({
  records,
  onCorrect,
  onDelete,
}: {
  records: DistributionRecord[];
  onCorrect: (record: DistributionRecord) => void;
  onDelete: (record: DistributionRecord) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover data-testid="record-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('distribution.record.recipient')}</Table.Th>
            <Table.Th scope="col">{t('distribution.recipient.kind')}</Table.Th>
            <Table.Th scope="col">{t('distribution.recipient.districtShort')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('distribution.record.copies')}
            </Table.Th>
            <Table.Th scope="col">{t('distribution.record.sentOn')}</Table.Th>
            <Table.Th scope="col">{t('distribution.record.method')}</Table.Th>
            <Table.Th scope="col">{t('distribution.record.note')}</Table.Th>
            <Table.Th scope="col">
              <Text span size="sm" fw={700}>
                {t('distribution.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((r) => (
            <Table.Tr key={r.id} data-testid="record-row" data-recipient-id={r.recipientId}>
              <Table.Td>
                <Text size="sm" fw={600} data-testid="record-recipient">
                  {r.recipientName}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.recipientAddress}
                </Text>
              </Table.Td>
              <Table.Td>{t(KIND_LABEL[r.recipientKind])}</Table.Td>
              <Table.Td>{r.recipientDistrict ?? '—'}</Table.Td>
              <NumberCell testId="record-copies">{formatNumber(r.copies)}</NumberCell>
              <Table.Td data-testid="record-sent-on">{formatDate(r.sentOn)}</Table.Td>
              <Table.Td>{t(METHOD_LABEL[r.method])}</Table.Td>
              <Table.Td maw={240}>
                <Text size="sm" lineClamp={3}>
                  {r.note ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onCorrect(r)}
                    aria-label={t('distribution.record.correctNamed', { name: r.recipientName })}
                    data-testid="correct-record"
                  >
                    {t('distribution.record.correct')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="outline"
                    color="red.9"
                    onClick={() => onDelete(r)}
                    aria-label={t('distribution.record.deleteNamed', { name: r.recipientName })}
                    data-testid="delete-record"
                  >
                    {t('common.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
