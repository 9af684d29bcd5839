import { Alert, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-page';
import { useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { isApiError } from '@/lib/api/problem';
import {
  useConfirmAwards,
  useEdition,
  useRanking,
  useSetAward,
  useSetNomination,
  type Ranking,
  type RankingRow,
} from '../api/judging';
import { AWARD_LABEL, confirmBlocker, cumulativeQuotas, formatScore } from '../api/ranking-model';
import { AwardDialog } from '../components/award-dialog';
import { EditionHeader } from '../components/edition-header';
import { EntryScoresDialog } from '../components/entry-scores-dialog';
import { RankingTable } from '../components/ranking-table';

/** A category's ranking, the award proposal and its confirmation, then awards and nominations. */
export default function RankingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const ranking = useRanking(id);
  if (ranking.isPending)
    return (
      <Stack gap="md">
        <Title order={1}>{t('contestJudging.ranking.title')}</Title>
        <LoadingState />
      </Stack>
    );
  if (ranking.isError)
    return (
      <Stack gap="md">
        <Title order={1}>{t('contestJudging.ranking.title')}</Title>
        <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />
      </Stack>
    );
  return <RankingView categoryId={id} ranking={ranking.data} reload={() => ranking.refetch()} />;
}

function RankingView({
  categoryId,
  ranking,
  reload,
}: {
  categoryId: string;
  ranking: Ranking;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const edition = useEdition(ranking.editionId);
  const confirm = useConfirmAwards(categoryId);
  const setAward = useSetAward(categoryId);
  const setNomination = useSetNomination(categoryId);
  const [confirming, setConfirming] = useState(false);
  const [awarding, setAwarding] = useState<RankingRow | null>(null);
  const [scoresOf, setScoresOf] = useState<{ id: string; label: string } | null>(null);
  const [nominationError, setNominationError] = useState<unknown>(null);
  const conflict = useConflict(reload);
  const blocker = confirmBlocker(ranking);
  const quotas = cumulativeQuotas(ranking.awardQuota);

  return (
    <Stack gap="md" data-testid="ranking-page" data-confirmed={ranking.confirmed}>
      <EditionHeader
        title={t('contestJudging.ranking.titleOf', { category: ranking.category.name })}
        editionId={ranking.editionId}
        edition={edition.data}
      />
      <Alert
        color="blue"
        variant="light"
        title={t('contestJudging.ranking.howTitle')}
        data-testid="ranking-rules"
      >
        <List size="sm" spacing={4}>
          <List.Item>{t('contestJudging.ranking.howNormalise')}</List.Item>
          <List.Item>{t('contestJudging.ranking.howTie')}</List.Item>
          <List.Item>
            {t('contestJudging.ranking.howAwards', {
              quotas: quotas
                .map((q) =>
                  t('contestJudging.ranking.quota', { award: t(AWARD_LABEL[q.award]), upTo: q.upTo }),
                )
                .join('; '),
            })}
          </List.Item>
        </List>
      </Alert>

      {ranking.judges.length > 0 && (
        <Card withBorder component="section" aria-labelledby="judge-stats">
          <Title order={2} size="h4" id="judge-stats" mb="xs">
            {t('contestJudging.ranking.judgeStats')}
          </Title>
          <ListTable
            columns={[
              t('contestJudging.col.judge'),
              { label: t('contestJudging.col.submitted'), align: 'right' },
              { label: t('contestJudging.col.mean'), align: 'right' },
              { label: t('contestJudging.col.sd'), align: 'right' },
              t('contestJudging.col.normalises'),
            ]}
            minWidth={480}
            striped={false}
          >
            {ranking.judges.map((j) => (
              <Table.Tr key={j.judgeId}>
                <Table.Td>{j.fullName}</Table.Td>
                <Table.Td ta="right">{j.submitted}</Table.Td>
                <Table.Td ta="right">{formatScore(j.mean, 3)}</Table.Td>
                <Table.Td ta="right">{formatScore(j.standardDeviation, 3)}</Table.Td>
                <Table.Td>
                  {j.normalises ? t('contestJudging.yes') : t('contestJudging.ranking.zScoresZero')}
                </Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        </Card>
      )}

      <Group justify="space-between" align="center">
        <Text size="sm" data-testid="ranking-state">
          {ranking.confirmed
            ? t('contestJudging.ranking.confirmedState')
            : t('contestJudging.ranking.proposalState')}
        </Text>
        <Button
          onClick={() => {
            confirm.reset();
            setConfirming(true);
          }}
          disabled={blocker !== undefined}
          data-testid="confirm-awards"
        >
          {ranking.confirmed ? t('contestJudging.ranking.confirmAgain') : t('contestJudging.ranking.confirm')}
        </Button>
      </Group>
      {blocker && (
        <Text size="sm" c="dimmed" data-testid="confirm-blocker">
          {t(blocker)}
        </Text>
      )}
      {ranking.rows.length > 0 && (
        <RankingTable
          ranking={ranking}
          onScores={(r) => setScoresOf({ id: r.entryId, label: `${r.code} · ${r.title}` })}
          onAward={(r) => {
            setAward.reset();
            setAwarding(r);
          }}
          busyEntry={setNomination.isPending ? setNomination.variables?.row.entryId : undefined}
          onNominate={(row, nominated) => {
            setNominationError(null);
            setNomination.mutate(
              { row, nominated },
              {
                onSuccess: () =>
                  notifySuccess(
                    nominated
                      ? t('contestJudging.ranking.nominated')
                      : t('contestJudging.ranking.unnominated'),
                  ),
                onError: (e) => conflict.handle(e, setNominationError),
              },
            );
          }}
        />
      )}
      {nominationError ? <ProblemAlert error={nominationError} /> : null}

      <ConfirmDialog
        opened={confirming}
        title={t('contestJudging.ranking.confirmTitle')}
        body={
          ranking.confirmed
            ? t('contestJudging.ranking.confirmAgainBody')
            : t('contestJudging.ranking.confirmBody')
        }
        confirmLabel={t('contestJudging.ranking.confirm')}
        busy={confirm.isPending}
        error={confirm.error}
        onConfirm={() =>
          confirm.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              notifySuccess(t('contestJudging.ranking.confirmedDone'));
            },
          })
        }
        onClose={() => setConfirming(false)}
        testId="confirm-awards-dialog"
        confirmTestId="confirm-awards-button"
      />
      <AwardDialog
        row={awarding}
        busy={setAward.isPending}
        error={isApiError(setAward.error, 412) ? null : setAward.error}
        onSave={(award, awardName) =>
          awarding &&
          setAward.mutate(
            { row: awarding, award, awardName },
            {
              onSuccess: () => {
                setAwarding(null);
                notifySuccess(t('contestJudging.award.saved'));
              },
              onError: (e) => {
                if (isApiError(e, 412)) setAwarding(null);
                conflict.handle(e);
              },
            },
          )
        }
        onClose={() => setAwarding(null)}
      />
      <EntryScoresDialog entry={scoresOf} onClose={() => setScoresOf(null)} />
      {conflict.dialog}
    </Stack>
  );
}
