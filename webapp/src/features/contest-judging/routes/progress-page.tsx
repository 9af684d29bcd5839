import { Anchor, Badge, Button, Card, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-page';
import { Link, useParams } from 'react-router';
import { BarChart } from '@/components/bar-chart';
import { EmptyState, ErrorState, LoadingState, QueryState } from '@/components/page-states';
import { useEdition, useJudgeAssignments, useJudgingProgress, type ProgressCount } from '../api/judging';
import { EditionHeader } from '../components/edition-header';
import { EntryScoresDialog } from '../components/entry-scores-dialog';
import { ScoreStatusBadge } from '../components/labels';
import { paths } from '@/config/paths';
import { formatNumber } from '@/lib/format';

const unfinished = (c: ProgressCount) => c.draft + c.missing > 0;

/** Judging progress: who has not finished (per judge), and per category; the sheets of an entry. */
export default function ProgressPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const edition = useEdition(id);
  const progress = useJudgingProgress(id);
  const [judge, setJudge] = useState<{ id: string; name: string } | null>(null);
  const [entry, setEntry] = useState<{ id: string; label: string } | null>(null);

  return (
    <Stack gap="md">
      <EditionHeader
        title={t('contestJudging.progress.title')}
        editionId={id}
        edition={edition.data}
        current="progress"
      />
      {progress.isPending ? (
        <LoadingState />
      ) : progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <>
          <Card withBorder component="section" aria-labelledby="progress-judges">
            <Stack gap="sm">
              <Title order={2} size="h3" id="progress-judges">
                {t('contestJudging.progress.byJudge')}
              </Title>
              {progress.data.judges.length === 0 ? (
                <EmptyState message={t('contestJudging.judges.none')} />
              ) : (
                <ListTable
                  columns={[
                    t('contestJudging.col.judge'),
                    { label: t('contestJudging.col.assigned'), align: 'right' },
                    { label: t('contestJudging.col.submitted'), align: 'right' },
                    { label: t('contestJudging.col.draft'), align: 'right' },
                    { label: t('contestJudging.col.missing'), align: 'right' },
                    t('contestJudging.col.state'),
                    t('contestJudging.col.actions'),
                  ]}
                  minWidth={640}
                  testId="progress-judges"
                  striped={false}
                >
                  {[...progress.data.judges]
                    .sort((a, b) => Number(unfinished(b.count)) - Number(unfinished(a.count)))
                    .map((j) => {
                      const late = unfinished(j.count);
                      return (
                        <Table.Tr
                          key={j.judgeId}
                          bg={late ? 'var(--mantine-color-red-light)' : undefined}
                          data-testid="progress-judge"
                          data-unfinished={late}
                        >
                          <Table.Td>
                            <Text size="sm" fw={600}>
                              {j.fullName}
                            </Text>
                            {j.categories.map((c) => (
                              <Text size="xs" c="dimmed" key={c.category.id}>
                                {t('contestJudging.progress.categoryLine', {
                                  name: c.category.name,
                                  submitted: c.count.submitted,
                                  assigned: c.count.assigned,
                                })}
                              </Text>
                            ))}
                          </Table.Td>
                          <Table.Td ta="right">{j.count.assigned}</Table.Td>
                          <Table.Td ta="right">{j.count.submitted}</Table.Td>
                          <Table.Td ta="right">{j.count.draft}</Table.Td>
                          <Table.Td ta="right" fw={j.count.missing > 0 ? 700 : undefined}>
                            {j.count.missing}
                          </Table.Td>
                          <Table.Td>
                            {late ? (
                              <Badge color="red.9">{t('contestJudging.progress.notFinished')}</Badge>
                            ) : (
                              <Badge color="teal.9" variant="dot">
                                {t('contestJudging.progress.finished')}
                              </Badge>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Button
                              size="compact-sm"
                              variant="default"
                              onClick={() => setJudge({ id: j.judgeId, name: j.fullName })}
                            >
                              {t('contestJudging.progress.entries')}
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                </ListTable>
              )}
            </Stack>
          </Card>
          <Card withBorder component="section" aria-labelledby="progress-categories">
            <Stack gap="sm">
              <Title order={2} size="h3" id="progress-categories">
                {t('contestJudging.progress.byCategory')}
              </Title>
              {progress.data.categories.length === 0 ? (
                <EmptyState />
              ) : (
                <>
                  <ListTable
                    columns={[
                      t('contestJudging.col.category'),
                      { label: t('contestJudging.col.entries'), align: 'right' },
                      { label: t('contestJudging.col.submitted'), align: 'right' },
                      { label: t('contestJudging.col.draft'), align: 'right' },
                      { label: t('contestJudging.col.missing'), align: 'right' },
                      t('contestJudging.col.awards'),
                    ]}
                    minWidth={640}
                    testId="progress-categories"
                    striped={false}
                  >
                    {progress.data.categories.map((c) => (
                      <Table.Tr key={c.category.id} data-testid="progress-category">
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={paths.judging.ranking.getHref(c.category.id)}
                            size="sm"
                            data-testid="ranking-link"
                          >
                            {c.category.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td ta="right">{formatNumber(c.entries)}</Table.Td>
                        <Table.Td ta="right">
                          {formatNumber(c.count.submitted)}/{formatNumber(c.count.assigned)}
                        </Table.Td>
                        <Table.Td ta="right">{formatNumber(c.count.draft)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(c.count.missing)}</Table.Td>
                        <Table.Td>
                          {c.confirmed ? (
                            <Badge color="teal.9">{t('contestJudging.progress.confirmed')}</Badge>
                          ) : (
                            <Badge color="gray.7" variant="dot">
                              {t('contestJudging.progress.notConfirmed')}
                            </Badge>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </ListTable>
                  <BarChart
                    title={t('contestJudging.progress.chart')}
                    data={progress.data.categories.map((c) => ({
                      key: c.category.id,
                      label: c.category.name,
                      value: c.count.draft + c.count.missing,
                      color: 'var(--mantine-color-red-8)',
                    }))}
                    testId="progress-chart"
                  />
                </>
              )}
            </Stack>
          </Card>
        </>
      )}
      <Modal
        opened={judge !== null}
        onClose={() => setJudge(null)}
        title={judge ? t('contestJudging.progress.judgeEntries', { name: judge.name }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {judge && <JudgeEntries judgeId={judge.id} onScores={setEntry} />}
      </Modal>
      <EntryScoresDialog entry={entry} onClose={() => setEntry(null)} />
    </Stack>
  );
}

function JudgeEntries({
  judgeId,
  onScores,
}: {
  judgeId: string;
  onScores: (entry: { id: string; label: string }) => void;
}) {
  const { t } = useTranslation();
  const a = useJudgeAssignments(judgeId);
  if (!a.isSuccess) return <QueryState query={a} />;
  if (a.data.entries.length === 0) return <EmptyState message={t('contestJudging.assign.noEffective')} />;
  return (
    <Stack gap="xs">
      {a.data.entries.map((e) => (
        <Card withBorder padding="xs" key={e.entryId}>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {e.code} · {e.title}
            </Text>
            <Text size="xs" c="dimmed">
              {e.categoryName}
            </Text>
            <ScoreStatusBadge status={e.scoreStatus} />
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => onScores({ id: e.entryId, label: `${e.code} · ${e.title}` })}
            >
              {t('contestJudging.progress.sheets')}
            </Button>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
