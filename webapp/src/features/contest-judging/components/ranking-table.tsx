import { Anchor, Badge, Button, Group, Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Ranking, RankingRow } from '../api/judging';
import { formatScore, rankingRows } from '../api/ranking-model';
import { AwardBadge } from './labels';
import { paths } from '@/config/paths';

/**
 * The ranking of a category: rank (ties marked), entry, raw and normalised scores, judges, complete,
 * the proposed award and, once confirmed, the award with its changes and the national nomination.
 */
export function RankingTable({
  ranking,
  onScores,
  onAward,
  onNominate,
  busyEntry,
}: {
  ranking: Ranking;
  onScores: (row: RankingRow) => void;
  onAward?: (row: RankingRow) => void;
  onNominate?: (row: RankingRow, nominated: boolean) => void;
  busyEntry?: string;
}) {
  const { t } = useTranslation();
  const rows = rankingRows(ranking);
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped data-testid="ranking">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contestJudging.col.rank')}</Table.Th>
            <Table.Th>{t('contestJudging.col.entry')}</Table.Th>
            <Table.Th ta="right">{t('contestJudging.col.raw')}</Table.Th>
            <Table.Th ta="right">{t('contestJudging.col.normalised')}</Table.Th>
            <Table.Th ta="right">{t('contestJudging.col.judges')}</Table.Th>
            <Table.Th>{t('contestJudging.col.complete')}</Table.Th>
            <Table.Th>{t('contestJudging.col.proposed')}</Table.Th>
            {ranking.confirmed && <Table.Th>{t('contestJudging.col.award')}</Table.Th>}
            {ranking.confirmed && <Table.Th>{t('contestJudging.col.nominated')}</Table.Th>}
            <Table.Th>{t('contestJudging.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.entryId} data-testid="ranking-row" data-entry-id={r.entryId} data-rank={r.rank}>
              <Table.Td fw={700}>
                {r.rank}
                {r.tied && (
                  <Text span size="xs" c="dimmed" ml={4}>
                    {t('contestJudging.ranking.tie')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={paths.contests.entry.getHref(r.entryId)} size="sm">
                  {r.code} · {r.title}
                </Anchor>
              </Table.Td>
              <Table.Td ta="right">{formatScore(r.rawScore, 3)}</Table.Td>
              <Table.Td ta="right">{formatScore(r.normalisedScore, 6)}</Table.Td>
              <Table.Td ta="right">
                {r.submitted}/{r.judges}
              </Table.Td>
              <Table.Td>
                {r.complete ? (
                  <Badge color="teal.9" variant="dot">
                    {t('contestJudging.ranking.complete')}
                  </Badge>
                ) : (
                  <Badge color="red.9">{t('contestJudging.ranking.notComplete')}</Badge>
                )}
              </Table.Td>
              <Table.Td data-testid="proposed-award">
                {r.proposedAward ? <AwardBadge award={r.proposedAward} /> : '—'}
              </Table.Td>
              {ranking.confirmed && (
                <Table.Td data-testid="confirmed-award">
                  {r.award ? <AwardBadge award={r.award} awardName={r.awardName} /> : '—'}
                </Table.Td>
              )}
              {ranking.confirmed && (
                <Table.Td>
                  <Switch
                    checked={r.nominated}
                    disabled={!r.canNominate || !onNominate || busyEntry === r.entryId}
                    onChange={(e) => onNominate?.(r, e.currentTarget.checked)}
                    aria-label={t('contestJudging.ranking.nominate', { entry: r.code })}
                    data-testid="nominate"
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" variant="default" onClick={() => onScores(r)}>
                    {t('contestJudging.ranking.sheets')}
                  </Button>
                  {ranking.confirmed && onAward && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => onAward(r)}
                      loading={busyEntry === r.entryId}
                      data-testid="change-award"
                    >
                      {t('contestJudging.ranking.changeAward')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
