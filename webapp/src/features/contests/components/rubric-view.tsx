import { List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NumberCell } from '@/components/list-page';
import { formatNumber } from '@/lib/format';
import type { Criterion } from '../api/contests';

/** A category's rubric: criteria with their weight (and share of the total), maximum and score levels. */
export function RubricView({ criteria, caption }: { criteria: Criterion[]; caption: string }) {
  const { t } = useTranslation();
  if (criteria.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="rubric-empty">
        {t('contests.rubric.none')}
      </Text>
    );
  }
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  const sorted = [...criteria].sort((a, b) => a.position - b.position);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped data-testid="rubric-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('contests.rubric.criterion')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('contests.rubric.weight')}
            </Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('contests.rubric.maxScore')}
            </Table.Th>
            <Table.Th scope="col">{t('contests.rubric.levels')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((c) => (
            <Table.Tr key={c.id} data-testid="rubric-row">
              <Table.Th scope="row" fw={400}>
                <Stack gap={2}>
                  <Text fw={600} size="sm" data-testid="criterion-name">
                    {c.name}
                  </Text>
                  {c.description && (
                    <Text size="sm" c="dimmed">
                      {c.description}
                    </Text>
                  )}
                </Stack>
              </Table.Th>
              <NumberCell>
                {formatNumber(c.weight)}
                {total > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('contests.rubric.share', {
                      share: formatNumber(Math.round((c.weight / total) * 1000) / 10),
                    })}
                  </Text>
                )}
              </NumberCell>
              <NumberCell>{formatNumber(c.maxScore)}</NumberCell>
              <Table.Td>
                {c.levels.length === 0 ? (
                  '—'
                ) : (
                  <List size="sm" spacing={2}>
                    {[...c.levels]
                      .sort((a, b) => b.score - a.score)
                      .map((l) => (
                        <List.Item key={l.score}>
                          {t('contests.rubric.level', { score: l.score, description: l.description })}
                        </List.Item>
                      ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
