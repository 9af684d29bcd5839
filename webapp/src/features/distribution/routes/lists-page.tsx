import { Anchor, Button, Group, Modal, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormActions } from '@/components/form-actions';
import { ListPagination } from '@/components/list-page/list-pagination';
import { notifySuccess } from '@/components/notify';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { SearchBox } from '@/components/list-page/search-box';
import { tk } from '@/i18n';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { useFieldErrorText, type FieldError } from '@/lib/form-errors';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useCreateList, useDistributionLists, type ListQuery } from '../api/distribution';
import { LIST_LIMITS, validateList } from '../api/list-model';
import { PAGE_SIZES, parseListParams, toListParams } from '../api/params';
import { DistributionNav } from '../components/distribution-nav';

/** The distribution lists (sent to in one go): their size and the copies a sending takes. */
export default function ListsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = parseListParams(params);
  const lists = useDistributionLists(query);
  const [creating, setCreating] = useState(false);
  const go = (next: ListQuery) => setParams(toListParams(next));

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
        onSearch={(q) => go({ ...query, q: q || undefined, page: 1 })}
        testId="list-search"
      />
      {lists.isPending ? (
        <LoadingState />
      ) : lists.isError ? (
        <ErrorState error={lists.error} onRetry={() => void lists.refetch()} />
      ) : lists.data.items.length === 0 ? (
        <EmptyState message={t('distribution.lists.none')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={700}>
            <Table striped highlightOnHover data-testid="list-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('distribution.list.name')}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('distribution.list.members')}
                  </Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('distribution.list.activeMembers')}
                  </Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('distribution.list.copies')}
                  </Table.Th>
                  <Table.Th scope="col">{t('distribution.list.updatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lists.data.items.map((l) => (
                  <Table.Tr key={l.id} data-testid="list-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/distribution/lists/${l.id}`}>
                        {l.name}
                      </Anchor>
                      {l.description && (
                        <Text size="sm" c="dimmed" lineClamp={2}>
                          {l.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatNumber(l.memberCount)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatNumber(l.activeMemberCount)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }} data-testid="list-copies">
                      {formatNumber(l.copies)}
                    </Table.Td>
                    <Table.Td>{formatDateTime(l.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination
            page={query.page}
            size={query.size}
            total={lists.data.total}
            totalKey={tk('distribution.lists.count')}
            onChange={(page) => go({ ...query, page })}
            pageSizes={PAGE_SIZES}
            onSizeChange={(size) => go({ ...query, size, page: 1 })}
          />
        </>
      )}
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
          void navigate(`/distribution/lists/${created.id}`);
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
