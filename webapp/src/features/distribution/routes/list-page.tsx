import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { useVersionedEdit } from '@/components/use-versioned-edit';
import { isApiError } from '@/lib/api/problem';
import { formatDateTime, formatNumber } from '@/lib/format';
import {
  useDeleteList,
  useDistributionList,
  useUpdateList,
  type DistributionList,
} from '../api/distribution';
import { fromList, listFieldErrors, toListInput, type ListFormErrors } from '../api/list-model';
import { DistributionNav } from '../components/distribution-nav';
import { ListEditor } from '../components/list-editor';
import { paths } from '@/config/paths';

/** One distribution list: its name and members, edited in place and saved with If-Match. */
export default function ListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const detail = useDistributionList(id);
  if (!detail.isSuccess) return <QueryState query={detail} />;
  const list = detail.data;
  const reload = async () => (await detail.refetch()).data;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} data-testid="list-title">
          {list.name}
        </Title>
        <DeleteList
          list={list}
          reload={reload}
          onDeleted={() => void navigate(paths.distribution.lists.getHref())}
        />
      </Group>
      <DistributionNav current="lists" />
      <Text size="sm" c="dimmed" data-testid="list-saved-totals">
        {t('distribution.list.savedTotals', {
          active: formatNumber(list.activeMemberCount),
          copies: formatNumber(list.copies),
          at: formatDateTime(list.updatedAt),
        })}
      </Text>
      {/* A new version (saved here, or reloaded after a conflict) starts the editor afresh. */}
      <Editor key={list.version} initial={list} reload={reload} />
    </Stack>
  );
}

function Editor({
  initial,
  reload,
}: {
  initial: DistributionList;
  reload: () => Promise<DistributionList | undefined>;
}) {
  const { t } = useTranslation();
  const edit = useVersionedEdit<DistributionList, ListFormErrors>(initial, reload);
  const update = useUpdateList(edit.base.id);
  const [other, setOther] = useState<string[]>([]);
  return (
    <Stack gap="sm">
      {edit.error ? <ProblemAlert error={edit.error} /> : null}
      {other.length > 0 && (
        <Text size="sm" c="red.9" role="alert">
          {other.join('; ')}
        </Text>
      )}
      <ListEditor
        key={edit.formKey}
        initial={fromList(edit.base)}
        submitting={update.isPending}
        serverErrors={edit.serverErrors}
        onSubmit={(values) => {
          edit.clearError();
          setOther([]);
          update.mutate(
            { body: toListInput(values), version: edit.base.version },
            {
              onSuccess: (saved) => {
                // The page shows the saved version (stored by the mutation): the editor starts afresh from it.
                notifySuccess(t('distribution.list.saved', { name: saved.name }));
              },
              onError: (e) =>
                edit.failed(e, (problem) => {
                  const sorted = listFieldErrors(problem.fieldErrors(), values.members);
                  setOther(sorted.other);
                  return sorted.byField;
                }),
            },
          );
        }}
      />
      {edit.conflictDialog}
    </Stack>
  );
}

function DeleteList({
  list,
  reload,
  onDeleted,
}: {
  list: DistributionList;
  reload: () => Promise<unknown>;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteList();
  const conflict = useConflict(reload);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="outline"
        color="red.8"
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
        data-testid="delete-list"
      >
        {t('distribution.list.delete')}
      </Button>
      <ConfirmDialog
        opened={open}
        title={t('distribution.list.deleteTitle')}
        body={t('distribution.list.deleteBody', { name: list.name })}
        confirmLabel={t('common.delete')}
        confirmColor="red.8"
        busy={remove.isPending}
        error={isApiError(remove.error, 412) ? null : remove.error}
        onConfirm={() =>
          remove.mutate(
            { id: list.id, version: list.version },
            {
              onSuccess: () => {
                setOpen(false);
                notifySuccess(t('distribution.list.deleted', { name: list.name }));
                onDeleted();
              },
              onError: (e) => {
                if (isApiError(e, 412)) setOpen(false);
                conflict.handle(e);
              },
            },
          )
        }
        onClose={() => setOpen(false)}
        testId="delete-list-dialog"
        confirmTestId="confirm-delete-list"
      />
      {conflict.dialog}
    </>
  );
}
