import { Accordion, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { useConflict } from '@/components/use-conflict';
import { isApiError } from '@/lib/api/problem';
import { useCategories, useDeleteJudge, useEdition, useJudges, type Judge } from '../api/judging';
import { EditionHeader } from '../components/edition-header';
import { JudgeAssignments } from '../components/judge-assignments';
import { JudgeFormModal } from '../components/judge-form';

/** The judges of an edition: who they are, where they teach, what they score, their conflicts. */
export default function JudgesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const edition = useEdition(id);
  const judges = useJudges(id);
  const categories = useCategories(id);
  const [editing, setEditing] = useState<Judge | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Judge | null>(null);
  const remove = useDeleteJudge(id);
  const conflict = useConflict(() => judges.refetch());

  return (
    <Stack gap="md">
      <EditionHeader
        title={t('contestJudging.judges.title')}
        editionId={id}
        edition={edition.data}
        current="judges"
      />
      <Text size="sm" c="dimmed">
        {t('contestJudging.judges.intro')}
      </Text>
      <Group>
        <Button onClick={() => setEditing('new')} data-testid="add-judge">
          {t('contestJudging.judges.add')}
        </Button>
      </Group>
      {judges.isPending || categories.isPending ? (
        <LoadingState />
      ) : judges.isError ? (
        <ErrorState error={judges.error} onRetry={() => void judges.refetch()} />
      ) : categories.isError ? (
        <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />
      ) : judges.data.items.length === 0 ? (
        <EmptyState message={t('contestJudging.judges.none')} />
      ) : (
        <Accordion variant="separated" multiple data-testid="judges">
          {judges.data.items.map((j) => (
            <Accordion.Item key={j.id} value={j.id} data-testid="judge" data-judge-id={j.id}>
              <Accordion.Control>
                <Stack gap={2}>
                  <Text fw={700}>{j.fullName}</Text>
                  <Group gap={6}>
                    {j.username && (
                      <Badge variant="dot" color="gray.7">
                        {t('contestJudging.judges.account', { username: j.username })}
                      </Badge>
                    )}
                    {j.expertId && (
                      <Badge variant="dot" color="blue.9">
                        {t('contestJudging.judges.fromNetwork')}
                      </Badge>
                    )}
                    <Badge variant="dot" color="teal.9">
                      {t('contestJudging.judges.categoryCount', { count: j.categoryIds.length })}
                    </Badge>
                    {j.relations.length > 0 && (
                      <Badge variant="dot" color="orange.9">
                        {t('contestJudging.judges.relationCount', { count: j.relations.length })}
                      </Badge>
                    )}
                  </Group>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="md">
                  <Stack gap={2}>
                    {j.affiliation && <Text size="sm">{j.affiliation}</Text>}
                    {(j.email || j.phone) && (
                      <Text size="sm" c="dimmed">
                        {[j.email, j.phone].filter(Boolean).join(' · ')}
                      </Text>
                    )}
                    <Text size="sm">
                      {t('contestJudging.judges.schools')}:{' '}
                      {j.schools.length > 0 ? j.schools.join('; ') : t('contestJudging.judges.noSchools')}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    <Button size="compact-sm" variant="default" onClick={() => setEditing(j)}>
                      {t('common.edit')}
                    </Button>
                    <Button size="compact-sm" variant="default" color="red.8" onClick={() => setDeleting(j)}>
                      {t('common.delete')}
                    </Button>
                  </Group>
                  <JudgeAssignments editionId={id} judge={j} categories={categories.data} />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      <JudgeFormModal
        editionId={id}
        judge={editing === 'new' || editing === null ? undefined : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('contestJudging.judges.deleteTitle')}
        body={t('contestJudging.judges.deleteBody', { name: deleting?.fullName ?? '' })}
        confirmLabel={t('common.delete')}
        confirmColor="red.8"
        busy={remove.isPending}
        error={isApiError(remove.error, 412) ? null : remove.error}
        onConfirm={() =>
          deleting &&
          remove.mutate(
            { id: deleting.id, version: deleting.version },
            {
              onSuccess: () => {
                setDeleting(null);
                notifySuccess(t('contestJudging.judges.deleted'));
              },
              onError: (e) => conflict.handle(e),
            },
          )
        }
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
      />
      {conflict.dialog}
    </Stack>
  );
}
