import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-page';
import { useSearchParams } from 'react-router';
import { ListBody, ListPagination, SearchBox } from '@/components/list-page';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { useVersionedEdit } from '@/components/use-versioned-edit';
import { tk } from '@/i18n';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import {
  useCoordinators,
  useCreateCoordinator,
  useDeleteCoordinator,
  useReplaceCoordinator,
} from '../api/coordinators';
import { type Coordinator } from '../api/contests';
import {
  EMPTY_COORDINATOR,
  coordinatorFieldErrors,
  fromCoordinator,
  toCoordinatorInput,
  type CoordinatorFormErrors,
} from '../api/coordinator-form-model';
import { BoardNav } from '../components/board-nav';
import { ContestProblem } from '../components/contest-problem';
import { CoordinatorForm } from '../components/coordinator-form';
import { KIND_LABEL } from '../components/labels';

const SIZE = 20;

/** Coordinator accounts (school contacts and district coordinators): list, add, edit, delete. */
export default function CoordinatorsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() || undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useCoordinators({ q, page, size: SIZE });
  const [editing, setEditing] = useState<Coordinator | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Coordinator | null>(null);
  const remove = useDeleteCoordinator();
  const go = (next: { q?: string; page: number }) => {
    const out = new URLSearchParams();
    if (next.q) out.set('q', next.q);
    if (next.page > 1) out.set('page', String(next.page));
    setParams(out);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('contests.coordinators.title')}</Title>
        <Button onClick={() => setEditing('new')} data-testid="create-coordinator">
          {t('contests.coordinators.create')}
        </Button>
      </Group>
      <BoardNav current="coordinators" />
      <Text size="sm" c="dimmed">
        {t('contests.coordinators.intro')}
      </Text>
      <SearchBox
        label={t('contests.coordinators.search')}
        value={q ?? ''}
        onSearch={(text) => go({ q: text || undefined, page: 1 })}
        testId="coordinator-search"
      />
      <ListBody list={list} empty={t('contests.coordinators.none')}>
        {(data) => (
          <>
            <ListTable
              columns={[
                t('contests.coordinators.username'),
                t('contests.coordinators.fullName'),
                t('contests.coordinators.kind'),
                t('contests.field.school'),
                t('contests.field.district'),
                t('contests.coordinators.active'),
                t('contests.coordinators.actions'),
              ]}
              minWidth={800}
              testId="coordinator-table"
            >
              {data.items.map((c) => (
                <Table.Tr key={c.id} data-testid="coordinator-row" data-username={c.username}>
                  <Table.Td>{c.username}</Table.Td>
                  <Table.Td>{c.fullName}</Table.Td>
                  <Table.Td>{t(KIND_LABEL[c.kind])}</Table.Td>
                  <Table.Td>{c.school ?? '—'}</Table.Td>
                  <Table.Td>{c.district}</Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={c.active ? 'teal' : 'gray'} style={{ textTransform: 'none' }}>
                      {c.active ? t('contests.coordinators.yes') : t('contests.coordinators.no')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(c)}
                        aria-label={t('contests.coordinators.editOf', { name: c.username })}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        color="red.8"
                        onClick={() => setDeleting(c)}
                        aria-label={t('contests.coordinators.deleteOf', { name: c.username })}
                      >
                        {t('common.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            <ListPagination
              page={page}
              size={SIZE}
              total={data.total}
              totalKey={tk('contests.coordinators.count')}
              onChange={(p) => go({ q, page: p })}
            />
          </>
        )}
      </ListBody>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={editing === 'new' ? t('contests.coordinators.create') : t('contests.coordinators.editTitle')}
        size="lg"
      >
        {editing === 'new' ? (
          <CreateCoordinator onDone={() => setEditing(null)} />
        ) : editing ? (
          <EditCoordinator
            coordinator={editing}
            reload={async () => {
              const fresh = (await list.refetch()).data?.items.find((c) => c.id === editing.id);
              return fresh;
            }}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('contests.coordinators.deleteTitle')}
        body={t('contests.coordinators.deleteBody', { name: deleting?.username ?? '' })}
        confirmLabel={t('common.delete')}
        confirmColor="red.8"
        busy={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(
            { id: deleting.id, version: deleting.version },
            {
              onSuccess: () => {
                notifySuccess(t('contests.coordinators.deleted', { name: deleting.username }));
                setDeleting(null);
              },
            },
          )
        }
      />
    </Stack>
  );
}

function CreateCoordinator({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCoordinator();
  const [serverErrors, setServerErrors] = useState<CoordinatorFormErrors>();
  const [error, setError] = useState<unknown>(null);
  return (
    <Stack gap="sm">
      {error ? <ContestProblem error={error} /> : null}
      <CoordinatorForm
        initial={EMPTY_COORDINATOR}
        submitLabel={t('contests.coordinators.create')}
        submitting={create.isPending}
        serverErrors={serverErrors}
        onCancel={onDone}
        onSubmit={(values) => {
          setError(null);
          create.mutate(
            { body: toCoordinatorInput(values), idempotencyKey: newIdempotencyKey() },
            {
              onSuccess: (c) => {
                notifySuccess(t('contests.coordinators.created', { name: c.username }));
                onDone();
              },
              onError: (e) => {
                setServerErrors(
                  e instanceof ApiError ? coordinatorFieldErrors(e.fieldErrors()).byField : undefined,
                );
                setError(e);
              },
            },
          );
        }}
      />
    </Stack>
  );
}

function EditCoordinator({
  coordinator,
  reload,
  onDone,
}: {
  coordinator: Coordinator;
  reload: () => Promise<Coordinator | undefined>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const replace = useReplaceCoordinator();
  const edit = useVersionedEdit<Coordinator, CoordinatorFormErrors>(coordinator, reload);
  return (
    <Stack gap="sm">
      {edit.error ? <ContestProblem error={edit.error} /> : null}
      <CoordinatorForm
        key={edit.formKey}
        initial={fromCoordinator(edit.base)}
        submitLabel={t('contests.coordinators.save')}
        submitting={replace.isPending}
        serverErrors={edit.serverErrors}
        onCancel={onDone}
        onSubmit={(values) => {
          edit.clearError();
          replace.mutate(
            { id: edit.base.id, body: toCoordinatorInput(values), version: edit.base.version },
            {
              onSuccess: (c) => {
                notifySuccess(t('contests.coordinators.saved', { name: c.username }));
                onDone();
              },
              onError: (e) =>
                edit.failed(e, (problem) => coordinatorFieldErrors(problem.fieldErrors()).byField),
            },
          );
        }}
      />
      {edit.conflictDialog}
    </Stack>
  );
}
