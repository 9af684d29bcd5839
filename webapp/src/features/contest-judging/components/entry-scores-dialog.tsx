import { Alert, Button, Card, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-page';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { isApiError } from '@/lib/api/problem';
import { formatDateTime } from '@/lib/format';
import { useEntryScores, useReopenScore, type ScoreSheet } from '../api/judging';
import { formatScore } from '../api/ranking-model';
import { ScoreStatusBadge } from './labels';

/** The score sheets of one entry (drafts too), and reopening a submitted one with a reason. */
export function EntryScoresDialog({
  entry,
  onClose,
}: {
  entry: { id: string; label: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={entry ? t('contestJudging.scores.title', { entry: entry.label }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="xl"
    >
      {entry && <EntryScores entryId={entry.id} />}
    </Modal>
  );
}

function EntryScores({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const scores = useEntryScores(entryId);
  const reopen = useReopenScore(entryId);
  const [reopening, setReopening] = useState<ScoreSheet | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const conflict = useConflict(async () => {
    setReopening(null);
    await scores.refetch();
  });

  if (!scores.isSuccess) return <QueryState query={scores} />;
  const rubric = [...scores.data.rubric].sort((a, b) => a.position - b.position);

  return (
    <Stack gap="sm" data-testid="entry-scores">
      {scores.data.items.length === 0 ? (
        <Text c="dimmed">{t('contestJudging.scores.none')}</Text>
      ) : (
        scores.data.items.map(({ judgeName, sheet }) => (
          <Card withBorder key={sheet.id} padding="sm" data-testid="entry-score" data-status={sheet.status}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Text fw={700}>{judgeName}</Text>
                <Group gap="xs">
                  <ScoreStatusBadge status={sheet.status} />
                  {sheet.status === 'submitted' && (
                    <Text fw={700}>
                      {t('contestJudging.scores.total', { total: formatScore(sheet.total, 3) })}
                    </Text>
                  )}
                </Group>
              </Group>
              <ListTable
                columns={[
                  t('contestJudging.col.criterion'),
                  t('contestJudging.col.score'),
                  t('contestJudging.col.comment'),
                ]}
                minWidth={360}
                striped={false}
              >
                {rubric.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td>
                      {t('contestJudging.score.outOf', {
                        score: sheet.scores[c.id] ?? '—',
                        max: c.maxScore,
                      })}
                    </Table.Td>
                    <Table.Td>{sheet.criterionComments[c.id] ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
              {sheet.comment && <Text size="sm">{sheet.comment}</Text>}
              {sheet.submittedAt && (
                <Text size="xs" c="dimmed">
                  {t('contestJudging.scores.submittedAt', { at: formatDateTime(sheet.submittedAt) })}
                </Text>
              )}
              {sheet.reopenReason && (
                <Text size="xs" c="dimmed">
                  {t('contestJudging.scores.reopened', {
                    at: formatDateTime(sheet.reopenedAt),
                    by: sheet.reopenedBy ?? '',
                    reason: sheet.reopenReason,
                  })}
                </Text>
              )}
              {sheet.status === 'submitted' && reopening?.id !== sheet.id && (
                <Group>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => {
                      reopen.reset();
                      setReason('');
                      setReasonError(undefined);
                      setReopening(sheet);
                    }}
                    data-testid="reopen"
                  >
                    {t('contestJudging.scores.reopen')}
                  </Button>
                </Group>
              )}
              {reopening?.id === sheet.id && (
                <Stack gap="xs">
                  <Alert color="orange" variant="light">
                    {t('contestJudging.scores.reopenHelp')}
                  </Alert>
                  <Textarea
                    label={t('contestJudging.scores.reason')}
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                    error={reasonError}
                    maxLength={2000}
                    autosize
                    minRows={2}
                    data-testid="reopen-reason"
                  />
                  {reopen.error && !isApiError(reopen.error, 412) ? (
                    <ProblemAlert error={reopen.error} />
                  ) : null}
                  <Group>
                    <Button
                      loading={reopen.isPending}
                      onClick={() => {
                        if (reason.trim() === '') {
                          setReasonError(t('contestJudging.scores.reasonRequired'));
                          return;
                        }
                        reopen.mutate(
                          { sheet, reason: reason.trim() },
                          {
                            onSuccess: () => {
                              setReopening(null);
                              notifySuccess(t('contestJudging.scores.reopenedDone'));
                            },
                            onError: (e) => conflict.handle(e),
                          },
                        );
                      }}
                      data-testid="reopen-confirm"
                    >
                      {t('contestJudging.scores.reopenConfirm')}
                    </Button>
                    <Button variant="default" onClick={() => setReopening(null)}>
                      {t('common.cancel')}
                    </Button>
                  </Group>
                </Stack>
              )}
            </Stack>
          </Card>
        ))
      )}
      {conflict.dialog}
    </Stack>
  );
}
