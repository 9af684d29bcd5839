import { Anchor, Button, Group, Modal, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  ListBody,
  ListPagination,
  ListTable,
  NumberCell,
  SearchBox,
  useListState,
} from '@/components/list-page';
import { FormActions } from '@/components/form-actions';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { tk } from '@/i18n';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { useFieldErrorText, type FieldError } from '@/lib/form-errors';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useCreateList, useDistributionLists } from '../api/distribution';
import { LIST_LIMITS, validateList } from '../api/list-model';
import { listsParams } from '../api/params';
import { DistributionNav } from '../components/distribution-nav';
import { paths } from '@/config/paths';

/** The distribution lists (sent to in one go): their size and the copies a sending takes. */
export default function ListsPage() {
  const { t } = useTranslation();
  const { query, update, pager } = useListState(listsParams);
  const lists = useDistributionLists(query);
  const [creating, setCreating] = useState(false);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('distribution.lists.title')}</Title>
        <Button onClick={() => setCreating(true)} data-testid="create-list">
          {t('distribution.lists.create')}
        </Button>
      </Group>
      <DistributionNav current="lists" />
      <Text size="sm" c="dimmed">
        {t('distribution.lists.intro')}
      </Text>
      <SearchBox
        label={t('distribution.lists.search')}
        value={query.q ?? ''}
        onSearch={(q) => update({ q: q || undefined })}
        testId="list-search"
      />
      <ListBody list={lists} empty={t('distribution.lists.none')}>
        {(data) => (
          <>
            <ListTable
              testId="list-table"
              columns={[
                t('distribution.list.name'),
                { label: t('distribution.list.members'), align: 'right' },
                { label: t('distribution.list.activeMembers'), align: 'right' },
                { label: t('distribution.list.copies'), align: 'right' },
                t('distribution.list.updatedAt'),
              ]}
            >
              {data.items.map((l) => (
                <Table.Tr key={l.id} data-testid="list-row">
                  <Table.Td>
                    <Anchor component={Link} to={paths.distribution.list.getHref(l.id)}>
                      {l.name}
                    </Anchor>
                    {l.description && (
                      <Text size="sm" c="dimmed" lineClamp={2}>
                        {l.description}
                      </Text>
                    )}
                  </Table.Td>
                  <NumberCell>{formatNumber(l.memberCount)}</NumberCell>
                  <NumberCell>{formatNumber(l.activeMemberCount)}</NumberCell>
                  <NumberCell testId="list-copies">{formatNumber(l.copies)}</NumberCell>
                  <Table.Td>{formatDateTime(l.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            <ListPagination {...pager(data)} totalKey={tk('distribution.lists.count')} />
          </>
        )}
      </ListBody>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('distribution.lists.create')}
        centered
        data-testid="create-list-dialog"
      >
        {creating && <CreateListForm onCancel={() => setCreating(false)} />}
      </Modal>
    </Stack>
  );
}

/** A new list starts with its name (and a description); its members are added on its own page. */
function CreateListForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const message = useFieldErrorText();
  const create = useCreateList();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ name?: FieldError; description?: FieldError }>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateList({ name, description, members: [] });
    setErrors(found);
    if (found.name || found.description) return;
    create.mutate(
      {
        body: { name: name.trim(), description: description.trim() || undefined, members: [] },
        idempotencyKey: newIdempotencyKey(),
      },
      {
        onSuccess: (created) => {
          notifySuccess(t('distribution.list.created', { name: created.name }));
          void navigate(paths.distribution.list.getHref(created.id));
        },
        onError: (err) => {
          if (err instanceof ApiError) {
            const fields = err.fieldErrors();
            setErrors({
              name: fields.name ? { message: fields.name } : undefined,
              description: fields.description ? { message: fields.description } : undefined,
            });
          }
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('distribution.lists.create')}>
      <Stack gap="sm">
        {create.error ? <ProblemAlert error={create.error} /> : null}
        <TextInput
          name="name"
          label={t('distribution.list.name')}
          placeholder={t('distribution.list.namePlaceholder')}
          withAsterisk
          aria-required
          maxLength={LIST_LIMITS.name}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={message(errors.name)}
          data-testid="list-name"
        />
        <Textarea
          name="description"
          label={t('distribution.list.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={message(errors.description)}
          data-testid="list-description"
        />
        <FormActions
          submitLabel={t('distribution.list.createSubmit')}
          submitting={create.isPending}
          onCancel={onCancel}
          testId="save-new-list"
        />
      </Stack>
    </form>
  );
}
